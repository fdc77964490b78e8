"""Links and e-mail addresses in all their forms, found in folded text.

Finding URLs in prose has no good maintained library: linkify-it-py validates only
a handful of TLDs and urlextract downloads its TLD list at run time. So the finder
is ours (a few precompiled regexes), the host is parsed with the stdlib's
urllib.parse, and bare domains are checked against IANA's TLD list shipped in
resources/policy/tlds.txt (no network at run time).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

# A label: letters (Latin incl. accents, Greek, Cyrillic for homoglyphs) and digits,
# never CJK, so "お届けしました。amazon.co.jp" yields just the Amazon host.
_L = r"[a-z0-9\u00b5\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]"
# Atomic: a label never gives characters back, so a failed match costs one pass.
LABEL = rf"(?>{_L}(?:{_L}|-)*)"
PLAIN_DOT = r"[.\u3002]"
_OBF_WORDS = r"(?:dot|punto|punkt|point|ponto|ドット|\.)"
BRACKET_DOT = rf"\s*[\[\(\{{<]\s*{_OBF_WORDS}\s*[\]\)\}}>]\s*"
WORD_DOT = r"\s+dot\s+"
ANY_DOT = rf"(?:{PLAIN_DOT}|{BRACKET_DOT}|{WORD_DOT})"
_AT_WORDS = r"(?:at|chiocciola|arobase|arroba|klammeraffe|アット|@)"
BRACKET_AT = rf"\s*[\[\(\{{<]\s*{_AT_WORDS}\s*[\]\)\}}>]\s*"
WORD_AT = r"\s+at\s+"
_TRAIL = ".,;:!?)]}>'\"\u3002\u3001"

# The first letter is matched before the look-behind: a pattern that starts with letters
# lets the regex engine skip to the next "h" or "f" in C.
SCHEME_URL = re.compile(
    r"(?:h(?<![a-z]h)(?:ttps?|xxps?)|f(?<![a-z]f)tp)"
    r"\s?:\s?//[^\s<>\"'`\u3000-\u30ff\u4e00-\u9fff]+"
)
# The domain after an "@"; the local part is found by walking left from the "@"
# (a regex started at every letter of a long word would make the search quadratic).
EMAIL_DOMAIN = re.compile(rf"(?:{LABEL}{PLAIN_DOT})+{LABEL}(?![\w-])")
_LOCAL_CHARS = frozenset(".+'-_")
MAX_LOCAL_PART = 64  # RFC 5321
OBF_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w.+-]*\w(?:{BRACKET_AT}|{WORD_AT})(?:{LABEL}{ANY_DOT})+{LABEL}(?![\w-])"
)
DOMAIN = re.compile(
    rf"(?<![\w.@/\-]){LABEL}(?:{ANY_DOT}{LABEL})+(?![\w@\-])(?::\d{{1,5}})?(?:[/?#][^\s<>\"']*)?"
)
# Dots written with spaces around them: "www. shop .com", "shop . com". Only with a
# www label or a space before the dot (prose never puts one there), so "today. Com"
# at a sentence end stays prose.
SPACED_WWW = re.compile(rf"www\s*\.\s*{LABEL}(?:\s*\.\s*{LABEL})+")
# From the space before a dot: " .com", " . com" (the label before is found by walking left).
SPACED_DOT = re.compile(rf"\s+\.\s*({LABEL})(?![\w@\-])")
_LABEL_CHAR = re.compile(_L)
_SPACES = re.compile(r"\s+")
# "find us at shop dot com" names a website: a pronoun is no mailbox (more words in data).
_NOT_A_MAILBOX = frozenset({"us", "me", "them", "it", "you", "home", "here"})
# "see our store at shop dot com": a word after one of these names a thing, not a mailbox.
_DETERMINERS = frozenset({"our", "the", "my", "your", "a", "an", "this", "their"})
_WORD_BEFORE = re.compile(r"([\w']+)\s*$")
_OBF_AT_HINTS = (
    "(at",
    "[at",
    "{at",
    "<at",
    "(@",
    "[@",
    "{@",
    "<@",
    "chiocciola",
    "arobase",
    "arroba",
    "klammeraffe",
    "アット",
)
# A dot right before a letter, or a bracketed dot: without one there is no domain.
# Whether a text may hold a domain at all: a dot glued to a letter, or a bracketed dot
# (without BRACKET_DOT's leading blanks, which would make the engine try every position).
_DOMAIN_HINT = re.compile(
    rf"[.\u3002][a-z\u00df-\u024f\u0400-\u04ff]|[\[\(\{{<]\s*{_OBF_WORDS}\s*[\]\)\}}>]"
)
# Without a written dot ("dot", a bracketed dot) every domain has a plain dot followed by
# a label's first letter; DOMAIN is tried only where such a dot's run of label characters
# starts, not at every word of the text.
_BRACKET_DOT_HINT = re.compile(rf"[\[\(\{{<]\s*{_OBF_WORDS}\s*[\]\)\}}>]")
_DOT_LETTER = re.compile(r"[.\u3002][a-z\u00df-\u024f\u0400-\u04ff]")
_DOT_BEFORE_LABEL = re.compile(rf"[.\u3002](?={_L})")
# The characters of a run of labels and dots (what _L spells, as a set).
_RUN_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789\u00b5-.\u3002"
    + "".join(
        chr(c)
        for lo, hi in ((0xDF, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF))
        for c in range(lo, hi + 1)
    )
)
# A host name is at most 253 characters: a longer run is read the old way, in C.
_MAX_RUN = 253
_NOT_BEFORE_DOMAIN = re.compile(r"[\w.@/\-]")
_SEP_SPLIT = re.compile(rf"{BRACKET_DOT}|{WORD_DOT}|{PLAIN_DOT}")
_AT_SPLIT = re.compile(rf"{BRACKET_AT}|{WORD_AT}|@")
_PATH_START = re.compile(r"[:/?#]")
# Digits and Cyrillic/Greek letters that pass for Latin ones in a host name.
_SKELETON = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "@": "a"}
    | dict(zip("аеорсхуіѕјԁһмтвкпαεορτκνιϲ", "aeopcxyisjdhmtbknaeoptkvic", strict=True))
)


@dataclass(frozen=True, slots=True)
class Link:
    start: int
    end: int
    host: str
    scheme: str  # "http", "https", ... or "" for bare and www forms
    obfuscated: bool
    text: str


@dataclass(frozen=True, slots=True)
class Email:
    start: int
    end: int
    obfuscated: bool
    text: str


def _domains(folded: str) -> Iterable[re.Match[str]]:
    """DOMAIN's matches in `folded`, as DOMAIN.finditer finds them."""
    if "dot" in folded or (
        any(c in folded for c in "[({<") and _BRACKET_DOT_HINT.search(folded) is not None
    ):
        return DOMAIN.finditer(folded) if _DOMAIN_HINT.search(folded) or "dot" in folded else ()
    if _DOT_LETTER.search(folded) is None:
        return ()  # what _DOMAIN_HINT asks, without a written dot
    found: list[re.Match[str]] = []
    floor = 0
    ideographic = "\u3002" in folded
    last_dot, last_start = -1, -1  # the previous dot and where its run starts
    for dot in _DOT_BEFORE_LABEL.finditer(folded):
        i = dot.start()
        if i < floor:
            continue
        # Walk left over the run of label characters and dots the dot is in: a match can
        # only start where that run starts, or right after an ideographic full stop
        # (which DOMAIN's look-behind does not forbid). A run already walked for the
        # previous dot is not walked again.
        p, lo = i, max(floor, i - _MAX_RUN, last_dot)
        while p > lo and folded[p - 1] in _RUN_CHARS:
            p -= 1
        if p == last_dot and last_start >= floor:
            p = last_start
        elif p == lo > floor and folded[p - 1] in _RUN_CHARS:
            return DOMAIN.finditer(folded)  # a run too long for a host: the full scan
        last_dot, last_start = i, p
        starts = [p]
        if ideographic and "\u3002" in folded[p:i]:
            starts += [j + 1 for j in range(p, i) if folded[j] == "\u3002"]
        for start in starts:
            if start < floor:
                continue
            if start and _NOT_BEFORE_DOMAIN.match(folded, start - 1):
                continue
            m = DOMAIN.match(folded, start)
            if m is not None:
                found.append(m)
                floor = m.end()
                break
    return found


