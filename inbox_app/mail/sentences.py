"""The mail side's sentences for the user: one English template per known condition.

Mail errors, connection checks and send results are said in English here (`say`) and
travel as text (a CheckResult, a message's last send error, a sync summary); the window
and the terminal show them in the interface language through `models/mail_text.py`,
which reads a text back into its template and translates it under the "MailErrors"
context (`make translations` reads SENTENCES). `{what}` is IMAP or SMTP; a `{detail}`
or `{answer}` is the server's own words (redacted), shown as they are; a `{reason}` may
itself be one of these sentences and is translated with it.
"""

from __future__ import annotations

SENTENCES: dict[str, str] = {
    "host_not_found": "The {what} server name '{host}' was not found. Check the host name.",
    "certificate_unverified": (
        "The certificate of the {what} server {host}:{port} could not be verified ({detail}). "
        "If this is your own server, set the account's CA file to its certificate."
    ),
    "tls_failed": (
        "A secure (TLS) connection to the {what} server {host}:{port} failed ({detail}). "
        "Check the port and TLS mode."
    ),
    "timeout": "The {what} server {host}:{port} did not answer in time.",
    "refused": (
        "The {what} server {host}:{port} refused the connection. Check the port, or try "
        "again later."
    ),
    "lost": "The connection to the {what} server {host}:{port} was lost.",
    "connect_failed": "Could not connect to the {what} server {host}:{port}: {detail}.",
    "unexpected": "The {what} server {host}:{port} answered unexpectedly: {detail}",
    "no_tls_setup": (
        "The {what} server {host}:{port} is set up without TLS; Seller Inbox will not send "
        "the password unencrypted over the network (choose TLS or STARTTLS, or no "
        "authentication if the server needs none)."
    ),
    "ca_unreadable": "The certificate file '{path}' could not be read ({detail}).",
    "imap_preauth": (
        "The IMAP server {host}:{port} skipped login (PREAUTH) before STARTTLS; the "
        "connection was refused for safety."
    ),
    "imap_no_starttls": (
        "The IMAP server {host}:{port} does not offer STARTTLS; Seller Inbox will not send "
        "the password unencrypted. Check the port and TLS mode."
    ),
    "imap_login_unavailable": (
        "The IMAP server {host} could not check the login right now ({detail}). Try again later."
    ),
    "login_refused": "The {what} server {host} refused the user name or password for '{user}'.",
    "imap_lost": (
        "The connection to the IMAP server {host} was lost ({detail}). Sync will resume "
        "where it stopped."
    ),
    "imap_unexpected": "The IMAP server {host} answered unexpectedly: {detail}",
    "imap_no_folder": "The folder '{folder}' does not exist on the IMAP server.",
    "smtp_no_starttls": (
        "The SMTP server {host}:{port} does not offer STARTTLS; Seller Inbox will not send "
        "the password unencrypted."
    ),
    "smtp_answered": "The SMTP server {host} answered: {answer}",
    "smtp_no_auth": (
        "The SMTP server {host}:{port} does not offer login (AUTH) here. Check the port and "
        "TLS mode, or choose no authentication for this account."
    ),
    "check_ok": "{what} connection and login work.",
    "try_later": "The mail server asked to try later: {answer}",
    "refused_message": "The mail server refused the message: {answer}",
    "not_built": "The message could not be built: {detail}",
    "nothing_sent": "{reason} Nothing was sent.",
    "maybe_sent": (
        "The connection was lost after the message was handed to the server: it may have "
        "been sent. It will not be resent automatically."
    ),
    "gave_up": "Gave up after {count} attempts: {reason}",
    "account_needs_name": "An account needs a name.",
    "not_an_address": "'{address}' is not an e-mail address.",
    "server_missing": "The {what} server name is missing.",
    "bad_port": "The {what} port {port} is not a valid port number.",
    "bad_tls_mode": "The {what} TLS mode must be one of {modes}.",
    "unknown_marketplaces": "Unknown marketplace code(s): {codes}.",
    "no_folders": "Choose at least one folder to watch.",
    "no_such_account": "There is no account named '{name}'.",
    "account_exists": "An account named '{name}' already exists.",
    # a path given to `inbox-app import-mail`
    "source_missing": "{path} does not exist.",
    "source_unknown": "{path} is not an mbox file, a Maildir or a folder of .eml files.",
    # a sync's progress and its summary (the window's status bar, `inbox-app sync`)
    "connecting": "connecting to {host}",
    "sending_outbox": "sending the outbox",
    "retrying": "{reason} Retrying in {seconds} s.",
    "fetched": (
        "{account}: fetched {fetched}, imported {imported}, already known {known}, "
        "not relay mail {ignored}"
    ),
    "fetched_confirmed": (
        "{account}: fetched {fetched}, imported {imported}, already known {known}, "
        "not relay mail {ignored}, confirmed sent {confirmed}"
    ),
    "outbox_sent": (
        "{account}: sent {sent}, failed {failed}, uncertain {uncertain}, will retry {retrying}, "
        "held by policy {held}"
    ),
    "uncertain_one": (
        "1 message may have been sent ({subjects}) and waits for you to decide: check the "
        "buyer's thread, then resend, mark as sent or discard it in the window."
    ),
    "uncertain_many": (
        "{count} messages may have been sent ({subjects}) and wait for you to decide: check "
        "the buyer's thread, then resend, mark as sent or discard them in the window."
    ),
}


def say(key: str, **params: object) -> str:
    """Sentence `key` filled with `params`, in English."""
    return SENTENCES[key].format(**params)
