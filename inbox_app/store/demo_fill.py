"""The demo generator's rows, one thread at a time: its buyer, its order, its messages
(with the response-time test bed: late replies, Seller Central copies, "no response
needed" marks as the app logs them). Deterministic for a given pair of random streams."""

from __future__ import annotations

import random
from dataclasses import dataclass

from inbox_app.orders.special import SkuClassifier
from inbox_app.store.demo_batch import DemoBatch
from inbox_app.store.demo_text import (
    BUYER_NAMES,
    BUYER_TEXT,
    DEMO_SKU_RULES,
    PRESALE_SUBJECT,
    PRODUCTS,
    SELLER_SUBJECT,
    SELLER_TEXT,
    SUBJECTS,
)
from inbox_app.store.marketplaces import BY_CODE, MarketplaceInfo

DEMO_TYPES = SkuClassifier(DEMO_SKU_RULES)

DEMO_MARKETPLACES = (
    ("US", 0.40),
    ("UK", 0.15),
    ("DE", 0.15),
    ("FR", 0.08),
    ("IT", 0.10),
    ("ES", 0.07),
    ("JP", 0.05),
)
HOUR = 3600
# the test bed for the response-time figures (drawn from their own random stream, so
# the rest of the store is what it was before they existed)
LATE_REPLY_RATE = 0.03  # replies sent more than 24 h after the buyer wrote
COPY_RATE = 0.02  # replies the seller sent through Seller Central (Amazon's copy)
# answered threads whose last reply failed while the buyer's question is still inside its
# 24 hours: open, the clock running, due soon rather than overdue (a seller retries a
# failure the day it happens); their own random stream too
FAILED_REPLY_RATE = 1.0
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
# what the mail server said to the demo's failed replies (a real failure always has a reason)
DEMO_REFUSAL = "550 5.7.1 The relay refused the message: the recipient address is unknown."
Blob = tuple[str, str, int, str]  # file name, media type, size, sha256


@dataclass(frozen=True)
class _Kind:
    """What sort of thread this is."""

    is_open: bool
    nrn: bool  # "no response needed"
    seller_initiated: bool
    presale: bool


