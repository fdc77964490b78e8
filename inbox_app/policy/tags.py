"""The subject tag `[Important]` (`[Wichtig]` on Amazon.de): find, add, remove."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from inbox_app.policy.ruleset import Ruleset, RulesetError


@functools.lru_cache(maxsize=64)
def _tag_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    # Square brackets (also full-width ones), any case, spaces inside tolerated.
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[\[［]\s*(?:{alternatives})\s*[\]］]", re.IGNORECASE)


@functools.cache
def _bundled_tags() -> dict[str, tuple[str, ...]]:
    """The tag words of the bundled rule data, as `Ruleset.important_tags` has them, read
    without building the rule set: the compose pane needs them before the window's first
    paint, and compiling every matcher of the rule set takes half a second."""
    source = resources.files("inbox_app.resources") / "policy" / "ruleset.json"
    try:
        tags = json.loads(source.read_text(encoding="utf-8"))["important_tags"]
        return {str(k).upper(): tuple(str(w) for w in v) for k, v in tags.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RulesetError(f"cannot read the subject tags of the rule data: {exc!r}") from exc


def tag_words(marketplace: str, ruleset: Ruleset | None = None) -> tuple[str, ...]:
    """Accepted tag words, the preferred one first (e.g. ("Wichtig", "Important") on DE)."""
    tags = ruleset.important_tags if ruleset is not None else _bundled_tags()
    return tags.get((marketplace or "").upper(), tags.get("DEFAULT", ("Important",)))


def find_important_tag(
    subject: str, marketplace: str, ruleset: Ruleset | None = None
) -> re.Match[str] | None:
    return _tag_regex(tag_words(marketplace, ruleset)).search(subject)


def has_important_tag(subject: str, marketplace: str, ruleset: Ruleset | None = None) -> bool:
    """True if the subject carries the tag anywhere, in any letter case."""
    return find_important_tag(subject, marketplace, ruleset) is not None


def preferred_tag(marketplace: str, ruleset: Ruleset | None = None) -> str:
    return f"[{tag_words(marketplace, ruleset)[0]}]"


def add_important_tag(subject: str, marketplace: str, ruleset: Ruleset | None = None) -> str:
    """The subject with the marketplace's tag in front; unchanged if it has one already."""
    if has_important_tag(subject, marketplace, ruleset):
        return subject
    tag = preferred_tag(marketplace, ruleset)
    return f"{tag} {subject}" if subject.strip() else tag


def remove_important_tag(subject: str, marketplace: str, ruleset: Ruleset | None = None) -> str:
    """The subject without any accepted tag, and without the spaces the tag left behind."""
    regex = _tag_regex(tag_words(marketplace, ruleset))
    if not regex.search(subject):
        return subject
    stripped = regex.sub(" ", subject)
    return re.sub(r"[ \t]{2,}", " ", stripped).strip()
