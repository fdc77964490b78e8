"""The services' refusals for the user: a team seat's, an Amazon connection's and an
Amazon order's, an assignment's, a draft's and a Send's.

Said in English here (`say`), raised as SeatError, AmazonConnectionError, AmazonMessageError,
AssignError, DraftError or QueueError and shown by
the window and the terminal in the interface language through
`models/known_sentences.py` ("ServiceErrors" context; `make translations` reads SENTENCES
and WORDS). Names, URLs and codes stay as they are; a `{what}` or `{label}` is one of
WORDS and is translated with the sentence.
"""

from __future__ import annotations

SENTENCES: dict[str, str] = {
    "seat_needs_person": "Give the name of the person at this seat (for example Anna).",
    "name_too_long": "A name is at most {count} characters.",
    "team_needs_server": (
        "A team inbox is a PostgreSQL database (postgresql+psycopg://user@host/db); "
        "a local file has one seat only."
    ),
    "team_field_missing": "Give the {what} of the team inbox.",
    "not_http": "The {label} {url} is not an http(s) URL.",
    "connection_name": "A connection needs a name of at most 80 characters.",
    "region_choice": "The region must be one of {regions}.",
    "client_id_missing": "The LWA client id is missing.",
    "no_marketplace": "Name at least one marketplace, e.g. --marketplaces US,DE.",
    "unknown_marketplaces": "Unknown marketplace code(s): {codes}.",
    "wrong_region": (
        "{codes} is not served by the {region} region; make one connection per region."
    ),
    "secrets_needed": "Both the client secret and the refresh token are needed.",
    "no_connection": "No Amazon connection named {name}.",
    "no_secrets": (
        "The keyring has no secrets for the Amazon connection '{name}'; run "
        "'inbox-app amazon connect {name}' again."
    ),
    "order_not_synced": "Order {order} is not in the inbox yet; sync orders first.",
    "order_elsewhere": (
        "Order {order} is not from a marketplace of the Amazon connection '{name}'."
    ),
    "amazon_refuses_action": (
        "Amazon does not accept '{action}' for {order} now (it accepts: {names})."
    ),
    "seats_same_name": (
        "{count} seats are called {name}: give the seat id (inbox-app team seats lists them)."
    ),
    "no_team": "This inbox has no team: assignment needs a team inbox (team join).",
    "nobody_called": "Nobody called {name} is on the team (the team: {names}).",
    "no_thread": "There is no thread {thread}.",
    "left_team": "That person is not on the team (any more).",
    "order_gone": "Order {order} no longer exists.",
    "order_without_buyer": (
        "Order {order} has no buyer address yet: import the order's messages or wait for "
        "the buyer's first message."
    ),
    "file_not_stored": "The file {name} was not stored; attach it again.",
    "thread_gone": "Thread {thread} no longer exists.",
    "no_draft": "There is no draft to send on this conversation.",
    "empty_message": "The message is empty.",
    "draft_changed": "The draft changed while it was being checked; send again.",
    # what a connection's test says when Login with Amazon took the credentials
    "lwa_accepted": "Login with Amazon accepted the credentials of '{name}'.",
    "lwa_accepted_saved": "{name}: Login with Amazon accepted the credentials.",
    "connection_scope": "Region {region}, marketplaces {marketplaces}.",
}

# a `{what}` of team_field_missing and a `{label}` of not_http
WORDS: tuple[str, ...] = ("server", "database", "user name", "endpoint", "token URL")


def say(key: str, **params: object) -> str:
    """Sentence `key` filled with `params`, in English."""
    return SENTENCES[key].format(**params)
