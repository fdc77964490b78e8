"""The SP-API operations the app calls, as data: path, method, the role each needs, and
the message actions' operation ids. No HTTP here (the window reads this at start-up;
the client that sends them lives in `client`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]
Query = Mapping[str, str | int | Sequence[str] | None]

ROLE_ORDERS = "Inventory and Order Tracking"
ROLE_MESSAGING = "Buyer Communication"
ROLE_SOLICITATION = "Buyer Solicitation"


@dataclass(frozen=True, slots=True)
class Operation:
    id: str  # the model's operationId (the key of its usage plan)
    method: str
    path: str  # with {placeholders}
    role: str
    label: str  # for messages: "the order search"


def _op(op_id: str, method: str, path: str, role: str, label: str) -> Operation:
    return Operation(op_id, method, path, role, label)


_MSG = "/messaging/v1/orders/{amazonOrderId}"
OPERATIONS: dict[str, Operation] = {
    o.id: o
    for o in (
        _op("searchOrders", "GET", "/orders/2026-01-01/orders", ROLE_ORDERS, "the order search"),
        _op("getOrder", "GET", "/orders/2026-01-01/orders/{orderId}", ROLE_ORDERS, "getOrder"),
        _op("getMessagingActionsForOrder", "GET", _MSG, ROLE_MESSAGING, "the messaging actions"),
        _op("GetAttributes", "GET", _MSG + "/attributes", ROLE_MESSAGING, "the buyer's language"),
        _op(
            "getSolicitationActionsForOrder",
            "GET",
            "/solicitations/v1/orders/{amazonOrderId}",
            ROLE_SOLICITATION,
            "the review request check",
        ),
        _op(
            "createProductReviewAndSellerFeedbackSolicitation",
            "POST",
            "/solicitations/v1/orders/{amazonOrderId}/solicitations/productReviewAndSellerFeedback",
            ROLE_SOLICITATION,
            "the review request",
        ),
        _op(
            "createUploadDestinationForResource",
            "POST",
            "/uploads/2020-11-01/uploadDestinations/{resource}",
            ROLE_MESSAGING,
            "the attachment upload",
        ),
    )
}

# Seller-initiated message actions: the last path segment of an action's link in
# getMessagingActionsForOrder -> its operationId.
MESSAGE_ACTIONS: dict[str, str] = {
    "confirmCustomizationDetails": "confirmCustomizationDetails",
    "confirmDeliveryDetails": "createConfirmDeliveryDetails",
    "legalDisclosure": "createLegalDisclosure",
    "confirmOrderDetails": "createConfirmOrderDetails",
    "confirmServiceDetails": "createConfirmServiceDetails",
    "warranty": "CreateWarranty",
    "digitalAccessKey": "createDigitalAccessKey",
    "unexpectedProblem": "createUnexpectedProblem",
    "invoice": "sendInvoice",
}
for _name, _op_id in MESSAGE_ACTIONS.items():
    OPERATIONS[_op_id] = _op(
        _op_id, "POST", f"{_MSG}/messages/{_name}", ROLE_MESSAGING, "the Amazon message"
    )
