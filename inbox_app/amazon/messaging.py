"""Messaging API actions a seller may start: what each one takes (from Amazon's model).

getMessagingActionsForOrder lists the actions Amazon accepts for an order right now;
each action's request schema says which fields it has. `ACTIONS` copies those schemas
(the tests compare them with messaging.json): the longest text, whether attachments
are taken (at most 5, through the Uploads API) and the warranty's coverage dates.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from inbox_app.amazon.operations import MESSAGE_ACTIONS, Json
from inbox_app.amazon.orders import iso

if TYPE_CHECKING:  # only a type here: the HTTP client is imported when a message is sent
    from inbox_app.amazon.client import SpApiClient

MAX_ATTACHMENTS = 5


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  # the path segment: confirmDeliveryDetails, warranty, invoice...
    label: str  # for the seller
    text_max: int = 0  # 0: the action takes no text
    attachments: bool = False
    attachments_required: bool = False
    coverage_dates: bool = False


ACTIONS: dict[str, ActionSpec] = {
    a.name: a
    for a in (
        ActionSpec("confirmCustomizationDetails", "Confirm customization details", 800, True),
        ActionSpec("confirmDeliveryDetails", "Confirm delivery details", 2000),
        ActionSpec("legalDisclosure", "Legal disclosure", 0, True),
        ActionSpec("confirmOrderDetails", "Confirm order details", 2000),
        ActionSpec("confirmServiceDetails", "Confirm service details", 2000),
        ActionSpec("warranty", "Warranty", 0, True, True, True),
        ActionSpec("digitalAccessKey", "Digital access key", 400, True),
        ActionSpec("unexpectedProblem", "Unexpected problem", 2000),
        ActionSpec("invoice", "Invoice", 0, True, True),
    )
}


@dataclass(frozen=True, slots=True)
class Upload:
    name: str
    media_type: str
    data: bytes


def offered_actions(answer: Json) -> list[ActionSpec]:
    """The seller-initiated actions in a getMessagingActionsForOrder answer that the app knows."""
    links = (answer.get("_links") or {}).get("actions") or []
    found: list[ActionSpec] = []
    for link in links:
        if not isinstance(link, dict):
            continue
        segment = urlsplit(str(link.get("href", ""))).path.rstrip("/").rsplit("/", 1)[-1]
        spec = ACTIONS.get(segment) or ACTIONS.get(str(link.get("name", "")))
        if spec is not None and spec not in found:
            found.append(spec)
    return found


def problems(
    spec: ActionSpec,
    text: str,
    uploads: list[Upload],
    coverage: tuple[datetime, datetime] | None,
) -> list[str]:
    """What keeps this message from being valid for its action (empty: it is valid)."""
    out: list[str] = []
    if spec.text_max:
        if not text.strip():
            out.append(f"{spec.label} needs a text.")
        elif len(text) > spec.text_max:
            out.append(f"{spec.label} takes at most {spec.text_max} characters ({len(text)} now).")
    elif text.strip():
        out.append(f"{spec.label} takes no text, only attachments.")
    if uploads and not spec.attachments:
        out.append(f"{spec.label} takes no attachments.")
    if spec.attachments_required and not uploads:
        out.append(f"{spec.label} needs at least one attachment.")
    if len(uploads) > MAX_ATTACHMENTS:
        out.append(f"At most {MAX_ATTACHMENTS} attachments can be sent.")
    if spec.coverage_dates and coverage is not None and coverage[1] < coverage[0]:
        out.append("The warranty's coverage ends before it starts.")
    return out


def content_md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode()


def send(
    client: SpApiClient,
    amazon_order_id: str,
    marketplace_id: str,
    spec: ActionSpec,
    *,
    text: str,
    uploads: list[Upload],
    coverage: tuple[datetime, datetime] | None = None,
) -> None:
    """Upload the attachments (Uploads API), then create the message of `spec`."""
    query = {"marketplaceIds": [marketplace_id]}
    attachments: list[dict[str, str]] = []
    for upload in uploads:
        answer = client.call(
            "createUploadDestinationForResource",
            path={"resource": f"messaging/v1/orders/{amazon_order_id}/messages/{spec.name}"},
            query={
                **query,
                "contentMD5": content_md5(upload.data),
                "contentType": upload.media_type,
            },
        )
        payload = answer.get("payload") or {}
        headers = payload.get("headers") or {}
        client.upload(
            str(payload["url"]), {str(k): str(v) for k, v in headers.items()}, upload.data
        )
        attachments.append(
            {"uploadDestinationId": str(payload["uploadDestinationId"]), "fileName": upload.name}
        )
    body: dict[str, Any] = {}
    if spec.text_max:
        body["text"] = text
    if attachments:
        body["attachments"] = attachments
    if spec.coverage_dates and coverage is not None:
        body["coverageStartDate"], body["coverageEndDate"] = iso(coverage[0]), iso(coverage[1])
    client.call(
        MESSAGE_ACTIONS[spec.name],
        path={"amazonOrderId": amazon_order_id},
        query=query,
        body=body,
    )
