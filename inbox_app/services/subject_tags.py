"""The marketplace's subject tag ("[Important]", "[Wichtig]"): where it stands in a
subject, adding and removing it, spelled as the policy checker reads it."""

from __future__ import annotations

import functools
import re

from inbox_app.policy.tags import preferred_tag, tag_words


@functools.cache
def _tag_pattern(marketplace: str) -> re.Pattern[str]:
    # The checker's own spelling rules (policy.tags): brackets (full-width too), any case.
    words = tag_words(marketplace)
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[\[［]\s*(?:{alternatives})\s*[\]］]", re.IGNORECASE)


def important_tag(marketplace: str) -> str:
    """The tag the toggle writes: "[Important]", "[Wichtig]" on DE."""
    return preferred_tag(marketplace)


def tag_spans(subject: str, marketplace: str) -> list[tuple[int, int]]:
    """Where the subject tag stands in `subject` (any letter case, anywhere)."""
    return [m.span() for m in _tag_pattern(marketplace).finditer(subject)]


def has_tag(subject: str, marketplace: str) -> bool:
    return _tag_pattern(marketplace).search(subject) is not None


def add_tag(subject: str, marketplace: str, tag: str) -> str:
    """The subject with the marketplace's tag at its start (unchanged if it has one)."""
    if has_tag(subject, marketplace):
        return subject
    return f"{tag} {subject.lstrip()}" if subject.strip() else f"{tag} "


def remove_tag(subject: str, marketplace: str) -> str:
    """The subject without any tag, spaces around the removed tag collapsed."""
    out = subject
    for start, end in reversed(tag_spans(subject, marketplace)):
        before, after = out[:start], out[end:]
        if before.endswith(" ") and after.startswith(" "):
            after = after[1:]
        elif not before:
            after = after.lstrip(" ")
        out = before + after
    return out
