"""The client's operations, usage plans and message actions agree with Amazon's models."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from inbox_app.amazon.operations import MESSAGE_ACTIONS, OPERATIONS
from inbox_app.amazon.ratelimit import RATES

MODELS = Path(__file__).parents[2] / "data" / "sp-api"


def _operations() -> dict[str, tuple[str, str, str]]:
    """operationId -> (method, path, description) over the models the app uses."""
    found: dict[str, tuple[str, str, str]] = {}
    for model in MODELS.glob("*.json"):
        doc = json.loads(model.read_text(encoding="utf-8"))
        for path, ops in doc["paths"].items():
            for method, op in ops.items():
                if method != "parameters":
                    found[op["operationId"]] = (method.upper(), path, op.get("description", ""))
    return found


MODEL_OPS = _operations()


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_operation_is_in_the_models_with_its_method_and_path(op_id: str) -> None:
    method, path, _ = MODEL_OPS[op_id]
    assert (OPERATIONS[op_id].method, OPERATIONS[op_id].path) == (method, path)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_usage_plans_are_the_models_tables(op_id: str) -> None:
    description = MODEL_OPS[op_id][2]
    table = re.search(r"\|\s*([\d.]+)\s*\|\s*(\d+)\s*\|", description)
    plan = RATES[op_id]
    if table is None:
        # sendInvoice documents no plan; it gets the messaging API's 1 rps / 5 burst
        assert op_id == "sendInvoice"
        assert (plan.rate, plan.burst) == (1, 5)
        return
    assert (plan.rate, plan.burst) == (float(table.group(1)), int(table.group(2)))


def test_every_seller_message_operation_of_the_messaging_model_is_offered() -> None:
    messaging = json.loads((MODELS / "messaging.json").read_text(encoding="utf-8"))
    posts = {
        op["operationId"]
        for ops in messaging["paths"].values()
        for method, op in ops.items()
        if method == "post"
    }
    assert set(MESSAGE_ACTIONS.values()) == posts
    for suffix, op_id in MESSAGE_ACTIONS.items():
        assert OPERATIONS[op_id].path.endswith(f"/messages/{suffix}")
