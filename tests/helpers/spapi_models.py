"""Amazon's SP-API models (tests/data/sp-api/) as routes and checks: which operation a
request addresses, and what in its path, query and body the Swagger operation forbids."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, FormatChecker

MODELS = Path(__file__).parents[1] / "data" / "sp-api"
MODEL_FILES = (
    "orders_2026-01-01.json",
    "messaging.json",
    "solicitations.json",
    "uploads_2020-11-01.json",
)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("no time zone")
    return parsed


@dataclass
class Route:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    op: dict[str, Any]
    doc: dict[str, Any]


class ModelValidator:
    """The routes of the models and the checks of a request against one."""

    def __init__(self) -> None:
        self.routes: list[Route] = []
        for name in MODEL_FILES:
            doc = json.loads((MODELS / name).read_text(encoding="utf-8"))
            for path, ops in doc["paths"].items():
                regex = re.sub(r"\{[^}]+\}", "(?P<\\g<0>>[^/]+)", path)
                regex = regex.replace("(?P<{", "(?P<").replace("}>", ">")
                if "uploadDestinations" in path:
                    regex = regex.replace("[^/]+", ".+")  # greedy path parameter
                for method, op in ops.items():
                    if method == "parameters":
                        continue
                    self.routes.append(
                        Route(op["operationId"], method.upper(), re.compile(f"^{regex}$"), op, doc)
                    )

    def route(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for r in self.routes:
            m = r.pattern.match(path)
            if m and r.method == method:
                return r, m.groupdict()
        return None

    def schema(self, route: Route, schema: dict[str, Any]) -> Draft4Validator:
        full = {**schema, "definitions": route.doc["definitions"]}
        return Draft4Validator(full, format_checker=FORMATS)

    def check(
        self,
        route: Route,
        path_params: dict[str, str],
        query: dict[str, list[str]],
        body: Any,
        has_body: bool,
    ) -> list[str]:
        problems: list[str] = []
        declared = {p["name"]: p for p in route.op.get("parameters", [])}
        for name in query:
            p = declared.get(name)
            if p is None or p["in"] != "query":
                problems.append(f"unknown query parameter {name!r}")
        for name, p in declared.items():
            where = p["in"]
            if where == "path":
                value = path_params.get(name, "")
                if not value:
                    problems.append(f"path parameter {name} is empty")
            elif where == "query":
                values = query.get(name)
                if values is None:
                    if p.get("required"):
                        problems.append(f"required query parameter {name} is missing")
                    continue
                if len(values) != 1:
                    problems.append(f"query parameter {name} given {len(values)} times")
                problems += self._check_value(name, p, values[0])
            elif where == "body":
                if not has_body:
                    if p.get("required"):
                        problems.append("the required JSON body is missing")
                    continue
                for error in self.schema(route, p["schema"]).iter_errors(body):
                    where_ = "/".join(str(x) for x in error.absolute_path) or "body"
                    problems.append(f"body {where_}: {error.message}")
        if has_body and not any(p["in"] == "body" for p in declared.values()):
            problems.append("a body was sent to an operation that takes none")
        return problems

    def _check_value(self, name: str, p: dict[str, Any], raw: str) -> list[str]:
        if p.get("type") == "array":
            items = raw.split(",")
            out = []
            if "maxItems" in p and len(items) > p["maxItems"]:
                out.append(f"{name} has {len(items)} items, at most {p['maxItems']} allowed")
            enum = p.get("items", {}).get("enum")
            out += [f"{name}: {i!r} is not one of {enum}" for i in items if enum and i not in enum]
            out += [f"{name} has an empty item" for i in items if not i]
            return out
        if p.get("type") == "integer":
            return [] if re.fullmatch(r"-?\d+", raw) else [f"{name} is not an integer: {raw!r}"]
        if p.get("format") == "date-time":
            try:
                parse_time(raw)
            except ValueError:
                return [f"{name} is not an ISO 8601 date-time: {raw!r}"]
        if "enum" in p and raw not in p["enum"]:
            return [f"{name}: {raw!r} is not one of {p['enum']}"]
        return []

    def check_response(self, route: Route, status: int, body: Any) -> list[str]:
        spec = route.op["responses"].get(str(status))
        if spec is None:
            return [f"{route.operation_id} has no {status} response in the model"]
        if "schema" not in spec:
            return []
        return [
            f"response {status}: {e.message}"
            for e in self.schema(route, spec["schema"]).iter_errors(body)
        ]


VALIDATOR = ModelValidator()


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        parse_time(value)
    except ValueError:
        return False
    return "T" in value


# jsonschema checks "date-time" only with an optional package: check it here
FORMATS = FormatChecker()
FORMATS.checks("date-time")(_is_date_time)
