"""The store's sentences for the user: one English template per known condition.

The store has no Qt, so it says each condition as a key and its params; `str()` of a
KnownStoreError is the English (the command line and the log). The window shows it in
the interface language through `models/store_text.py`, which translates these templates
and the words inside them under the "StoreErrors" context (`make translations` reads
both tables below). A param is a path, a server, a number or one of the WORDS.
"""

from __future__ import annotations

SENTENCES: dict[str, str] = {
    "disk_full": (
        "The disk is full, so Seller Inbox could not save to {where}; free some space "
        "(nothing already saved is lost)."
    ),
    "disk_failed": (
        "The disk holding {where} failed to write (full or failing), so Seller Inbox could "
        "not save; nothing already saved is lost."
    ),
    "read_only_save": "Seller Inbox cannot save to {where} because {why}; nothing was changed.",
    "read_only_open": "Seller Inbox cannot open {where} because {why}; nothing was changed.",
    "read_only_create": "Seller Inbox cannot create {where} because {why}; nothing was changed.",
    "locked": (
        "{where} is in use by another program or window that holds it locked; close it or "
        "try again in a moment."
    ),
    "locked_unnamed": (
        "The database is in use by another program or window that holds it locked; close "
        "it or try again in a moment."
    ),
    "damaged_unnamed": "The database file is damaged or is not a Seller Inbox database.",
    "not_sqlite": (
        "{path} is not a Seller Inbox database (it is not an SQLite file); it was left untouched."
    ),
    "damaged_check": (
        "{path} is damaged ({detail}). It was left untouched; restore a backup (inbox-app "
        "keeps *.bak-* copies beside it)."
    ),
    "damaged_open": (
        "{path} is damaged and cannot be opened ({detail}). It was left untouched; restore "
        "a backup (Seller Inbox keeps one beside the file before each upgrade)."
    ),
    "foreign": (
        "{path} is another program's database (it lacks Seller Inbox's tables); it was left "
        "untouched."
    ),
    "version_record": (
        "{path} has a damaged schema version record ({count} entries where Seller Inbox "
        "keeps one); it was left untouched, so restore a backup."
    ),
    "folder": "{path} is a folder, not a database file.",
    "no_folder": (
        "Seller Inbox cannot create {path} because its folder cannot be made ({detail}); "
        "nothing was changed."
    ),
    "too_new": (
        "This database was made by a newer version of Seller Inbox (schema {schema}). "
        "Update the app to open it; the file was not changed."
    ),
    "too_new_team": (
        "The team database is at schema {schema}, newer than this seat's Seller Inbox "
        "knows: update Seller Inbox on this seat to join (nothing was changed)."
    ),
    "login_refused": (
        "The team database at {at} refused the login: check the user name and password "
        "(join again with `inbox-app team join --password-stdin`)."
    ),
    "no_database": (
        "The team server at {at} has no such database; ask whoever runs the server to "
        "create it (see the README, 'A team on one inbox')."
    ),
    "not_allowed": (
        "The team server at {at} does not let this computer in: ask whoever runs it to "
        "allow this computer's address (pg_hba.conf, or the provider's list of allowed "
        "addresses)."
    ),
    "tls": (
        "Seller Inbox could not open a secure connection to the team database at {at}: "
        "check sslmode (and sslrootcert, the provider's certificate) in the URL; nothing "
        "was changed."
    ),
    "unreachable": (
        "Seller Inbox cannot reach the team database at {at}; check the network and that "
        "the server runs, then try again (nothing saved here is lost)."
    ),
    "no_postgres_driver": (
        "This Seller Inbox has no PostgreSQL driver, which a team inbox needs: install it "
        "with pip install 'inbox-app[postgres]' (the standalone bundle has it)."
    ),
    "sync_busy": (
        "The store is busy (another program is writing), so this sync stopped; it "
        "continues where it left off next time."
    ),
    "sync_write_failed": (
        "Seller Inbox could not write to its store, so this sync stopped; nothing was lost."
    ),
    "other_file_step": "Choose another file with --db.",
}

# the words a sentence's {where} and {why} can be (translated with it)
WORDS = (
    "the database",
    "its disk is mounted read-only",
    "the file is read-only",
    "its disk is full",
    "its folder {folder} is read-only",
    "the file or its folder is read-only",
)


def english(key: str, **params: str) -> str:
    """Sentence `key` filled with `params`, in English."""
    return SENTENCES[key].format(**params)
