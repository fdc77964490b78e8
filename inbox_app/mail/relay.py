"""Amazon relay mail understood: buyer messages, Seller Central copies, opt-out bounces,
blocked-message notices; anything else is "other" and is never imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from inbox_app.mail.names import attachment_problem, sanitize_filename, sniff_media_type
from inbox_app.mail.parse import ParsedMail, parse_message
from inbox_app.store.marketplaces import BY_ID, BY_TLD, by_relay_address

RelayKind = Literal[
    "buyer_message", "seller_central_copy", "opt_out_bounce", "blocked_notice", "other"
]

ORDER_RE = re.compile(r"(?<!\d)(\d{3}-\d{7}-\d{7})(?!\d)")
_ORDER_LINE_RE = re.compile(
    r"^\s*(?:order\s*id[^:\n]{0,40}:?|#|bestellnummer:?|n[°º.]\s*de\s*commande:?|"
    r"numero\s*ordine:?|n[úu]mero\s*de\s*pedido:?)\s*(\d{3}-\d{7}-\d{7})",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM_RE = re.compile(
    r"^\s*(?P<qty>\d{1,4})\s*(?:/|\S{1,12}(?:/\S{1,12})?)\s+(?P<title>.+?)\s*"
    r"\[ASIN:\s*(?P<asin>[A-Z0-9]{10})\s*\]",
    re.MULTILINE,
)
# a marker line: dashes, a label, dashes ("----- Begin message -----", "----- Message: -----")
_MARKER_RE = re.compile(r"^[ \t]*-{5,}[ \t]*(?P<label>[^\n]*?)[ \t]*-{5,}[ \t]*$", re.MULTILINE)
_END_WORDS = (
    "end message",
    "fin du message",
    "ende der nachricht",
    "fine messaggio",
    "fin del mensaje",
    "fim da mensagem",
    "einde bericht",
    "slut",
    "koniec",
    "終了",
    "end of message",
)
_FOOTER_RE = re.compile(
    r"^\s*(?:For Your Information:|To mark this message as no response needed|"
    r"If you believe this message is suspicious|Was this email helpful|\[commMgrTok:|"
    r"Important\s*:|Wichtig:|Importante:)",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_SEP_RE = re.compile(
    r"^\s*(?:-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Urspr.ngliche Nachricht\s*-{2,}|"
    r"On .{1,200} wrote:|From:\s.+\n\s*Sent:)",
    re.IGNORECASE | re.MULTILINE,
)
_BOILERPLATE_RE = re.compile(
    r"^\s*(?:\(.*\)|order id.*|#\s*\d{3}-.*|\d{1,4}\s*(?:/|\S+)\s+.*\[ASIN:.*\]|)\s*$",
    re.IGNORECASE,
)
_NO_RESPONSE_RE = re.compile(r"https?://\S*no-?response-?needed\S*", re.IGNORECASE)
_MP_PARAM_RE = re.compile(r"[?&]mp=([A-Z0-9]{8,20})")
_NAME_SUFFIX_RE = re.compile(
    r"\s*-\s*(?:amazon\s+marketplace|marketplace\s+amazon|amazon)\s*$", re.IGNORECASE
)
_SUBJECT_NAME_RE = re.compile(
    r"(?:from|von|de|da|di)\s+(?:la\s+parte\s+del\s+)?(?:amazon\s+customer|kunde|cliente\s+amazon|"
    r"client\s+amazon|amazon-kunde)\s+(?P<name>[^()]+?)\s*(?:\(|$)",
    re.IGNORECASE,
)
_BOUNCE_RE = re.compile(
    r"chosen to opt out|opted out of receiving|opt out of receiving unsolicited|"
    r"Annahme unerw.nschter Nachrichten|ha scelto di non ricevere|"
    r"a choisi de ne pas recevoir|ha optado por no recibir",
    re.IGNORECASE,
)
_BLOCKED_RE = re.compile(
    r"did not meet the Buyer-Seller Messaging|was not sent as it did not meet|"
    r"message (?:was )?not delivered|could not be delivered because it (?:contains|violates)|"
    r"nicht zugestellt|n'a pas été envoyé|non è stato inviato",
    re.IGNORECASE,
)
_COPY_SUBJECT_RE = re.compile(
    r"^(?:your e-?mail to|ihre e-?mail an|votre e-?mail à|la tua e-?mail a)", re.IGNORECASE
)
_COPY_BODY_RE = re.compile(
    r"Here is a copy of the e-?mail that you sent to|"
    r"Hier ist eine Kopie der E-Mail",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RelayItem:
    quantity: int
    title: str
    asin: str


@dataclass(frozen=True, slots=True)
class RelayAttachment:
    filename: str  # sanitised display name
    media_type: str  # sniffed from the bytes
    data: bytes
    problem: str | None


@dataclass(frozen=True, slots=True)
class RelayMessage:
    """One mail from the seller's mailbox as Seller Inbox understands it."""

    kind: RelayKind
    alias: str | None
    buyer_name: str
    marketplace_id: str | None
    order_id: str | None
    subject: str
    text: str  # the buyer's own words (or the seller's, for a copy)
    notice_text: str | None  # Amazon's own words, for bounces and blocked notices
    items: tuple[RelayItem, ...]
    attachments: tuple[RelayAttachment, ...]
    no_response_url: str | None
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    date: datetime | None
    notification_type: str | None
    is_reply: bool
    problem: str | None


def is_relay_alias(address: str) -> bool:
    return by_relay_address(address) is not None and "@" in address


def _is_amazon_sender(address: str) -> bool:
    domain = address.rpartition("@")[2].lower()
    for tld in BY_TLD:
        base = f"amazon.{tld}"
        if domain == base or domain.endswith("." + base):
            return True
    return False


