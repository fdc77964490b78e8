"""The subject tag `[Important]` (`[Wichtig]` on Amazon.de): find, add, remove."""

from __future__ import annotations

import functools
import re

from inbox_app.policy.ruleset import Ruleset, load_ruleset


@functools.lru_cache(maxsize=64)
def _tag_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    # Square brackets (also full-width ones), any case, spaces inside tolerated.
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[\[［]\s*(?:{alternatives})\s*[\]］]", re.IGNORECASE)


def tag_words(marketplace: str, ruleset: Ruleset | None = None) -> tuple[str, ...]:
    """Accepted tag words, the preferred one first (e.g. ("Wichtig", "Important") on DE)."""
    rs = ruleset or load_ruleset()
    tags = rs.important_tags
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
