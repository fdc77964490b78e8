"""The rule set: data files under resources/policy/ loaded, validated and compiled once."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from inbox_app.policy.cues import CueIndex
from inbox_app.policy.phrases import PhraseIndex

DATA_FILES = (
    "ruleset.json",
    "phrases.json",
    "cues.json",
    "domains.json",
    "characters.json",
    "languages.json",
)
SEVERITIES = frozenset({"block", "warn", "info"})
# Categories only some rules need, each its own index scanned on demand: greetings for
# unnecessary-message, "if"-words when a critical phrase was found, review nouns when
# an incentive or a condition was; star ranges when a star count steers; what says more
# than thanks when a message looks unnecessary. Short, frequent words ("if", "se", "si") would
# otherwise slow the main pass over every draft.

# Every rule of POLICY.md; load_ruleset() refuses data that lacks one of them.
RULE_IDS = (
    "external-link",
    "insecure-link",
    "email-address",
    "phone-number",
    "opt-out-link",
    "marketing",
    "cross-selling",
    "review-incentive",
    "review-manipulation",
    "review-request",
    "repeat-review-request",
    "unnecessary-message",
    "emoji",
    "html-content",
    "blank-lines",
    "missing-order-id",
    "order-window",
    "message-too-long",
    "language-mismatch",
    "opted-out-noncritical",
    "important-tag-required",
    "opted-out-new-thread",
    "important-tag-misuse",
    "important-tag-unneeded",
    "attachment-type",
    "attachment-size",
    "attachment-count",
    "attachment-link",
    "animated-gif",
    "attachment-unreadable",
)


# Categories found by a second, lazy walk (see Ruleset.lazy_phrases).
LAZY_CATEGORIES = frozenset({"filler"})


class RulesetError(ValueError):
    """The rule data is missing, malformed or inconsistent."""


@dataclass(frozen=True, slots=True)
class Settings:
    """The switches POLICY.md names; defaults are the stricter reading."""

    important_tag_overrides_opt_out: bool = True
    wine_exempt_from_opt_out: bool = True
    attachment_total_limit_bytes: int = 7 * 1024 * 1024
    attachment_max_count: int = 5
    message_max_chars: int = 2000
    max_consecutive_line_breaks: int = 2
    order_window_days: int = 30
    unnecessary_message_max_other_words: int = 60
    language_min_words: int = 6


@dataclass(frozen=True, slots=True)
class Limits:
    """Guards for attachment scanning (decompression bombs, huge files)."""

    max_image_pixels: int = 40_000_000
    zip_max_entries: int = 2000
    zip_max_total_uncompressed: int = 100 * 1024 * 1024
    zip_max_ratio: int = 200
    zip_max_member_read: int = 20 * 1024 * 1024
    pdf_max_pages: int = 2000
    pdf_max_annotations: int = 20000
    sniff_bytes: int = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Marketplace:
    code: str
    region: str
    language: str


class Ruleset:
    """Loaded rule data plus compiled matchers. Immutable; share it freely across threads."""

    def __init__(self, data: Mapping[str, Any], settings: Settings | None = None) -> None:
        rules_file = data["ruleset.json"]
        self.version: str = str(rules_file["ruleset_version"])
        for name in DATA_FILES:
            if str(data[name].get("ruleset_version")) != self.version:
                raise RulesetError(f"{name}: ruleset_version differs from ruleset.json")
        self.settings = settings or _build(Settings, rules_file.get("settings", {}))
        self.limits: Limits = _build(Limits, rules_file.get("limits", {}))
        rules = rules_file["rules"]
        missing = [r for r in RULE_IDS if r not in rules]
        if missing:
            raise RulesetError(f"ruleset.json lacks rules: {', '.join(missing)}")
        self.severity: dict[str, str] = {}
        self.templates: dict[str, str] = {}
        for rule_id, spec in rules.items():
            if spec["severity"] not in SEVERITIES:
                raise RulesetError(f"{rule_id}: unknown severity {spec['severity']!r}")
            self.severity[rule_id] = spec["severity"]
            self.templates.update(spec["messages"])
            if rule_id not in spec["messages"]:
                raise RulesetError(f"{rule_id}: no default message")
        self.opt_out_exempt: frozenset[str] = frozenset(rules_file["opt_out_exempt_order_types"])
        tags = rules_file["important_tags"]
        self.important_tags: dict[str, tuple[str, ...]] = {
            k.upper(): tuple(v) for k, v in tags.items()
        }

        try:
            self.cues = CueIndex(data["cues.json"])
        except (ValueError, re.error) as exc:
            raise RulesetError(f"cues.json: {exc}") from exc
        phrases = data["phrases.json"]["categories"]
        try:
            # One index for every phrase list and every cue's key words: a field's words
            # are walked once, whichever categories its rules then read.
            self.phrases = PhraseIndex(
                {
                    **{c: v for c, v in phrases.items() if c not in LAZY_CATEGORIES},
                    **self.cues.key_categories,
                }
            )
            # Phrase lists only one late step of one rule reads (greetings and sign-offs,
            # for the unnecessary-message word count): a second index, walked only then.
            self.lazy_phrases = PhraseIndex(
                {c: v for c, v in phrases.items() if c in LAZY_CATEGORIES}
            )
        except (ValueError, re.error) as exc:
            raise RulesetError(f"phrases.json or cues.json: {exc}") from exc

        domains = data["domains.json"]
        self.domain_data: Mapping[str, Any] = domains
        self.marketplaces: dict[str, Marketplace] = {
            code.upper(): Marketplace(code.upper(), m["region"], m["language"])
            for code, m in domains["marketplaces"].items()
        }
        self.amazon_domains: frozenset[str] = frozenset(domains["amazon_domains"])
        self.carrier_domains: frozenset[str] = frozenset(domains["carrier_tracking_domains"])
        self.tlds: frozenset[str] = data["tlds"]

        self.characters: Mapping[str, Any] = data["characters.json"]
        self.languages: Mapping[str, Any] = data["languages.json"]
        # Detectors are compiled lazily, once per Ruleset (see engine.detectors()).
        self._compiled: dict[str, object] = {}

    def with_settings(self, **changes: Any) -> Ruleset:
        """A copy with some settings changed, sharing the compiled matchers."""
        clone = object.__new__(Ruleset)
        for slot, value in self.__dict__.items():
            setattr(clone, slot, value)
        clone.settings = dataclasses.replace(self.settings, **changes)
        return clone

    def marketplace(self, code: str) -> Marketplace:
        code = (code or "US").upper()
        return self.marketplaces.get(code, Marketplace(code, code, "en"))

    def is_allowed_host(self, host: str) -> bool:
        """An Amazon domain or a carrier's tracking domain, or a subdomain of one."""
        host = host.lower().rstrip(".")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            suffix = ".".join(parts[i:])
            if suffix in self.amazon_domains or suffix in self.carrier_domains:
                return True
        return False


def _build(cls: type[Any], values: Mapping[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(values) - names
    if unknown:
        raise RulesetError(f"unknown {cls.__name__.lower()}: {', '.join(sorted(unknown))}")
    return cls(**values)


def _read_dir(path: Path | None) -> dict[str, Any]:
    data: dict[str, Any] = {}
    base = resources.files("inbox_app.resources") / "policy" if path is None else path
    try:
        for name in DATA_FILES:
            data[name] = json.loads((base / name).read_text(encoding="utf-8"))
        tld_text = (base / "tlds.txt").read_text(encoding="utf-8")
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RulesetError(f"cannot read the rule data: {exc}") from exc
    data["tlds"] = frozenset(
        line.strip().lower()
        for line in tld_text.splitlines()
        if line.strip() and not line.startswith("#")
    )
    return data


@functools.lru_cache(maxsize=8)
def load_ruleset(path: Path | str | None = None) -> Ruleset:
    """The rule set from `path` (a directory of data files) or the bundled one; cached."""
    try:
        return Ruleset(_read_dir(Path(path) if path is not None else None))
    except (KeyError, TypeError) as exc:
        raise RulesetError(f"malformed rule data: {exc!r}") from exc
