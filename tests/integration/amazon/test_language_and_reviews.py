"""The buyer's language from GetAttributes, and Amazon's review requests (once, in window)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from inbox_app import cli
from inbox_app.policy.types import Draft
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_buyers import STALE
from inbox_app.services.compose import ComposeService
from inbox_app.services.orders_import import import_order_report
from inbox_app.services.policy_checks import run_check
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Event, Order
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


def _order_pk(store: Store, oid: str) -> int:
    with store.session() as s:
        pk = s.scalar(select(Order.id).where(Order.amazon_order_id == oid))
        assert pk is not None
        return pk


def test_the_buyers_locale_replaces_the_marketplace_language_in_the_check(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    oid = "111-1000001-1000001"
    raw = spapi.add_order(oid, created=NOW - timedelta(days=3), locale="de-DE")
    item = raw["orderItems"][0]
    import_order_report(
        store,
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
        ComposeService(store).info_for_order(_order_pk(store, oid)).context,
    )
    assert "language-mismatch" not in {f.rule for f in before.findings}  # amazon.com: English

    result = amazon.sync_connection(amazon_connection)
    assert (result.complete, result.languages) == (True, 1)
    with store.session() as s:
        assert s.scalar(select(Buyer.language)) == "de-DE"
    ctx = ComposeService(store).info_for_order(_order_pk(store, oid)).context
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
    ctx = ComposeService(store).info_for_order(_order_pk(store, oid)).context
    assert ctx.buyer_language == "it-IT"
    findings = run_check(Draft(subject="Your order", body=ENGLISH), ctx).findings
    assert "language-mismatch" in {f.rule for f in findings}
    english = ComposeService(store).info_for_order(_order_pk(store, other)).context
    assert english.buyer_language == "en-US"
    assert "language-mismatch" not in {
        f.rule for f in run_check(Draft(subject="Your order", body=ENGLISH), english).findings
    }
    # the buyer's mail alias arrives later with a report: the order's locale still holds
    item = raw["orderItems"][0]
    import_order_report(
        store,
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
        ComposeService(store).info_for_order(_order_pk(store, oid)).context.buyer_language
        == "it-IT"
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
        ComposeService(store).info_for_order(_order_pk(store, oid)).context.buyer_language
        == "de-DE"
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
    import_order_report(
        store,
        _report(
            tmp_path,
            [(oid, item["orderItemId"], item["product"]["sellerSku"], "z1@marketplace.amazon.com")],
        ),
    )
    spapi.fault("forbid", "GetAttributes")
    result = amazon.sync_connection(amazon_connection)
    assert result.complete and result.error == ""
    assert "lacks the role 'Buyer Communication'" in result.note


def _synced(amazon: AmazonService, spapi: LocalSpApi, name: str, **orders: int) -> None:
    """Orders by id -> days since delivery, all updated recently, then one sync."""
    for oid, days in orders.items():
        spapi.add_order(
            oid,
            created=NOW - timedelta(days=days + 4),
            updated=NOW - timedelta(days=1),
            delivered=NOW - timedelta(days=days),
        )
    assert amazon.sync_connection(name).complete


def test_a_review_request_is_sent_once_inside_the_window_and_refused_outside(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    ok, early, late = "111-2000001-2000001", "111-2000002-2000002", "111-2000003-2000003"
    _synced(amazon, spapi, amazon_connection, **{ok: 10, early: 2, late: 40})
    info = amazon.connection(amazon_connection)
    sent = amazon.request_review(info, ok)
    assert sent.sent, sent.message
    again = amazon.request_review(info, ok)
    assert not again.sent and "already requested" in again.message
    too_early = amazon.request_review(info, early)
    assert not too_early.sent and "Too early" in too_early.message
    too_late = amazon.request_review(info, late)
    assert not too_late.sent and "Too late" in too_late.message
    assert list(spapi.solicited) == [ok]
    assert spapi.counts["createProductReviewAndSellerFeedbackSolicitation"] == 1
    assert spapi.counts["getSolicitationActionsForOrder"] == 1  # refused ones ask nothing
    ctx = ComposeService(store).info_for_order(_order_pk(store, ok)).context
    assert ctx.review_already_requested  # the policy's repeat-review-request knows
    assert [oid for oid, _ in amazon.requested_reviews()] == [ok]
    with store.session() as s:
        assert s.scalar(select(Event.detail).where(Event.kind == "review_requested")) == ok


def test_amazon_refusing_the_action_is_reported_and_not_recorded(
    amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    oid = "111-2000009-2000009"
    _synced(amazon, spapi, amazon_connection, **{oid: 10})
    spapi.solicited[oid] = NOW  # e.g. requested in Seller Central already
    info = amazon.connection(amazon_connection)
    outcome = amazon.request_review(info, oid)
    assert not outcome.sent and "does not offer" in outcome.message
    assert amazon.requested_reviews() == []


def test_bulk_review_requests_from_the_cli_with_progress(
    amazon: AmazonService,
    spapi: LocalSpApi,
    amazon_connection: str,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = [f"111-30000{n:02d}-3000001" for n in range(7)]
    _synced(
        amazon, spapi, amazon_connection, **dict(zip(ids, [6, 8, 12, 20, 29, 3, 45], strict=True))
    )
    info = amazon.connection(amazon_connection)
    assert sorted(amazon.eligible_orders(info)) == sorted(ids[:5])
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = cli.main(["amazon", "review", amazon_connection, "--eligible", "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.count("Review requested") == 5 and "[5/5]" in out
    assert sorted(spapi.solicited) == sorted(ids[:5])
    # 10 calls of two 1-per-second operations with a burst of 5: the buckets held
    assert spapi.counts["getSolicitationActionsForOrder"] == 5
    code = cli.main(["amazon", "review", amazon_connection, "--eligible", "--db", str(db_path)])
    assert "no order is inside its review window" in capsys.readouterr().out
    cli.main(["amazon", "reviews", "--db", str(db_path)])
    listed = capsys.readouterr().out.splitlines()
    assert sorted(line.split("\t")[0] for line in listed) == sorted(ids[:5])


def test_the_window_counts_from_amazons_delivered_status_else_the_promised_date(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    delivered, promised = "111-2000011-2000011", "111-2000012-2000012"
    # promised for 20 days ago; the package was reported DELIVERED 2 days ago
    spapi.add_order(
        delivered, created=NOW - timedelta(days=25), updated=NOW - timedelta(days=2),
        delivered=NOW - timedelta(days=20), package="DELIVERED",
    )  # fmt: skip
    spapi.add_order(
        promised, created=NOW - timedelta(days=15), updated=NOW - timedelta(days=2),
        delivered=NOW - timedelta(days=10), package="IN_TRANSIT",
    )  # fmt: skip
    assert amazon.sync_connection(amazon_connection).complete
    q = spapi.calls("searchOrders")[0]
    assert "PACKAGES" in q["includedData"][0].split(",")
    with store.session() as s:
        at = {o.amazon_order_id: o.delivered_at for o in s.scalars(select(Order))}
    assert at == {delivered: NOW - timedelta(days=2), promised: None}
    # a later update (e.g. a refund) never moves the delivery later
    spapi.touch(delivered, NOW - timedelta(minutes=30))
    assert amazon.sync_connection(amazon_connection).complete
    with store.session() as s:
        moved = s.scalar(select(Order.delivered_at).where(Order.amazon_order_id == delivered))
    assert moved == NOW - timedelta(days=2)

    info = amazon.connection(amazon_connection)
    early = amazon.request_review(info, delivered)
    sent = amazon.request_review(info, promised)
    assert not early.sent
    assert "Too early" in early.message and "5 days after delivery)" in early.message
    assert sent.sent and "counted from the promised delivery date" in sent.message
    assert amazon.eligible_orders(info) == []
