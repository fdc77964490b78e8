"""Links and addresses written to slip past a filter: "bob (at) shop (dot) com",
"bob at shop dot com" (a mailbox, or a place: "order at shop dot com"), dots with
spaces around them ("www. shop .com", "shop . com") and dots spelled in a language
("shop punkt de", "boutique point fr", "tienda punto es")."""

from __future__ import annotations

import re

from inbox_app.policy.automata import all_matches, automaton
from inbox_app.policy.link_hosts import HostRules
from inbox_app.policy.link_patterns import (
    AT_SPLIT,
    LABEL_CHAR,
    LOCAL_CHARS,
    OBF_AT_HINTS,
    OBF_EMAIL,
    PLAIN_AT,
    SEP_SPLIT,
    SPACED_DOT,
    SPACED_WWW,
    SPACES,
)
from inbox_app.policy.link_scan import Email, Link, Taken

# The bracketed and spelled at-signs, looked for in one automaton pass (thirteen
# substring searches of the text cost ~8 µs on 1,000 characters outside ASCII).
_AT_HINTS = automaton(OBF_AT_HINTS)
# "see our store at shop dot com": a word after one of these names a thing, not a mailbox.
_DETERMINERS = frozenset({"our", "the", "my", "your", "a", "an", "this", "their"})
_WORD_BEFORE = re.compile(r"([\w']+)\s*$")


def obfuscated_emails(folded: str, rules: HostRules, taken: Taken) -> list[Email]:
    """Addresses with a spelled or bracketed "at", outside the spans already taken
    (each one found is added to them)."""
    emails: list[Email] = []
    hinted = bool(all_matches(_AT_HINTS, folded)) or (" at " in folded and " dot " in folded)
    for m in OBF_EMAIL.finditer(folded) if hinted else ():
        if taken.overlaps(m.start(), m.end()):
            continue
        local_and_domain = AT_SPLIT.split(m.group(), maxsplit=1)
        if len(local_and_domain) != 2:
            continue
        domain = local_and_domain[1]
        labels = [p for p in SEP_SPLIT.split(domain) if p]
        plain_at = PLAIN_AT.fullmatch(m.group()) is not None
        if plain_at and not _mailbox(rules, folded, m.start(), local_and_domain):
            continue  # "order at shop dot com": a place (the domain is a link below)
        plain_dots = SEP_SPLIT.sub(".", domain) == domain.replace("\u3002", ".")
        if plain_at and plain_dots:
            continue  # "we are at amazon.com": a link maybe, not an e-mail address
        if labels and rules.tld_ok(labels[-1], obfuscated=True):
            emails.append(Email(m.start(), m.end(), True, m.group()))
            taken.add(m.start(), m.end())
    return emails


def _mailbox(rules: HostRules, folded: str, start: int, parts: list[str]) -> bool:
    """Whether "X at Y dot com" (plain word "at") names a mailbox X, not a place.

    "write to bob at shop dot com" is an address; "order at shop dot com", "see our
    store at shop dot com" and "at www dot shop dot com" name a website: one finding,
    the link, not also an e-mail address.
    """
    local, domain = parts[0].strip(), parts[1].strip()
    if domain.startswith("www"):
        return False
    if any(c in LOCAL_CHARS or c.isdigit() for c in local):
        return True
    if local in rules.not_mailbox:
        return False
    before = _WORD_BEFORE.search(folded, max(0, start - 24), start)
    return before is None or before.group(1) not in _DETERMINERS


