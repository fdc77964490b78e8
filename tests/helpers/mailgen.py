"""Generated Amazon relay mail for tests and benchmarks (see shared/reference/relay-mail)."""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SELLER = "seller@example.test"

BODY_OLD = """Order ID {order}:
1 of {title} [ASIN: {asin}]

------------- Begin message -------------

{text}

------------- End message -------------

For Your Information: To help arbitrate disputes and preserve trust and safety, we retain
all messages buyers and sellers send through Amazon.{tld}.

If you believe this message is suspicious, please report it to us here: https://www.amazon.{tld}/gp/communication-manager/report.html?msg=AX1&mp={mp}

To mark this message as no response needed, click here: https://sellercentral.amazon.{tld}/messaging/no-response-needed?msg=AX1&mp={mp}

[commMgrTok:AX1]
"""

BODY_NEW = """# {order}:
2 / {title} [ASIN: {asin}]

------------- Message: -------------

{text}

------------- End message -------------

To mark this message as no response needed, click here: https://sellercentral.amazon.{tld}/messaging/no-response-needed?msg=AX2&mp={mp}

[commMgrTok:AX2]
"""

BODY_PRESALE = """------------- Begin message -------------

{text}

------------- End message -------------

[commMgrTok:AX3]
"""


def relay_mail(
    *,
    token: str = "abcdefghij12345",
    tld: str = "com",
    mp: str = "ATVPDKIKX0DER",
    name: str = "Anna",
    order: str | None = "111-1234567-1234567",
    text: str = "Where is my parcel?",
    subject: str | None = None,
    fmt: str = "old",
    title: str = "Blue Mug 300 ml",
    asin: str = "B000000001",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    date: datetime | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
    marketplace_header: bool = True,
) -> bytes:
    """One buyer -> seller relay message as bytes."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f'"{name} - Amazon Marketplace" <{token}@marketplace.amazon.{tld}>'
    msg["To"] = SELLER
    if subject is None:
        subject = (
            f"Shipping inquiry from Amazon customer {name} (Order: {order})"
            if order
            else f"Product details inquiry from Amazon customer {name}"
        )
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = message_id or f"<{token}.{abs(hash((subject, text))) % 10**12}@relay.test>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    if marketplace_header:
        msg["X-Marketplace-ID"] = mp
    msg["X-Space-Notification-Type"] = "BUYER_MESSAGE"
    template = {"old": BODY_OLD, "new": BODY_NEW, "presale": BODY_PRESALE}[fmt]
    msg.set_content(
        template.format(order=order, title=title, asin=asin, text=text, tld=tld, mp=mp),
        charset="utf-8",
    )
    for filename, mtype, data in attachments or []:
        main, _, sub = mtype.partition("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return msg.as_bytes()


def amazon_notice(
    *,
    sender: str,
    subject: str,
    body: str,
    message_id: str,
    in_reply_to: str | None = None,
    to: str = SELLER,
) -> bytes:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes()


def bounce(order: str, *, token: str = "abcdefghij12345", in_reply_to: str | None = None) -> bytes:
    return amazon_notice(
        sender=f'"Amazon Marketplace" <{token}@marketplace.amazon.com>',
        subject=f"Message delivery failure (Order: {order})",
        body=(
            f"We were unable to deliver the message you sent for order [{order}] because the "
            "buyer has chosen to opt out of receiving unsolicited messages from sellers.\n\n"
            "For Your Information: we retain all messages.\n"
        ),
        message_id=f"<bounce.{order}@amazon.test>",
        in_reply_to=in_reply_to,
    )


def blocked(order: str, *, in_reply_to: str | None = None) -> bytes:
    return amazon_notice(
        sender="Amazon Seller Notification <seller-notification@amazon.com>",
        subject=f"Message not delivered (Order: {order})",
        body=(
            f"Your message for order {order} was not delivered.\n"
            "This message was not sent as it did not meet the Buyer-Seller Messaging "
            "communication guidelines: it contained an external link.\n"
        ),
        message_id=f"<blocked.{order}@amazon.test>",
        in_reply_to=in_reply_to,
    )


def seller_central_copy(order: str, buyer: str = "Anna", text: str = "It ships today.") -> bytes:
    return amazon_notice(
        sender="Amazon <donotreply@amazon.com>",
        subject=f"Your e-mail to {buyer}",
        body=(
            f"Here is a copy of the e-mail that you sent to {buyer}.\n\n"
            f"Order ID {order}:\n1 of Blue Mug 300 ml [ASIN: B000000001]\n\n"
            f"------------- Begin message -------------\n\n{text}\n\n"
            "------------- End message -------------\n"
        ),
        message_id=f"<copy.{order}.{abs(hash(text)) % 10**9}@amazon.test>",
    )


def not_relay() -> bytes:
    return amazon_notice(
        sender="Newsletter <news@shop.example>",
        subject="Our autumn sale",
        body="Buy things. Order 111-1234567-1234567 is not a relay message.\n",
        message_id="<news.1@shop.example>",
    )
