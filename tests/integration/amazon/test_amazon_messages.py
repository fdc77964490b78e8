"""Amazon messages for seller-initiated contact: offered actions, checks, uploads, sending."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from inbox_app import cli
from inbox_app.amazon.messaging import Upload
from inbox_app.policy.types import Context, Draft
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_messages import AmazonMessage, AmazonMessageError, opt_out_finding
from inbox_app.services.policy_checks import run_check
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Event
from tests.helpers.spapi_server import LocalSpApi

NOW = datetime.now(UTC).replace(microsecond=0)
OID = "111-4000001-4000001"
TEXT = "We are sorry: the parcel was damaged by the carrier, and a replacement leaves today."


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def order(amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str) -> str:
    spapi.add_order(
        OID,
        created=NOW - timedelta(days=3),
        actions=("confirmDeliveryDetails", "unexpectedProblem", "warranty", "invoice"),
    )
    assert amazon.sync_connection(amazon_connection).complete
    return OID


def test_the_offered_actions_with_their_fields(
    amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, order: str
) -> None:
    info = amazon.connection(amazon_connection)
    offered = amazon.actions_for_order(info, order)
    by_name = {a.name: a for a in offered}
    assert list(by_name) == ["confirmDeliveryDetails", "unexpectedProblem", "warranty", "invoice"]
    assert by_name["unexpectedProblem"].text_max == 2000
    assert by_name["warranty"].attachments_required and by_name["warranty"].coverage_dates
    assert by_name["invoice"].text_max == 0


def test_a_warranty_goes_with_its_attachment_through_the_uploads_api(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, order: str
) -> None:
    info = amazon.connection(amazon_connection)
    png = _png()
    warranty = AmazonMessage(
        "warranty",
        "",
        (Upload("warranty.png", "image/png", png),),
        (NOW, NOW + timedelta(days=365)),
    )
    amazon.send_message(info, order, warranty)
    [sent] = spapi.messages
    assert sent["action"] == "warranty"
    [attachment] = sent["body"]["attachments"]
    assert attachment["fileName"] == "warranty.png"
    upload = spapi.uploads[attachment["uploadDestinationId"]]
    assert upload["content"] == png
    assert upload["resource"] == f"messaging/v1/orders/{order}/messages/warranty"
    assert sent["body"]["coverageStartDate"].endswith("Z")
    with store.session() as s:
        assert s.scalar(select(Event.detail).where(Event.kind == "amazon_message")) == (
            f"{order} warranty 1 attachment(s)"
        )


@pytest.mark.parametrize(
    ("action", "text", "uploads", "message"),
    [
        ("invoice", "", [], "needs at least one attachment"),
        ("unexpectedProblem", "x" * 2001, [], "at most 2000 characters"),
        ("unexpectedProblem", "", [], "needs a text"),
        (
            "confirmDeliveryDetails",
            "ok",
            [Upload("a.png", "image/png", b"\x89PNG")],
            "takes no attachments",
        ),
        ("legalDisclosure", "hello", [], "does not accept 'legalDisclosure'"),
        ("unexpectedProblem", "To unsubscribe from these messages, reply STOP.", [], "Not sent:"),
    ],
)
def test_what_amazon_or_the_policy_would_refuse_is_refused_here_first(
    amazon: AmazonService,
    spapi: LocalSpApi,
    amazon_connection: str,
    order: str,
    action: str,
    text: str,
    uploads: list[Upload],
    message: str,
) -> None:
    info = amazon.connection(amazon_connection)
    with pytest.raises(AmazonMessageError, match=message):
        amazon.send_message(info, order, AmazonMessage(action, text, tuple(uploads)))
    assert spapi.messages == []
    assert spapi.counts["createUploadDestinationForResource"] == 0


def test_cli_lists_actions_and_sends_a_text_message(
    store: Store,
    spapi: LocalSpApi,
    amazon_connection: str,
    order: str,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["amazon", "actions", amazon_connection, order, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "unexpectedProblem\tUnexpected problem\ttext up to 2000" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(TEXT))
    code = cli.main(
        [
            "amazon",
            "message",
            amazon_connection,
            order,
            "--action",
            "unexpectedProblem",
            "--text-stdin",
            "--db",
            str(db_path),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert spapi.messages[0]["body"] == {"text": TEXT}
    missing = tmp_path / "nope.pdf"
    code = cli.main(
        [
            "amazon",
            "message",
            amazon_connection,
            order,
            "--action",
            "invoice",
            "--attach",
            str(missing),
            "--db",
            str(db_path),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "nope.pdf" in err and "Traceback" not in err


def test_the_checker_points_an_opted_out_buyers_new_contact_to_the_amazon_action(
    amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, order: str
) -> None:
    ctx = Context(buyer_initiated=False, opted_out=True, marketplace="US", buyer_language="en")
    report = run_check(Draft(subject="Your order", body=TEXT), ctx)
    assert not report.sendable
    info = amazon.connection(amazon_connection)
    offered = amazon.actions_for_order(info, order)
    finding = opt_out_finding(report, ctx, offered)
    assert finding is not None
    assert "'Unexpected problem'" in finding.message and "[Important]" in finding.message
    none_offered = opt_out_finding(report, ctx, [])
    assert none_offered is not None and "offers no message action" in none_offered.message
    reply = Context(buyer_initiated=True, opted_out=True)
    assert opt_out_finding(run_check(Draft(body=TEXT), reply), reply, offered) is None
