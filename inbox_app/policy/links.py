"""Links and e-mail addresses in all their forms, found in folded text.

Finding URLs in prose has no good maintained library: linkify-it-py validates only
a handful of TLDs and urlextract downloads its TLD list at run time. So the finder
is ours (a few precompiled regexes), the host is parsed with the stdlib's
urllib.parse, and bare domains are checked against IANA's TLD list shipped in
resources/policy/tlds.txt (no network at run time).

The parts: link_patterns (the regexes), link_scan (where candidates are, linear time),
link_hosts (judging a host), link_obfuscated (spelled and spaced forms); this module
runs them in order, each form claiming its span before the next looks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from inbox_app.policy.link_hosts import HostRules, SpelledDot, placeholder, skeleton, url_host
from inbox_app.policy.link_obfuscated import obfuscated_emails, spaced_links, spelled_links
from inbox_app.policy.link_patterns import PATH_START, SCHEME_URL, SEP_SPLIT, spelled_dot_pattern
from inbox_app.policy.link_scan import Email, Link, Taken, domains, plain_emails, trim

__all__ = ["Email", "Link", "LinkFinder"]


class LinkFinder:
    """Finds links and e-mail addresses; one instance per rule set."""

    def __init__(
        self,
        tlds: frozenset[str],
        ignore_tlds: Iterable[str],
        obfuscation_tlds: Iterable[str],
        place_words: Iterable[str] = (),
        spelled_dots: Mapping[str, SpelledDot] | None = None,
    ) -> None:
        self._rules = HostRules.of(tlds, ignore_tlds, obfuscation_tlds, place_words, spelled_dots)
        self._spelled = spelled_dot_pattern(self._rules.spelled_dots)

    def find(self, original: str, folded: str) -> tuple[list[Link], list[Email]]:
        links: list[Link] = []
        emails: list[Email] = []
        taken = Taken()
        if "." not in folded and "\u3002" not in folded and "dot" not in folded:
            return spelled_links(folded, self._rules, self._spelled, taken), emails
        for m in SCHEME_URL.finditer(folded) if "//" in folded else ():
            start, end = trim(m.start(), m.group())
            url = folded[start:end]
            host, scheme = url_host(url)
            if host:
                links.append(Link(start, end, host, scheme, scheme.startswith("hxxp"), url))
                taken.add(start, end)
        if "@" in folded:
            for s, e in plain_emails(folded):
                if not taken.overlaps(s, e):
                    emails.append(Email(s, e, False, folded[s:e]))
                    taken.add(s, e)
        emails += obfuscated_emails(folded, self._rules, taken)
        for m in domains(folded):
            start, end = trim(m.start(), m.group())
            if taken.overlaps(start, end):
                continue
            link = self._bare(original, folded, start, end)
            if link is not None:
                links.append(link)
                taken.add(start, end)
        links += spelled_links(folded, self._rules, self._spelled, taken)
        links += spaced_links(original, folded, self._rules, taken)
        links.sort(key=lambda x: x.start)
        emails.sort(key=lambda x: x.start)
        return links, emails

    def _bare(self, original: str, folded: str, start: int, end: int) -> Link | None:
        """A bare or www domain (plain or with written dots) at folded[start:end], if its
        labels and top-level domain make it one."""
        if placeholder(folded, start, end, self._rules.obfuscation_tlds):
            return None
        text = folded[start:end]
        path_at = PATH_START.search(text)
        host_text = text[: path_at.start()] if path_at else text
        labels = SEP_SPLIT.split(host_text)
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
            if not obfuscated and _abbreviation(labels, original[start : start + len(host_text)]):
                return None
        if self._rules.tld_ok(tld, obfuscated=obfuscated) or (www and not obfuscated):
            return Link(start, end, host, "", obfuscated, text)
        # Look-alike: a real domain followed by made-up labels (amazon.com.evil).
        tlds = self._rules.tlds
        for i in range(2, len(labels)):
            if labels[i - 1] in tlds and "amazon" in skeleton(".".join(labels[:i])):
                return Link(start, end, host, "", obfuscated, text)
        return None


def _abbreviation(labels: list[str], written: str) -> bool:
    """Abbreviations that run into a word without a blank, not host names: two one-letter
    labels first ("i.e.it", "z.B.ca", "u.a.de"), or a capital top-level domain after a
    capitalised word ("GmbH & Co.KG", "Art.Nr.DE"): a host is not written that way."""
    if len(labels[0]) == 1 and len(labels[1]) == 1:
        return True
    *names, tld = written.split(".")
    return (
        len(tld) > 1 and tld.isupper() and any(n[:1].isupper() and not n.isupper() for n in names)
    )
