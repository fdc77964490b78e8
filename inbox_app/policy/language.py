"""A small, deterministic guess of a message's language: scripts first, then stop words.

langdetect is randomised and takes milliseconds; lingua is accurate but loads
hundreds of MB. The checker only has to tell the marketplaces' languages apart in
a seller's message, so a stop-word vote over the folded text does (in microseconds),
and it answers None whenever it is not sure, so the warning stays quiet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

_WORD = re.compile(r"[a-zß]+")
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_SCRIPT_RUNS = tuple((lang, re.compile(script.pattern + "+")) for lang, script in _SCRIPTS)
# A letter of a script that tells the language by itself (what _SCRIPTS reads).
SCRIPTS = _ANY_SCRIPT = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    "\u1100-\u11ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)


class LanguageGuesser:
    def __init__(self, stopwords: Mapping[str, Sequence[str]], aliases: Mapping[str, str]):
        self._words: dict[str, tuple[str, ...]] = {}
        for lang, words in stopwords.items():
            for w in words:
                self._words[w] = (*self._words.get(w, ()), lang)
        self._aliases = dict(aliases)
        self.known: frozenset[str] = frozenset(stopwords) | {s for s, _ in _SCRIPTS}

    def code(self, language: str | None) -> str | None:
        """'de-DE', 'de_de', 'German' -> 'de'; None when empty."""
        if not language:
            return None
        raw = language.strip().lower().replace("_", "-")
        if not raw:
            return None
        raw = self._aliases.get(raw, raw)
        base = raw.split("-", 1)[0]
        return self._aliases.get(base, base)

    def guess(
        self, folded: str, min_words: int, *, scripts: bool = True
    ) -> tuple[str | None, dict[str, int]]:
        """(language or None if unsure, stop-word votes per language); `scripts=False`:
        the caller knows the text holds no letter of the scripts told by their letters."""
        if scripts and not folded.isascii() and _ANY_SCRIPT.search(folded):
            script = self._script(folded)
            if script is not None:
                return script, {script: 1_000_000}
        return self._vote(folded, min_words)

    def _script(self, folded: str) -> str | None:
        # Characters that are not spaces stand in for letters: digits and punctuation
        # only make the share smaller, and a share of 30% is far from the line.
        letters = len(folded) - folded.count(" ") - folded.count("\n")
        if letters <= 0:
            return None
        for lang, script in _SCRIPT_RUNS:
            # Counted by runs: a run of kana is one match, not one a character.
            n = sum(map(len, script.findall(folded)))
            if n and n / letters >= 0.3:
                if lang == "zh" and _SCRIPTS[0][1].search(folded):
                    return "ja"
                return lang
        return None

    def _vote(self, folded: str, min_words: int) -> tuple[str | None, dict[str, int]]:
        words = _WORD.findall(folded)
        votes: dict[str, int] = {}
        if len(words) < min_words:
            return None, votes
        # Each word's languages counted in C (one tuple per stop word, None for the rest);
        # only the few distinct tuples are walked in Python.
        for langs, count in Counter(map(self._words.get, words)).items():
            for lang in langs or ():
                votes[lang] = votes.get(lang, 0) + count
        if not votes:
            return None, votes
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        best, best_n = ranked[0]
        second_n = ranked[1][1] if len(ranked) > 1 else 0
        if best_n < 3 or best_n < 1.5 * second_n:
            return None, votes
        return best, votes
