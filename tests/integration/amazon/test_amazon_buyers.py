"""The buyer's language from GetAttributes (services/amazon_buyers.py): kept on the order
and its buyers, used by the check, asked once until it is stale, a bounded pass per run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, update

from inbox_app.policy.types import Draft
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_buyers import STALE
from inbox_app.services.compose import ComposeService
from inbox_app.services.inbox import InboxService
from inbox_app.services.policy_checks import run_check
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Order
from tests.helpers.factories import order_pk
from tests.helpers.spapi_server import LocalSpApi

NOW = datetime.now(UTC).replace(microsecond=0)
ENGLISH = (
    "Hello, thank you for your order. We have shipped the parcel today and it should "
    "arrive with you in the next few days. Please let us know if there is anything else."
)


def _report(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    path = tmp_path / "orders.txt"
    header = "order-id\torder-item-id\tpurchase-date\tsku\tquantity-purchased\tbuyer-email\n"
    body = "".join(
        f"{oid}\t{item}\t{(NOW - timedelta(days=3)).isoformat()}\t{sku}\t1\t{alias}\n"
        for oid, item, sku, alias in rows
    )
    path.write_text(header + body, encoding="utf-8")
    return path


def test_the_buyers_locale_replaces_the_marketplace_language_in_the_check(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    oid = "111-1000001-1000001"
    raw = spapi.add_order(oid, created=NOW - timedelta(days=3), locale="de-DE")
    item = raw["orderItems"][0]
    InboxService(store).import_orders(
        _report(
            tmp_path,
            [
                (
                    oid,
                    item["orderItemId"],
                    item["product"]["sellerSku"],
                    "k9x@marketplace.amazon.com",
                )
            ],
        ),
    )
    before = run_check(
        Draft(subject="Your order", body=ENGLISH),
        ComposeService(store).info_for_order(order_pk(store, oid)).context,
    )
    assert "language-mismatch" not in {f.rule for f in before.findings}  # amazon.com: English

    result = amazon.sync_connection(amazon_connection)
    assert (result.complete, result.languages) == (True, 1)
    with store.session() as s:
        assert s.scalar(select(Buyer.language)) == "de-DE"
    ctx = ComposeService(store).info_for_order(order_pk(store, oid)).context
    assert ctx.buyer_language == "de-DE"
    after = run_check(Draft(subject="Your order", body=ENGLISH), ctx)
    assert "language-mismatch" in {f.rule for f in after.findings}
    assert spapi.calls("GetAttributes") == [{"marketplaceIds": ["ATVPDKIKX0DER"]}]
    # a second sync asks nothing again: the buyer has a language now
    assert amazon.sync_connection(amazon_connection).languages == 0
    assert len(spapi.calls("GetAttributes")) == 1


def test_every_synced_order_gets_its_locale_asked_once_until_it_is_stale(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    """Orders only the API knows (no buyer in the inbox yet) keep Amazon's locale on the
    order; the check uses it, a buyer known later has it too, and a stale answer is
    asked again (issue 15.3)."""
    oid, other = "111-1000011-1000011", "111-1000012-1000012"
    raw = spapi.add_order(oid, created=NOW - timedelta(days=3), locale="it-IT")
    spapi.add_order(other, created=NOW - timedelta(days=2), locale="en-US")
    result = amazon.sync_connection(amazon_connection)
    assert (result.complete, result.new, result.languages) == (True, 2, 2)
    with store.session() as s:
        row = s.scalar(select(Order).where(Order.amazon_order_id == oid))
        assert row is not None and row.buyer_id is None
        assert row.buyer_locale == "it-IT" and row.locale_checked_at is not None
    ctx = ComposeService(store).info_for_order(order_pk(store, oid)).context
    assert ctx.buyer_language == "it-IT"
    findings = run_check(Draft(subject="Your order", body=ENGLISH), ctx).findings
    assert "language-mismatch" in {f.rule for f in findings}
    english = ComposeService(store).info_for_order(order_pk(store, other)).context
    assert english.buyer_language == "en-US"
    assert "language-mismatch" not in {
        f.rule for f in run_check(Draft(subject="Your order", body=ENGLISH), english).findings
    }
    # the buyer's mail alias arrives later with a report: the order's locale still holds
    item = raw["orderItems"][0]
    InboxService(store).import_orders(
        _report(
            tmp_path,
            [
                (
                    oid,
                    item["orderItemId"],
                    item["product"]["sellerSku"],
                    "it7@marketplace.amazon.com",
                )
            ],
        ),
    )
    assert (
        ComposeService(store).info_for_order(order_pk(store, oid)).context.buyer_language == "it-IT"
    )
    # nothing asked again while the answers are fresh
    assert amazon.sync_connection(amazon_connection).languages == 0
    assert len(spapi.calls("GetAttributes")) == 2
    # a month later the answer is stale: asked again, and a changed locale replaces it
    spapi.locales[oid] = "de-DE"
    info = amazon.connection(amazon_connection)
    later = NOW + STALE + timedelta(days=1)
    assert amazon.learn_buyer_languages(info, now=lambda: later) == 2
    assert len(spapi.calls("GetAttributes")) == 4
    assert (
        ComposeService(store).info_for_order(order_pk(store, oid)).context.buyer_language == "de-DE"
    )
    with store.session() as s:
        assert s.scalar(select(Buyer.language).where(Buyer.alias.like("it7@%"))) == "de-DE"


def test_the_locale_pass_is_bounded_per_run_and_goes_on_in_the_next(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    for n in range(4):
        spapi.add_order(f"111-20000{n:02d}-20000{n:02d}", created=NOW - timedelta(days=n + 1))
    assert amazon.sync_connection(amazon_connection).complete
    info = amazon.connection(amazon_connection)
    with store.session() as s:
        s.execute(update(Order).values(locale_checked_at=None, buyer_locale=None))
        s.commit()
    assert amazon.learn_buyer_languages(info, limit=3) == 3
    assert amazon.learn_buyer_languages(info, limit=3) == 1
    assert amazon.learn_buyer_languages(info, limit=3) == 0
    with store.session() as s:
        assert s.scalar(select(func.count()).where(Order.buyer_locale.is_(None))) == 0


def test_no_messaging_role_leaves_orders_synced_and_says_so(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    oid = "111-1000002-1000002"
    raw = spapi.add_order(oid, created=NOW - timedelta(days=3))
    item = raw["orderItems"][0]
    InboxService(store).import_orders(
        _report(
            tmp_path,
            [(oid, item["orderItemId"], item["product"]["sellerSku"], "z1@marketplace.amazon.com")],
        ),
    )
    spapi.fault("forbid", "GetAttributes")
    result = amazon.sync_connection(amazon_connection)
    assert result.complete and result.error == ""
    assert "lacks the role 'Buyer Communication'" in result.note
