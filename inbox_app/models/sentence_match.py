"""Reading an English sentence back into its template and params.

Errors often reach the window as English text (a sync result, a connection's last
error): to show them in the interface language, the text is matched against the
templates it was made from, the longest first (so that a sentence with a tail is not
read as a shorter one), and the translated template is filled with what was found.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

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


class Catalogue:
    """A table of English sentences, said in the interface language under `context`.

    `text(key, params)` fills the translated template; `read(text)` reads an English
    sentence back into its template first (other text comes back as it is). A param
    that is itself one of the table's sentences or `words` is translated with it."""

    def __init__(
        self, context: str, sentences: Mapping[str, str], words: Sequence[str] = ()
    ) -> None:
        self.context = context
        self.sentences = {**sentences, **{w: w for w in words}}
        self._patterns: Patterns | None = None

    def text(self, key: str, params: Mapping[str, str]) -> str:
        template = self.sentences[key]
        translated = QCoreApplication.translate(self.context, template)
        values = {name: self.read(str(value)) for name, value in params.items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return template.format(**params)

    def read(self, text: str) -> str:
        if self._patterns is None:
            self._patterns = template_patterns(self.sentences)
        found = match_sentence(text, self._patterns)
        return self.text(*found) if found else text