class DemoFiller:
    """Appends each thread's rows to `batch`; counts messages and orders as it goes."""

    def __init__(
        self,
        batch: DemoBatch,
        rng: random.Random,
        clock_rng: random.Random,
        *,
        fail_rng: random.Random,
        now: int,
        blobs: list[Blob],
    ) -> None:
        self.batch = batch
        self.rng = rng
        self.clock_rng = clock_rng
        self.fail_rng = fail_rng
        self.now = now
        self.blobs = blobs
        self.msg_id = 0
        self.order_id = 0
        self._codes = [c for c, _ in DEMO_MARKETPLACES]
        self._weights = [w for _, w in DEMO_MARKETPLACES]

    def thread(self, tid: int) -> None:
        rng, now = self.rng, self.now
        code = rng.choices(self._codes, self._weights)[0]
        mp = BY_CODE[code]
        lang = mp.language
        name = self._buyer(tid, mp)
        # Thread age: a few fresh, most spread over the last year.
        kind_draw = rng.random()
        is_open = kind_draw < 0.12
        nrn = 0.12 <= kind_draw < 0.16
        seller_initiated = rng.random() < 0.08
        presale = not seller_initiated and rng.random() < 0.08
        kind = _Kind(is_open, nrn, seller_initiated, presale)
        # the thread's last message: fresh for open threads, anywhere in the year else
        end = now - (rng.randint(10 * 60, 30 * HOUR) if is_open else rng.randint(HOUR, 360 * 86400))
        product, sku = rng.choice(PRODUCTS)
        oid, amazon_oid = (
            (None, None)
            if presale
            else self._order(tid, mp, code=code, end=end, product=product, sku=sku)
        )
        fmt = {"name": name, "order_id": amazon_oid or "", "product": product}
        if seller_initiated:
            subject = SELLER_SUBJECT[lang].format(**fmt)
        elif presale:
            subject = PRESALE_SUBJECT[lang].format(**fmt)
        else:
            subject = SUBJECTS[lang].format(**fmt)
        self._conversation(
            tid, kind, mp, end=end, subject=subject, fmt=fmt, oid=oid, amazon_oid=amazon_oid
        )

    def _buyer(self, tid: int, mp: MarketplaceInfo) -> str:
        rng, now = self.rng, self.now
        name = rng.choice(BUYER_NAMES[mp.language])
        alias = (
            "".join(rng.choice(ALNUM) for _ in range(15)) + f"@marketplace.amazon.{mp.relay_tld}"
        )
        opted_out = rng.random() < 0.06
        self.batch.buyers.append(
            (
                tid,
                alias,
                name,
                mp.id,
                int(opted_out),
                now - rng.randint(1, 90) * 86400 if opted_out else None,
                mp.language,
                now - 200 * 86400,
            )
        )
        return name

    def _order(
        self, tid: int, mp: MarketplaceInfo, *, code: str, end: int, product: str, sku: str
    ) -> tuple[int, str]:
        rng, now = self.rng, self.now
        self.order_id += 1
        oid = self.order_id
        amazon_oid = "-".join(
            (
                f"{rng.randint(100, 999)}",
                f"{rng.randint(0, 9999999):07d}",
                f"{rng.randint(0, 9999999):07d}",
            )
        )
        purchase = end - rng.randint(1, 10) * 86400 - 30 * HOUR
        delivered = purchase + rng.randint(2, 6) * 86400
        status = "Shipped" if delivered < now else "Unshipped"
        if sku.startswith("HM-"):
            rng.random()  # drawn as before, so the rest of the demo stays the same
        # one SKU, one type: the type the demo's SKU rules give it (DEMO_SKU_RULES)
        order_type = DEMO_TYPES.type_of_sku(sku) or "standard"
        qty = rng.randint(1, 3)
        currency = {"US": "USD", "UK": "GBP", "JP": "JPY"}.get(code, "EUR")
        # yen have no cents
        price = rng.randint(900, 12000) if currency == "JPY" else rng.randint(899, 8999) / 100
        channel = rng.choice(("MFN", "AFN"))
        self.batch.orders.append(
            (
                oid,
                amazon_oid,
                mp.id,
                tid,
                purchase,
                purchase + 86400,
                status,
                channel,
                mp.name,
                "Standard",
                mp.region,
                currency,
                round(price * qty, 2),
                order_type,
                delivered,
                delivered - 86400,
                delivered,
                delivered if delivered < now else None,
                int(rng.random() < 0.3),
                purchase,
                purchase,
            )
        )
        asin = f"B0{rng.randint(10**7, 10**8 - 1)}"
        self.batch.items.append((oid, f"{oid}-1", sku, asin, product, qty, price, currency, status))
        return oid, amazon_oid

    def _fails(self, question: int | None) -> bool:
        """Whether the last reply of an answered thread, to a buyer's question asked at
        `question`, failed: only while that question's 24 hours still run."""
        running = question is not None and question + 24 * HOUR > self.now
        return running and self.fail_rng.random() < FAILED_REPLY_RATE

    def _gaps(self, kind: _Kind) -> list[int]:
        rng, clock_rng = self.rng, self.clock_rng
        n_msgs = max(1, min(24, int(rng.gauss(10, 5))))
        if rng.random() < 0.002:
            n_msgs = rng.randint(40, 60)  # the odd long conversation
        # open and "no response needed" threads end on the buyer, answered ones on the seller
        last_from_buyer = ((n_msgs - 1) % 2 == 0) != kind.seller_initiated
        if last_from_buyer != (kind.is_open or kind.nrn):
            n_msgs += 1
        gaps = [rng.randint(5 * 60, 20 * HOUR) for _ in range(n_msgs - 1)]
        for i in range(1, n_msgs):
            # a seller reply now and then comes after Amazon's 24 hours
            if ((i % 2 == 0) == kind.seller_initiated) and clock_rng.random() < LATE_REPLY_RATE:
                gaps[i - 1] = clock_rng.randint(25 * HOUR, 60 * HOUR)
        return gaps

    def _conversation(
        self,
        tid: int,
        kind: _Kind,
        mp: MarketplaceInfo,
        *,
        end: int,
        subject: str,
        fmt: dict[str, str],
        oid: int | None,
        amazon_oid: str | None,
    ) -> None:
        rng, clock_rng, batch = self.rng, self.clock_rng, self.batch
        gaps = self._gaps(kind)
        n_msgs = len(gaps) + 1
        start = end - sum(gaps)
        t = start
        first_unanswered: int | None = None
        last_body = ""
        outbox = None
        for i in range(n_msgs):
            self.msg_id += 1
            msg_id = self.msg_id
            from_buyer = (i % 2 == 0) != kind.seller_initiated
            t = t + gaps[i - 1] if i else t
            texts = BUYER_TEXT[mp.language] if from_buyer else SELLER_TEXT[mp.language]
            body = rng.choice(texts).format(**fmt)
            last_body = body
            last = i == n_msgs - 1
            error: str | None = None
            if from_buyer:
                status, direction, sent_at = "received", "in", None
                if first_unanswered is None:
                    first_unanswered = t
            else:
                status, direction, sent_at = "sent", "out", t
                if not kind.is_open and last:
                    rng.random()  # what decided this once: still drawn, the rest unchanged
                if not kind.is_open and last and self._fails(first_unanswered):
                    status, sent_at = "failed", None
                    outbox = "failed"
                    error = DEMO_REFUSAL
                else:
                    first_unanswered = None  # only a reply that left answers the buyer
            notice = None
            if status == "sent" and clock_rng.random() < COPY_RATE:
                notice = "copy"  # answered in Seller Central; Amazon mailed the copy back
                batch.events.append((t, "sent_via_seller_central", tid, msg_id))
            read = int(not (kind.is_open and last))
            batch.messages.append(
                (
                    msg_id,
                    tid,
                    direction,
                    status,
                    subject if i == 0 else "RE: " + subject,
                    body,
                    t,
                    t,
                    sent_at,
                    read,
                    f"<demo-{msg_id}@seller-inbox.invalid>",
                    notice,
                    error,
                )
            )
            if rng.random() < 0.012:
                fname, mt, size, sha = rng.choice(self.blobs)
                batch.attachments.append((msg_id, fname, mt, size, sha))
        if kind.is_open or (outbox == "failed" and first_unanswered is not None):
            # a reply that failed answers nothing: the buyer's clock keeps running
            state, due = "open", (first_unanswered or t) + 24 * HOUR
        elif kind.nrn:
            state, due = "no_response_needed", None
            marked = min(self.now, t + clock_rng.randint(60, 8 * HOUR))
            batch.events.append((marked, "no_response_needed", tid, self.msg_id))
        else:
            state, due = "answered", None
        snippet = " ".join(last_body.split())[:200]
        batch.threads.append(
            (
                tid,
                tid,
                oid,
                amazon_oid,
                mp.id,
                subject,
                int(not kind.seller_initiated),
                state,
                int(kind.is_open),
                t,
                due,
                n_msgs,
                snippet,
                outbox,
                start,
            )
        )
