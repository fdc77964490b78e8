"""Amazon's review requests (services/amazon_reviews.py): once, inside the window counted
from the delivery, refused outside it, from the façade and `inbox-app amazon review`."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox_app import cli
from inbox_app.services.amazon import AmazonService
from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Event, Order
from tests.helpers.factories import order_pk
from tests.helpers.spapi_server import LocalSpApi

NOW = datetime.now(UTC).replace(microsecond=0)


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
    ctx = ComposeService(store).info_for_order(order_pk(store, ok)).context
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
