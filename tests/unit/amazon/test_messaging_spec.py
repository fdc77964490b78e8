"""The app's table of message actions agrees with the request schemas in messaging.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inbox_app.amazon.messaging import ACTIONS, MAX_ATTACHMENTS, offered_actions

MODEL = json.loads(
    (Path(__file__).parents[2] / "data" / "sp-api" / "messaging.json").read_text(encoding="utf-8")
)


def _request_schema(segment: str) -> dict[str, object]:
    for path, ops in MODEL["paths"].items():
        if path.endswith(f"/messages/{segment}"):
            body = next(p for p in ops["post"]["parameters"] if p["in"] == "body")
            return MODEL["definitions"][body["schema"]["$ref"].rsplit("/", 1)[1]]
    raise LookupError(segment)


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_fields_match_the_request_schema(name: str) -> None:
    spec = ACTIONS[name]
    props = _request_schema(name)["properties"]
    assert isinstance(props, dict)
    assert spec.text_max == (props["text"]["maxLength"] if "text" in props else 0)
    assert spec.attachments == ("attachments" in props)
    if "attachments" in props:
        assert props["attachments"]["maxLength"] == MAX_ATTACHMENTS  # the model's way to say 5
        assert spec.attachments_required == (props["attachments"].get("minLength") == 1)
    assert spec.coverage_dates == ("coverageStartDate" in props)


def test_offered_actions_read_the_sandbox_answer() -> None:
    op = MODEL["paths"]["/messaging/v1/orders/{amazonOrderId}"]["get"]
    answer = op["responses"]["200"]["x-amzn-api-sandbox"]["static"][0]["response"]
    names = [a.name for a in offered_actions(answer)]
    # the sandbox also lists retired actions (amazonMotors, negativeFeedbackRemoval) and
    # the attributes link: only the modelled seller actions are offered
    assert names == [
        "confirmCustomizationDetails",
        "confirmDeliveryDetails",
        "legalDisclosure",
        "confirmOrderDetails",
        "confirmServiceDetails",
        "digitalAccessKey",
        "unexpectedProblem",
        "warranty",
    ]
