"""The team's mail account for tests whose seats only send (outbox rounds on a real SMTP
server on loopback; nothing is fetched)."""

from __future__ import annotations

from inbox_app.services import accounts
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from tests.helpers.mailfixtures import SmtpServers
from tests.helpers.mailservers import PASSWORD, USER, Certs


def add_shop_account(store: Store, smtp: SmtpServers, certs: Certs) -> None:
    """The team's mail account (in the shared store; its password in this seat's keyring)."""
    spec = accounts.AccountSpec(
        name="shop",
        address=USER,
        display_name="Mug Shop",
        user=USER,
        imap_host="127.0.0.1",
        imap_port=1,  # only outbox rounds here: nothing is fetched
        imap_tls="implicit",
        imap_folders=("INBOX",),
        smtp_host="127.0.0.1",
        smtp_port=smtp.starttls_port,
        smtp_tls="starttls",
        marketplaces=("US",),
        ca_file=str(certs.ca_file),
    )
    MailService(store).add_account(spec, PASSWORD)
