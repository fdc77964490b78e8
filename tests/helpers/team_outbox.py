"""The team's mail account for tests whose seats only send (outbox rounds on a real SMTP
server on loopback; nothing is fetched), and replies queued on many threads, due now."""

from __future__ import annotations

from datetime import timedelta

from inbox_app.services import accounts
from inbox_app.services.mail import MailService
from inbox_app.services.threads import recompute_thread
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Message, Thread, utcnow
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


def queue_replies(store: Store, threads: int, per_thread: int) -> list[int]:
    """`threads` buyers' questions, each with `per_thread` replies queued and due now."""
    ids = []
    with store.session() as s, s.begin():
        for n in range(threads):
            buyer = Buyer(
                alias=f"buyer{n:04d}abcdefghij@marketplace.amazon.com",
                display_name=f"Buyer {n}",
                marketplace_id="ATVPDKIKX0DER",
            )
            s.add(buyer)
            s.flush()
            thread = Thread(
                buyer_id=buyer.id, marketplace_id="ATVPDKIKX0DER", subject=f"Question {n}"
            )
            s.add(thread)
            s.flush()
            s.add(
                Message(
                    thread_id=thread.id,
                    direction="in",
                    status="received",
                    subject=f"Question {n}",
                    body_text="Where is my parcel?",
                    created_at=utcnow() - timedelta(hours=1),
                )
            )
            for k in range(per_thread):
                m = Message(
                    thread_id=thread.id,
                    direction="out",
                    status="queued",
                    subject=f"RE: Question {n}",
                    body_text=f"Hello, parcel {n}-{k} ships today.",
                    release_at=utcnow() - timedelta(seconds=1),
                )
                s.add(m)
                s.flush()
                ids.append(m.id)
            recompute_thread(s, thread.id)
    return ids