def buyer_text(body: str) -> str:
    """The buyer's own words: between Begin/End markers, or above a quoted relay message."""
    markers = list(_MARKER_RE.finditer(body))
    begin = next((m for m in markers if not _is_end(m.group("label")) and not _is_quote(m)), None)
    if begin is None:
        return _before_footer(body).strip()
    before = body[: begin.start()]
    own = [ln for ln in before.splitlines() if not _BOILERPLATE_RE.match(ln)]
    sep = _QUOTE_SEP_RE.search(before)
    if sep is not None and "".join(own[:1]).strip() and before[: sep.start()].strip():
        # a reply written above a quoted relay message (mail clients quote the whole thing)
        return before[: sep.start()].strip()
    rest = body[begin.end() :]
    end = next((m for m in _MARKER_RE.finditer(rest) if _is_end(m.group("label"))), None)
    inner = rest[: end.start()] if end is not None else _before_footer(rest)
    return inner.strip()


def _is_quote(marker: re.Match[str]) -> bool:
    return _QUOTE_SEP_RE.match(marker.group(0)) is not None


def _is_end(label: str) -> bool:
    low = label.lower()
    return any(word in low for word in _END_WORDS)


def _before_footer(text: str) -> str:
    footer = _FOOTER_RE.search(text)
    return text[: footer.start()] if footer is not None else text


def _notice_text(body: str) -> str:
    text = _before_footer(body).strip()
    return text[:4000]


def _order_id(subject: str, body: str) -> str | None:
    line = _ORDER_LINE_RE.search(body)
    if line is not None:
        return line.group(1)
    for source in (subject, body):
        found = ORDER_RE.search(source)
        if found is not None:
            return found.group(1)
    return None


def _buyer_name(mail: ParsedMail) -> str:
    name = _NAME_SUFFIX_RE.sub("", mail.from_name).strip().strip('"')
    if name and "@" not in name:
        return name[:200]
    found = _SUBJECT_NAME_RE.search(mail.subject)
    return found.group("name").strip()[:200] if found else ""


def _marketplace(mail: ParsedMail, alias: str | None) -> str | None:
    header = (mail.header("X-Marketplace-ID") or "").strip()
    if header in BY_ID:
        return header
    if alias:
        info = by_relay_address(alias)
        if info is not None:
            return info.id
    found = _MP_PARAM_RE.search(mail.text)
    if found and found.group(1) in BY_ID:
        return found.group(1)
    domain = mail.from_addr.rpartition("@")[2]
    for tld, info in BY_TLD.items():
        if domain.endswith("amazon." + tld):
            return info.id
    return None


def classify(mail: ParsedMail) -> RelayKind:
    sender = mail.from_addr
    relay = is_relay_alias(sender)
    if not relay and not _is_amazon_sender(sender):
        return "other"
    head = mail.text[:6000]
    if _BOUNCE_RE.search(head):
        return "opt_out_bounce"
    if _BLOCKED_RE.search(head):
        return "blocked_notice"
    if not relay and (_COPY_SUBJECT_RE.search(mail.subject) or _COPY_BODY_RE.search(head)):
        return "seller_central_copy"
    return "buyer_message" if relay else "other"


def understand(mail: ParsedMail) -> RelayMessage:
    """Turn a parsed mail into a RelayMessage (kind "other" for non-relay mail)."""
    kind = classify(mail)
    alias = mail.from_addr if is_relay_alias(mail.from_addr) else None
    body = mail.text
    if kind in ("buyer_message", "seller_central_copy"):
        text, notice = buyer_text(body), None
    elif kind in ("opt_out_bounce", "blocked_notice"):
        text, notice = "", _notice_text(body)
    else:
        text, notice = "", None
    items = tuple(
        RelayItem(int(m.group("qty")), m.group("title").strip()[:500], m.group("asin"))
        for m in _ITEM_RE.finditer(body[:20000])
    )[:50]
    attachments: tuple[RelayAttachment, ...] = ()
    if kind in ("buyer_message", "seller_central_copy"):
        attachments = tuple(_attachment(a.filename, a.data) for a in mail.attachments[:50])
    no_response = _NO_RESPONSE_RE.search(body)
    return RelayMessage(
        kind=kind,
        alias=alias,
        buyer_name=_buyer_name(mail) if alias else _copy_name(mail),
        marketplace_id=_marketplace(mail, alias) if kind != "other" else None,
        order_id=_order_id(mail.subject, body) if kind != "other" else None,
        subject=mail.subject[:998],
        text=text,
        notice_text=notice,
        items=items if kind != "other" else (),
        attachments=attachments,
        no_response_url=no_response.group(0).rstrip(").,>") if no_response else None,
        message_id=mail.message_id,
        in_reply_to=mail.in_reply_to,
        references=mail.references,
        date=mail.date,
        notification_type=(mail.header("X-Space-Notification-Type") or "").strip() or None,
        is_reply=mail.subject.lstrip().lower().startswith(("re:", "aw:", "r:", "sv:")),
        problem=mail.problem,
    )


def _copy_name(mail: ParsedMail) -> str:
    found = re.search(r"(?:e-?mail to|E-Mail an)\s+(.+)$", mail.subject, re.IGNORECASE)
    return found.group(1).strip()[:200] if found else ""


def _attachment(claimed: str, data: bytes) -> RelayAttachment:
    name = sanitize_filename(claimed)
    media = sniff_media_type(data)
    return RelayAttachment(name, media, data, attachment_problem(name, media))


def parse_relay(raw: bytes) -> RelayMessage:
    """Parse raw MIME bytes and understand them; never raises."""
    return understand(parse_message(raw))