def _trim(start: int, text: str) -> tuple[int, int]:
    stripped = text.rstrip(_TRAIL)
    return start, start + len(stripped)


class _Taken:
    """Non-overlapping spans already claimed, kept sorted: overlap tests in O(log n)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _emails(folded: str) -> list[tuple[int, int]]:
    """Plain e-mail addresses in linear time: one domain match per "@"."""
    out: list[tuple[int, int]] = []
    at = folded.find("@")
    floor = 0
    while at != -1:
        start = at
        while start > floor and at - start < MAX_LOCAL_PART:
            ch = folded[start - 1]
            if not (ch.isalnum() or ch in _LOCAL_CHARS):
                break
            start -= 1
        while start < at and not (folded[start].isalnum() or folded[start] == "_"):
            start += 1
        domain = EMAIL_DOMAIN.match(folded, at + 1)
        ends_word = folded[at - 1].isalnum() or folded[at - 1] == "_"
        if domain is not None and start < at and ends_word:
            out.append((start, domain.end()))
            floor = domain.end()
        else:
            floor = at + 1
        at = folded.find("@", floor)
    return out


def skeleton(host: str) -> str:
    """Undo the usual digit-for-letter tricks, for spotting Amazon look-alikes."""
    return host.translate(_SKELETON).replace("rn", "m").replace("-", "")


class LinkFinder:
    """Finds links and e-mail addresses; one instance per rule set."""

    def __init__(
        self,
        tlds: frozenset[str],
        ignore_tlds: Iterable[str],
        obfuscation_tlds: Iterable[str],
        place_words: Iterable[str] = (),
    ) -> None:
        self._tlds = tlds
        self._not_mailbox = _NOT_A_MAILBOX | frozenset(place_words)
        self._ignore_tlds = frozenset(ignore_tlds)
        self._obf_tlds = frozenset(obfuscation_tlds)

    def find(self, original: str, folded: str) -> tuple[list[Link], list[Email]]:
        links: list[Link] = []
        emails: list[Email] = []
        taken = _Taken()
        if "." not in folded and "\u3002" not in folded and "dot" not in folded:
            return links, emails
        for m in SCHEME_URL.finditer(folded) if "//" in folded else ():
            start, end = _trim(m.start(), m.group())
            url = folded[start:end]
            host, scheme = _url_host(url)
            if host:
                links.append(Link(start, end, host, scheme, scheme.startswith("hxxp"), url))
                taken.add(start, end)
        if "@" in folded:
            for s, e in _emails(folded):
                if not taken.overlaps(s, e):
                    emails.append(Email(s, e, False, folded[s:e]))
                    taken.add(s, e)
        obfuscated_at = any(map(folded.__contains__, _OBF_AT_HINTS)) or (
            " at " in folded and " dot " in folded
        )
        for m in OBF_EMAIL.finditer(folded) if obfuscated_at else ():
            if taken.overlaps(m.start(), m.end()):
                continue
            local_and_domain = _AT_SPLIT.split(m.group(), maxsplit=1)
            if len(local_and_domain) != 2:
                continue
            domain = local_and_domain[1]
            labels = [p for p in _SEP_SPLIT.split(domain) if p]
            plain_at = re.fullmatch(rf".*?{WORD_AT}.*", m.group(), re.S) is not None
            if plain_at and not self._mailbox(folded, m.start(), local_and_domain):
                continue  # "order at shop dot com": a place (the domain is a link below)
            plain_dots = _SEP_SPLIT.sub(".", domain) == domain.replace("\u3002", ".")
            if plain_at and plain_dots:
                continue  # "we are at amazon.com": a link maybe, not an e-mail address
            if labels and self._tld_ok(labels[-1], obfuscated=True):
                emails.append(Email(m.start(), m.end(), True, m.group()))
                taken.add(m.start(), m.end())
        for m in _domains(folded):
            start, end = _trim(m.start(), m.group())
            if taken.overlaps(start, end):
                continue
            link = self._bare(original, folded, start, end)
            if link is not None:
                links.append(link)
                taken.add(start, end)
        if " ." in folded or ("www" in folded and ". " in folded):
            self._spaced(original, folded, links, taken)
        links.sort(key=lambda x: x.start)
        emails.sort(key=lambda x: x.start)
        return links, emails

    def _mailbox(self, folded: str, start: int, parts: list[str]) -> bool:
        """Whether "X at Y dot com" (plain word "at") names a mailbox X, not a place.

        "write to bob at shop dot com" is an address; "order at shop dot com", "see our
        store at shop dot com" and "at www dot shop dot com" name a website: one finding,
        the link, not also an e-mail address.
        """
        local, domain = parts[0].strip(), parts[1].strip()
        if domain.startswith("www"):
            return False
        if any(c in _LOCAL_CHARS or c.isdigit() for c in local):
            return True
        if local in self._not_mailbox:
            return False
        before = _WORD_BEFORE.search(folded, max(0, start - 24), start)
        return before is None or before.group(1) not in _DETERMINERS

    def _spaced(self, original: str, folded: str, links: list[Link], taken: _Taken) -> None:
        """Domains whose dots carry spaces: "www. shop .com", "shop . com"."""
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
            while start > 0 and _LABEL_CHAR.match(folded[start - 1]):
                start -= 1
            if m is not None and start < at and folded[start - 1 : start] not in (".", "@"):
                found.append((start, m.end(), False))
            at = folded.find(" .", at + 2)
        for start, end, www in found:
            if taken.overlaps(start, end):
                continue
            labels = _SPACES.sub("", folded[start:end]).split(".")
            tld_text = original[end - len(labels[-1]) : end]
            if tld_text[:1].isupper() and not tld_text.isupper():
                continue  # "... today. Com" starts a sentence
            if not www and not self._tld_ok(labels[-1], obfuscated=True):
                continue
            if www and labels[-1] not in self._tlds:
                continue
            links.append(Link(start, end, ".".join(labels), "", True, folded[start:end]))
            taken.add(start, end)

    def _tld_ok(self, tld: str, *, obfuscated: bool) -> bool:
        if obfuscated:
            return tld in self._obf_tlds
        return tld in self._tlds and tld not in self._ignore_tlds

    def _bare(self, original: str, folded: str, start: int, end: int) -> Link | None:
        if _placeholder(folded, start, end):
            return None
        text = folded[start:end]
        path_at = _PATH_START.search(text)
        host_text = text[: path_at.start()] if path_at else text
        labels = _SEP_SPLIT.split(host_text)
        if len(labels) < 2 or not all(0 < len(x) <= 63 and x[-1] != "-" for x in labels):
            return None
        host = ".".join(labels)
        obfuscated = host != host_text.replace("\u3002", ".")
        tld = labels[-1]
        www = labels[0].startswith("www") and len(labels) >= 3
        if not www:
            tld_start = start + len(host_text) - len(tld)
            original_tld = original[tld_start : tld_start + len(tld)]
            # "arrived today.Best regards": a sentence, not the domain today.best.
            if original_tld[:1].isupper() and not original_tld.isupper():
                return None
        if self._tld_ok(tld, obfuscated=obfuscated) or (www and not obfuscated):
            return Link(start, end, host, "", obfuscated, text)
        # Look-alike: a real domain followed by made-up labels (amazon.com.evil).
        for i in range(2, len(labels)):
            if labels[i - 1] in self._tlds and "amazon" in skeleton(".".join(labels[:i])):
                return Link(start, end, host, "", obfuscated, text)
        return None


_DOTTED_TAIL = re.compile(r"\.[\w.]+")


def _placeholder(folded: str, start: int, end: int) -> bool:
    """A template variable ({$Shop.global_name}, $order->shop.name), not a domain: the
    dotted run goes on with characters no host name has, or follows `$` or `->`."""
    before = folded[max(0, start - 2) : start]
    if before.endswith("$") or before == "->":
        return True
    if _in_braces(folded, start, end):
        return True
    tail = _DOTTED_TAIL.match(folded, end, min(len(folded), end + 64))
    return tail is not None and "_" in tail.group()


def _in_braces(folded: str, start: int, end: int) -> bool:
    """Inside a `{{ ... }}` or `[[ ... ]]` template tag ({{var customer.name}},
    [[product.name]]), which the shop software replaces before the message leaves."""
    return any(
        _in_tag(folded, start, end, left, right) for left, right in (("{{", "}}"), ("[[", "]]"))
    )


def _in_tag(folded: str, start: int, end: int, left: str, right: str) -> bool:
    opened = folded.rfind(left, max(0, start - 48), start)
    if opened == -1 or right in folded[opened:start]:
        return False
    closed = folded.find(right, end, end + 48)
    return closed != -1 and left not in folded[end:closed]


_WHITESPACE = re.compile(r"\s")
_NETLOC_END = re.compile(r"[/?#]")


def _url_host(url: str) -> tuple[str, str]:
    cleaned = _WHITESPACE.sub("", url).replace("hxxp", "http", 1)
    host = _plain_host(cleaned)
    if host is None:
        try:
            host = urlsplit(cleaned).hostname or ""
        except ValueError:
            return "", ""
    scheme = url.split(":", 1)[0].strip()
    return host.replace("\u3002", ".").rstrip("."), scheme


def _plain_host(cleaned: str) -> str | None:
    """The host of "scheme://host[:port][/...]" as urlsplit gives it, without its cost;
    None for what only urlsplit reads right (user info, IPv6 brackets, non-ASCII hosts)."""
    _, sep, rest = cleaned.partition("://")
    if not sep:
        return None
    end = _NETLOC_END.search(rest)
    netloc = rest[: end.start()] if end else rest
    if not netloc.isascii() or any(c in netloc for c in "@[]%\\"):
        return None
    return netloc.partition(":")[0].lower()
