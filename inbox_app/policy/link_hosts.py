"""Judging a link candidate's host: which top-level domains count, Amazon look-alikes,
template variables that only look like domains, and the host of a URL."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# "find us at shop dot com" names a website: a pronoun is no mailbox (more words in data).
_NOT_A_MAILBOX = frozenset({"us", "me", "them", "it", "you", "home", "here"})
# Digits and Cyrillic/Greek letters that pass for Latin ones in a host name.
_SKELETON = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "@": "a"}
    | dict(zip("аеорсхуіѕјԁһмтвкпαεορτκνιϲ", "aeopcxyisjdhmtbknaeoptkvic", strict=True))
)


@dataclass(frozen=True, slots=True)
class SpelledDot:
    """A dot spelled as a word of some languages ("punkt", "point", "punto"): the TLDs it
    is believed before, and those languages' function words (no label before the dot; a
    TLD that is one of them, Spanish "es", only where the clause ends)."""

    tlds: frozenset[str]
    function_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class HostRules:
    """The rule set's domain data: known TLDs, TLDs a bare domain ignores, the TLDs an
    obfuscated domain is believed with, words that name a place, not a mailbox, and the
    dots spelled as words of a language."""

    tlds: frozenset[str]
    ignore_tlds: frozenset[str]
    obfuscation_tlds: frozenset[str]
    not_mailbox: frozenset[str]
    spelled_dots: Mapping[str, SpelledDot] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        tlds: frozenset[str],
        ignore_tlds: Iterable[str],
        obfuscation_tlds: Iterable[str],
        place_words: Iterable[str] = (),
        spelled_dots: Mapping[str, SpelledDot] | None = None,
    ) -> HostRules:
        return cls(
            tlds,
            frozenset(ignore_tlds),
            frozenset(obfuscation_tlds),
            _NOT_A_MAILBOX | frozenset(place_words),
            dict(spelled_dots or {}),
        )

    def tld_ok(self, tld: str, *, obfuscated: bool) -> bool:
        if obfuscated:
            return tld in self.obfuscation_tlds
        return tld in self.tlds and tld not in self.ignore_tlds


def skeleton(host: str) -> str:
    """Undo the usual digit-for-letter tricks, for spotting Amazon look-alikes."""
    return host.translate(_SKELETON).replace("rn", "m").replace("-", "")


_DOTTED_TAIL = re.compile(r"\.[\w.]+")
_HOST_END = re.compile(r"[:/?#]")


def placeholder(
    folded: str, start: int, end: int, domain_tlds: frozenset[str] = frozenset()
) -> bool:
    """A template variable ({$Shop.global_name}, $order->shop.name, %order.id%,
    {buyer.name}), not a domain: the dotted run goes on with characters no host name has,
    follows `$` or `->`, or is a name between two `%` or in braces. A name in `%` or
    braces that ends in one of `domain_tlds` ({myshop.com}) stays a domain."""
    before = folded[max(0, start - 2) : start]
    if before.endswith("$") or before == "->":
        return True
    if _in_braces(folded, start, end):
        return True
    if _tight_tag(folded, start, end):
        last = _HOST_END.split(folded[start:end], maxsplit=1)[0].rpartition(".")[2]
        if last not in domain_tlds:
            return True
    tail = _DOTTED_TAIL.match(folded, end, min(len(folded), end + 64))
    return tail is not None and "_" in tail.group()


def _in_braces(folded: str, start: int, end: int) -> bool:
    """Inside a `{{ ... }}`, `{% ... %}` or `[[ ... ]]` template tag ({{var customer.name}},
    [[product.name]], {{ rawUrl('frontend.account.order.page', { 'code': order.code }) }}),
    which the shop software replaces before the message leaves."""
    return any(_in_tag(folded, start, end, left, right) for left, right in _TAGS)


# Template tags and how far from a name their ends may be: an expression's arguments
# (quoted route names, inner `{ ... }` maps) make a tag longer than a variable's name.
_TAGS = (("{{", "}}"), ("{%", "%}"), ("[[", "]]"))
_TAG_REACH = 160


# A tag whose name is a template variable's (letters, digits, _ . - :), written tight:
# %order.id%, %shop.name%, {buyer.name}, or { order.id } (blanks inside braces only), so
# the "%" of "20% off" or a "{" opened sentences earlier never makes a tag of a domain.
_TAG_NAME = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-:")
_TAG_MAX = 64


def _tight_tag(folded: str, start: int, end: int) -> bool:
    """folded[start:end] is the whole name (or its dotted part) of a %name% or {name} tag."""
    i = _walk(folded, start, -1, _TAG_NAME)
    j = _walk(folded, end, 1, _TAG_NAME)
    if folded[i - 1 : i] == "%" and folded[j : j + 1] == "%":
        return True
    i, j = _walk(folded, i, -1, frozenset(" ")), _walk(folded, j, 1, frozenset(" "))
    return folded[i - 1 : i] == "{" and folded[j : j + 1] == "}"


def _walk(folded: str, at: int, step: int, chars: frozenset[str]) -> int:
    """From `at`, over at most _TAG_MAX of `chars` to the left (step -1) or right (+1)."""
    if step < 0:
        lo = max(0, at - _TAG_MAX)
        while at > lo and folded[at - 1] in chars:
            at -= 1
        return at
    hi = min(len(folded), at + _TAG_MAX)
    while at < hi and folded[at] in chars:
        at += 1
    return at


def _in_tag(folded: str, start: int, end: int, left: str, right: str) -> bool:
    opened = folded.rfind(left, max(0, start - _TAG_REACH), start)
    if opened == -1 or right in folded[opened:start]:
        return False
    closed = folded.find(right, end, end + _TAG_REACH)
    return closed != -1 and left not in folded[end:closed]


_WHITESPACE = re.compile(r"\s")
_NETLOC_END = re.compile(r"[/?#]")


def url_host(url: str) -> tuple[str, str]:
    """(host, scheme) of a URL as written ("hxxp" and blanks undone); ("", "") if unreadable."""
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
