"""Reading an English sentence back into its template and params.

Errors often reach the window as English text (a sync result, a connection's last
error): to show them in the interface language, the text is matched against the
templates it was made from, the longest first (so that a sentence with a tail is not
read as a shorter one), and the translated template is filled with what was found.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

Patterns = tuple[tuple[str, re.Pattern[str]], ...]


def template_patterns(templates: Mapping[str, str]) -> Patterns:
    """One full-match expression per template (`{name}` fields become named groups)."""
    out = []
    formatter = string.Formatter()
    for key, template in sorted(templates.items(), key=lambda kv: -len(kv[1])):
        seen: set[str] = set()
        parts = []
        for literal, name, _spec, _conv in formatter.parse(template):
            parts.append(re.escape(literal))
            if name is None:
                continue
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
        out.append((key, re.compile("".join(parts), re.DOTALL)))
    return tuple(out)


def match_sentence(text: str, patterns: Patterns) -> tuple[str, dict[str, str]] | None:
    """(template key, params) of the first template `text` is, or None."""
    for key, pattern in patterns:
        found = pattern.fullmatch(text)
        if found:
            return key, found.groupdict()
    return None
