"""Errors a seller can act on, mid-sync (issue 15.7): a revoked refresh token, a missing
role, a throttled account and a dropped connection each end the run with one sentence,
keep every order already written, and the next run goes on from the page it stopped at."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_sync import Progress
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Order
from inbox_app.store.source_schema import AmazonConnection
from tests.helpers.spapi_limits import ApiClock
from tests.helpers.spapi_server import CLIENT_SECRET, LocalSpApi

NOW = datetime.now(UTC).replace(microsecond=0)


def _orders(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Order)) or 0


def _revoke_after_page_one(spapi: LocalSpApi) -> Progress:
    def progress(_orders: int, pages: int) -> None:
        if pages == 1:  # the seller revokes the app in Seller Central now
            spapi.revoke()
            spapi.expire_tokens()

    return progress


def _reauthorize(amazon: AmazonService, spapi: LocalSpApi, name: str) -> None:
    """What the sentence says: connect again with the new refresh token."""
    info = amazon.connection(name)
    spec = conns.ConnectionSpec(
        info.name, info.region, info.client_id, info.marketplaces, info.endpoint, info.token_url
    )
    amazon.connect(spec, CLIENT_SECRET, spapi.refresh_token)


Setup = Callable[[LocalSpApi], Progress | None]
CASES: dict[str, tuple[Setup, str]] = {
    "revoked": (_revoke_after_page_one, "refresh token was revoked"),
    "missing role": (
        lambda api: api.fault("forbid", "searchOrders", after=1),
        "lacks the role 'Inventory and Order Tracking'",
    ),
    "throttled": (
        # Amazon's header says one request in three hours: more than the sync may wait
        lambda api: api.fault("throttle", "searchOrders", after=1, limit="0.0001"),
        "will try again later by itself",
    ),
    "no network": (
        lambda api: api.fault("drop", "searchOrders", after=1),
        "check the internet connection",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_failure_mid_sync_is_one_sentence_keeps_page_one_and_the_next_run_resumes(
    store: Store,
    amazon: AmazonService,
    spapi: LocalSpApi,
    spapi_clock: ApiClock,
    amazon_connection: str,
    case: str,
) -> None:
    for n in range(1, 151):
        spapi.add_order(f"111-70{n:05d}-7000001", created=NOW - timedelta(days=2, minutes=n))
    setup, phrase = CASES[case]
    progress = setup(spapi)
    first = amazon.sync_connection(amazon_connection, progress=progress)
    assert not first.complete and (first.new, first.pages) == (100, 1)
    assert phrase in first.error
    assert "\n" not in first.error and "Traceback" not in first.error
    assert first.error.endswith(".") and first.error.count(". ") <= 2
    assert _orders(store) == 100  # nothing written is lost
    assert amazon.connection(amazon_connection).last_error == first.error
    with store.session() as s:
        row = s.scalar(select(AmazonConnection))
        assert row is not None and row.page_token and row.orders_synced_to is None
    if case == "revoked":
        _reauthorize(amazon, spapi, amazon_connection)
    if case == "throttled":  # the next run comes when Amazon's rate gives a request again
        spapi_clock.sleep(3 * 3600)
    second = amazon.sync_connection(amazon_connection)
    assert (second.complete, second.new, second.pages, second.error) == (True, 50, 1, "")
    assert _orders(store) == 150
    assert amazon.connection(amazon_connection).last_error == ""
    # the resumed run asked for page 2 of the same window, not page 1 again
    last = spapi.calls("searchOrders")[-1]
    assert "paginationToken" in last
    assert last["lastUpdatedAfter"] == spapi.calls("searchOrders")[0]["lastUpdatedAfter"]