def spaced_links(original: str, folded: str, rules: HostRules, taken: Taken) -> list[Link]:
    """Domains whose dots carry spaces: "www. shop .com", "shop . com", outside the spans
    already taken (each one found is added to them)."""
    if not (" ." in folded or ("www" in folded and ". " in folded)):
        return []
    found: list[tuple[int, int, bool]] = []
    at = folded.find("www")
    while at != -1:
        m = SPACED_WWW.match(folded, at)
        if m is not None and (at == 0 or not folded[at - 1].isalnum()):
            found.append((at, m.end(), True))
        at = folded.find("www", at + 3)
    at = folded.find(" .")
    while at != -1:
        m = SPACED_DOT.match(folded, at)
        start = at
        while start > 0 and LABEL_CHAR.match(folded[start - 1]):
            start -= 1
        if m is not None and start < at and folded[start - 1 : start] not in (".", "@"):
            found.append((start, m.end(), False))
        at = folded.find(" .", at + 2)
    links: list[Link] = []
    for start, end, www in found:
        if taken.overlaps(start, end):
            continue
        labels = SPACES.sub("", folded[start:end]).split(".")
        tld_text = original[end - len(labels[-1]) : end]
        if tld_text[:1].isupper() and not tld_text.isupper():
            continue  # "... today. Com" starts a sentence
        if not www and not rules.tld_ok(labels[-1], obfuscated=True):
            continue
        if www and labels[-1] not in rules.tlds:
            continue
        links.append(Link(start, end, ".".join(labels), "", True, folded[start:end]))
        taken.add(start, end)
    return links


def spelled_links(
    folded: str, rules: HostRules, pattern: re.Pattern[str] | None, taken: Taken
) -> list[Link]:
    """Domains whose dots are words of a language ("shop punkt de", "www punto negozio
    punto it"), each believed only before its word's TLDs, outside the spans already
    taken (each one found is added to them). `pattern` is spelled_dot_pattern's."""
    first = pattern.search(folded) if pattern is not None else None
    if first is None or pattern is None:
        return []
    spelled = rules.spelled_dots
    links: list[Link] = []
    floor = 0  # a walk left never goes back past the previous walk's match
    for m in pattern.finditer(folded, first.start()):
        word, tld = m.group(1), m.group(2)
        dot = spelled[word]
        if tld not in dot.tlds or (m.start() and folded[m.start() - 1] not in " \t"):
            continue
        if tld in dot.function_words and not _clause_ends(folded, m.end()):
            continue  # "el punto es que ...": Spanish "is", not the TLD
        labels, start = _labels_before(folded, m.start(), word, floor)
        floor = m.end()
        if not labels or any(x in dot.function_words for x in labels):
            continue  # "Punkt de" alone, "Sie punkt de", "el punto es."
        if taken.overlaps(start, m.end()):
            continue
        host = ".".join([*reversed(labels), tld])
        links.append(Link(start, m.end(), host, "", True, folded[start : m.end()]))
        taken.add(start, m.end())
    return links


# Labels read before one spelled dot (no real host spells more dots) and a label's length.
_MAX_SPELLED_LABELS = 6
_MAX_LABEL = 63


def _label_char(ch: str) -> bool:
    return ch == "-" or LABEL_CHAR.match(ch) is not None


def _labels_before(folded: str, at: int, word: str, floor: int) -> tuple[list[str], int]:
    """The labels before the spelled dot `word` at `at`, nearest first ("www punkt shop
    punkt de" -> ["shop", "www"]), and where the farthest one starts; no labels when
    they are part of a longer name ("mail.shop punkt de": the other passes judge it).
    Nothing before `floor` is read."""
    labels: list[str] = []
    start = at
    while len(labels) < _MAX_SPELLED_LABELS:
        end = _skip_blanks_left(folded, start, floor)
        begin, lo = end, max(floor, end - _MAX_LABEL)
        while begin > lo and _label_char(folded[begin - 1]):
            begin -= 1
        if end in (start, begin):
            return labels, start
        if begin and (folded[begin - 1] in "._@/" or _label_char(folded[begin - 1])):
            return [], start  # part of a longer name or word: not a host of its own
        labels.append(folded[begin:end])
        word_end = _skip_blanks_left(folded, begin, floor)
        word_start = word_end - len(word)
        if word_end == begin or not folded.startswith(word, word_start) or word_start < 0:
            return labels, begin
        if word_start and folded[word_start - 1] not in " \t":
            return labels, begin  # "...xpunkt shop": not the word itself
        start = word_start
    return labels, start


def _skip_blanks_left(folded: str, at: int, floor: int) -> int:
    while at > floor and folded[at - 1] in " \t":
        at -= 1
    return at


def _clause_ends(folded: str, end: int) -> bool:
    """Nothing but blanks up to the end, a line break or a punctuation mark."""
    rest = folded[end : end + 40].lstrip(" \t")
    return not rest or not rest[0].isalnum()
