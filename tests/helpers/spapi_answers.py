"""What the local Selling Partner API answers (tests/helpers/spapi_server.py serves it):
the searchOrders rules the published model states in words, and each operation's answer
from the orders, actions, uploads and solicitations a test put in `LocalSpApi`."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.helpers.spapi_models import VALIDATOR, iso, parse_time
from tests.helpers.spapi_state import LocalSpApi


def api_error(code: str, message: str, details: str = "") -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message, "details": details}]}


class SpApiAnswers:
    """The answering half of the local server: rules and answers over `self.api`."""

    api: LocalSpApi

    # ---- rules the models state in words -------------------------------------
    def rules(self, op: str, query: dict[str, list[str]], body: Any) -> list[str]:
        if op != "searchOrders":
            return []
        q = {k: v[0] for k, v in query.items()}
        out: list[str] = []
        if ("createdAfter" in q) == ("lastUpdatedAfter" in q):
            out.append("exactly one of createdAfter and lastUpdatedAfter is required")
        if "lastUpdatedAfter" in q and ("createdBefore" in q):
            out.append("createdBefore may not go with lastUpdatedAfter")
        if "lastUpdatedBefore" in q and "lastUpdatedAfter" in q:
            try:
                before = parse_time(q["lastUpdatedBefore"])
                after = parse_time(q["lastUpdatedAfter"])
            except ValueError:
                return out
            if before < after:
                out.append("lastUpdatedBefore is before lastUpdatedAfter")
            if before > datetime.now(UTC) - timedelta(minutes=2):
                out.append("lastUpdatedBefore must be at least two minutes before the request")
        size = q.get("maxResultsPerPage", "100")
        if size.isdigit() and not 1 <= int(size) <= 100:
            out.append("maxResultsPerPage must be between 1 and 100")
        return out

    # ---- answers ---------------------------------------------------------------
    def answer(
        self, op: str, path: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> tuple[int, Any]:
        api = self.api
        order_id = path.get("amazonOrderId") or path.get("orderId") or ""
        if op == "searchOrders":
            return self._search(query)
        with api.lock:
            if order_id and order_id not in api.orders:
                return 404, api_error("NotFound", f"Order {order_id} was not found")
            if op == "getOrder":
                return 200, {"order": _public(api.orders[order_id], query)}
            if op == "GetAttributes":
                return 200, {"buyer": {"locale": api.locales[order_id]}}
            mp = query.get("marketplaceIds", [""])[0]
            if op == "getMessagingActionsForOrder":
                return 200, self._links(
                    "messaging", order_id, mp, api.actions[order_id], "/messages/"
                )
            if op == "getSolicitationActionsForOrder":
                names = ["productReviewAndSellerFeedback"] if self._may_solicit(order_id) else []
                return 200, self._links("solicitations", order_id, mp, names, "/solicitations/")
            if op == "createProductReviewAndSellerFeedbackSolicitation":
                if not self._may_solicit(order_id):
                    api.violations.append(f"review request for {order_id} outside its window")
                    return 400, api_error(
                        "InvalidInput", "This order is not eligible for a solicitation"
                    )
                api.solicited[order_id] = datetime.now(UTC)
                return 201, {}
            if op == "createUploadDestinationForResource":
                upload_id = secrets.token_hex(8)
                ctype = query.get("contentType", [""])[0]
                api.uploads[upload_id] = {
                    "resource": path["resource"],
                    "md5": query["contentMD5"][0],
                    "contentType": ctype,
                    "content": None,
                }
                headers = {"Content-Type": ctype} if ctype else {}
                return 201, {
                    "payload": {
                        "uploadDestinationId": upload_id,
                        "url": f"{api.base_url}/upload/{upload_id}",
                        "headers": headers,
                    }
                }
            # a message action
            name = self.path_suffix(op)
            if name not in api.actions[order_id]:
                return 400, api_error("InvalidInput", f"{name} is not available for this order")
            for att in (body or {}).get("attachments", []):
                dest = api.uploads.get(att["uploadDestinationId"])
                if dest is None or dest["content"] is None:
                    api.violations.append(
                        f"attachment {att['uploadDestinationId']} was never uploaded"
                    )
                    return 400, api_error("InvalidInput", "Unknown uploadDestinationId")
            api.messages.append({"order": order_id, "action": name, "body": body})
            return 201, {}

    @staticmethod
    def path_suffix(op: str) -> str:
        for route in VALIDATOR.routes:
            if route.operation_id == op:
                return route.pattern.pattern.rstrip("$").rsplit("/", 1)[-1]
        return op

    def _may_solicit(self, order_id: str) -> bool:
        api = self.api
        delivered = api.delivered.get(order_id)
        if delivered is None or order_id in api.solicited:
            return False
        age = datetime.now(UTC) - delivered
        return timedelta(days=5) <= age <= timedelta(days=30)

    def _links(self, api_name: str, order_id: str, mp: str, names: list[str], mid: str) -> Any:
        base = f"/{api_name}/v1/orders/{order_id}"
        return {
            "_links": {
                "actions": [
                    {"href": f"{base}{mid}{n}?marketplaceIds={mp}", "name": n} for n in names
                ],
                "self": {"href": f"{base}?marketplaceIds={mp}"},
            }
        }

    def _search(self, query: dict[str, list[str]]) -> tuple[int, Any]:
        api = self.api
        q = {k: v[0] for k, v in query.items()}
        filters = {
            k: v
            for k, v in q.items()
            if k not in ("maxResultsPerPage", "includedData", "paginationToken")
        }
        fingerprint = hashlib.sha256(json.dumps(filters, sort_keys=True).encode()).hexdigest()[:12]
        offset = 0
        if "paginationToken" in q:
            try:
                token_fp, offset_text = (
                    base64.urlsafe_b64decode(q["paginationToken"]).decode().split(":")
                )
                offset = int(offset_text)
            except (ValueError, UnicodeDecodeError):
                api.violations.append("searchOrders: paginationToken was not one we gave")
                return 400, api_error("InvalidInput", "Invalid paginationToken")
            if token_fp != fingerprint:
                api.violations.append("searchOrders: paging with different parameters")
                return 400, api_error("InvalidInput", "Parameters differ from the first page")
        field_ = "lastUpdatedTime" if "lastUpdatedAfter" in q else "createdTime"
        after = parse_time(q.get("lastUpdatedAfter") or q["createdAfter"])
        before_text = q.get("lastUpdatedBefore") or q.get("createdBefore")
        before = parse_time(before_text) if before_text else datetime.now(UTC)
        marketplaces = set(q["marketplaceIds"].split(",")) if "marketplaceIds" in q else None
        with api.lock:
            matching = sorted(
                (
                    o
                    for o in api.orders.values()
                    if after <= parse_time(o[field_]) <= before
                    and (marketplaces is None or o["salesChannel"]["marketplaceId"] in marketplaces)
                ),
                key=lambda o: (o[field_], o["orderId"]),
            )
        size = int(q.get("maxResultsPerPage", "100"))
        page = matching[offset : offset + size]
        body: dict[str, Any] = {"orders": [_public(o, query) for o in page]}
        if offset + size < len(matching):
            token = base64.urlsafe_b64encode(f"{fingerprint}:{offset + size}".encode()).decode()
            body["pagination"] = {"nextToken": token}
        if "lastUpdatedAfter" in q:
            body["lastUpdatedBefore"] = iso(before)
        return 200, body


def _public(order: dict[str, Any], query: dict[str, list[str]]) -> dict[str, Any]:
    """The order as Amazon sends it: BUYER, RECIPIENT, PACKAGES only when includedData asks."""
    included = set(query.get("includedData", [""])[0].split(","))
    out = json.loads(json.dumps(order))
    if "BUYER" not in included:
        out.pop("buyer", None)
    if "RECIPIENT" not in included:
        out.pop("recipient", None)
    if "PACKAGES" not in included or not out.get("packages"):
        out.pop("packages", None)
    return out
