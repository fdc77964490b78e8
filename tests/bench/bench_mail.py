"""Mail benchmarks: parse + store of 10,000 relay messages vs the stdlib parsing them alone,
and a full first sync of 10,000 messages from a local Dovecot (targets: >= 0.5, < 60 s)."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from email import message_from_bytes, policy
from pathlib import Path

from inbox_app.services.ingest import MailOrigin, ingest_many
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import open_store
from tests.bench.common import table
from tests.helpers import mailgen

N = 10_000
BATCH = 500
WORDS = [
    "parcel",
    "arrived",
    "broken",
    "size",
    "colour",
    "refund",
    "exchange",
    "when",
    "ship",
    "thanks",
    "please",
    "order",
]


def generate(n: int = N, seed: int = 11) -> list[bytes]:
    """n relay messages: ~2,000 buyers, several orders each, both body formats, replies."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        buyer = rng.randrange(2000)
        order = f"{100 + buyer % 800:03d}-{buyer:07d}-{rng.randrange(4):07d}"
        presale = rng.random() < 0.1
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(8, 60)))
        out.append(
            mailgen.relay_mail(
                token=f"b{buyer:014d}",
                name=f"Buyer{buyer}",
                order=None if presale else order,
                fmt="presale" if presale else rng.choice(("old", "new")),
                text=text,
                subject=(
                    f"RE: Your order (Order: {order})" if not presale and i % 3 == 0 else None
                ),
                message_id=f"<bench.{i}@relay.test>",
            )
        )
    return out


def stdlib_parse(raws: list[bytes]) -> float:
    """The stdlib alone on the same bytes: parse, read the headers we use, get the text."""
    started = time.perf_counter()
    for raw in raws:
        msg = message_from_bytes(raw, policy=policy.default)
        _ = (msg["From"], msg["Subject"], msg["Message-ID"], msg["Date"])
        body = msg.get_body(("plain",))  # type: ignore[attr-defined]
        if body is not None:
            body.get_content()
    return time.perf_counter() - started


def stdlib_parse_bare(raws: list[bytes]) -> float:
    started = time.perf_counter()
    for raw in raws:
        message_from_bytes(raw, policy=policy.default)
    return time.perf_counter() - started


def parse_and_store(raws: list[bytes], folder: Path) -> float:
    store = open_store(f"sqlite:///{folder / 'bench.sqlite3'}")
    try:
        started = time.perf_counter()
        for start in range(0, len(raws), BATCH):
            items = [
                (raw, MailOrigin(None, "INBOX", 1, start + offset + 1))
                for offset, raw in enumerate(raws[start : start + BATCH])
            ]
            with store.session() as s, s.begin():
                ingest_many(s, store.blobs, items)
        return time.perf_counter() - started
    finally:
        store.close()


def first_sync(raws: list[bytes], folder: Path) -> tuple[float, int]:
    from inbox_app.services import accounts
    from tests.helpers.mailservers import PASSWORD, USER, Certs, Dovecot

    certs = Certs.make(folder)
    root = Path(tempfile.mkdtemp(prefix="inbox-dovecot-bench-"))
    server = Dovecot.start(root, certs)
    try:
        server.bulk_deliver(raws)
        store = open_store(f"sqlite:///{folder / 'sync.sqlite3'}")
        try:
            spec = accounts.AccountSpec(
                name="bench",
                address=USER,
                user=USER,
                imap_host="127.0.0.1",
                imap_port=server.imaps_port,
                smtp_host="127.0.0.1",
                ca_file=str(certs.ca_file),
                save_password=False,
            )
            MailService(store).add_account(spec, PASSWORD)
            started = time.perf_counter()
            summary = MailService(store).sync_account("bench", send=False, password=PASSWORD)
            elapsed = time.perf_counter() - started
            if not summary.ok:
                raise RuntimeError("; ".join(summary.errors))
            return elapsed, summary.imported
        finally:
            store.close()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    raws = generate()
    size = sum(map(len, raws)) / len(raws)
    bare = stdlib_parse_bare(raws)
    stdlib = stdlib_parse(raws)
    with tempfile.TemporaryDirectory() as tmp:
        ours = parse_and_store(raws, Path(tmp))
        sync_s, imported = first_sync(raws, Path(tmp))
    rate = lambda t: f"{N / t:,.0f} msg/s"  # noqa: E731
    table(
        f"Relay mail, {N:,} generated messages (~{size / 1024:.1f} KB each)",
        ["what", "time", "rate", "vs stdlib"],
        [
            ["stdlib parse only (message_from_bytes)", f"{bare:.2f} s", rate(bare), "-"],
            [
                "stdlib parse + From/Subject/Message-ID/Date + text",
                f"{stdlib:.2f} s",
                rate(stdlib),
                "1.00",
            ],
            [
                "Seller Inbox parse + relay + store (SQLite)",
                f"{ours:.2f} s",
                rate(ours),
                f"{stdlib / ours:.2f} (target >= 0.5; vs bare {bare / ours:.2f})",
            ],
            [
                f"first IMAP sync from Dovecot ({imported:,} imported)",
                f"{sync_s:.1f} s",
                rate(sync_s),
                "target < 60 s",
            ],
        ],
    )


if __name__ == "__main__":
    main()
