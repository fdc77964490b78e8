"""Received HTML shown safely: sanitized with nh3, rendered with no remote or local loads.

Every render path of received HTML goes through `sanitize()` and `SafeTextBrowser`:
scripts and styles are dropped, images load only from `cid:` (our stored inline parts),
links are not followed on click and their real target is written out beside them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3
from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from inbox_app.models.colours import css

_TAGS = set(nh3.ALLOWED_TAGS) - {"area", "map"}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
LINK_SCHEMES = ("http", "https", "mailto")  # what a confirmed click may open
_MAILTO_KEEP = {"subject", "body"}  # never attach=, cc= or other parameters (TESTING-NOTES 3.2)


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if value.lower().startswith("cid:") else None
    if tag == "a" and attribute == "href":
        parts = urlsplit(value)
        if parts.scheme.lower() == "mailto":
            query = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() in _MAILTO_KEEP]
            return urlunsplit(parts._replace(query=urlencode(query)))
        if parts.scheme.lower() not in ("http", "https"):
            return None
    return value


class _LinkTargets(HTMLParser):
    """Rewrites sanitized HTML so each link shows its real target after its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self._open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")
        if tag == "a":
            self._open.append((dict(attrs).get("href") or "", []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>")
        if tag == "a" and self._open:
            href, text = self._open.pop()
            shown = html.unescape("".join(text)).strip()
            if href and shown != href:
                target = html.escape(href)
                self.out.append(f' <span style="color:{css("muted")}">&lt;{target}&gt;</span>')

    def handle_data(self, data: str) -> None:
        self.out.append(data)
        if self._open:
            self._open[-1][1].append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def sanitize(raw_html: str) -> str:
    """Allowlisted, well-formed HTML with only cid: images and visible link targets."""
    cleaned = nh3.clean(
        raw_html,
        tags=_TAGS,
        clean_content_tags={"script", "style", "title", "head", "object", "iframe", "template"},
        attributes=_ATTRIBUTES,
        attribute_filter=_filter,
        link_rel=None,
        url_schemes={"http", "https", "mailto", "cid"},
        strip_comments=True,
    )
    rewriter = _LinkTargets()
    rewriter.feed(cleaned)
    rewriter.close()
    return "".join(rewriter.out)


CidResolver = Callable[[str], bytes | None]


def _placeholder(kind: int) -> Any:
    """A non-null stand-in: a null answer makes QTextDocument read local files itself."""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(0)
        return image
    return QByteArray()


class SafeDocument(QTextDocument):
    """A document whose resources come only from its owner's policy (never disk or net)."""

    def __init__(self, policy: Callable[[int, QUrl], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._policy = policy

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return self._policy(int(type), name if isinstance(name, QUrl) else QUrl(name))


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing but our own `cid:` parts and follows no link."""

    def __init__(self, parent: QWidget | None = None, cid_resolver: CidResolver | None = None):
        super().__init__(parent)
        self._cid_resolver = cid_resolver
        self.requested: list[str] = []  # every resource the document asked for (for audits)
        self.served: list[str] = []  # the ones we actually returned content for
        self.setDocument(SafeDocument(self._resource, self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.anchorClicked.connect(self.confirm_link)

    def confirm_link(self, url: QUrl) -> bool:
        """A click on a link asks first, showing the real target; True if it was opened."""
        if url.scheme().lower() not in LINK_SCHEMES:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SafeHtml", "Open link?"),
            QCoreApplication.translate(
                "SafeHtml", "This link goes to:\n\n%1\n\nOpen it in your browser or mail program?"
            ).replace("%1", url.toString()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return bool(QDesktopServices.openUrl(url))

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        return self._resource(int(type), url)

    def _resource(self, kind: int, url: QUrl) -> Any:
        self.requested.append(url.toString())
        if url.scheme().lower() == "cid" and self._cid_resolver is not None:
            data = self._cid_resolver(url.path())
            if data is not None and kind == QTextDocument.ResourceType.ImageResource.value:
                self.served.append(url.toString())
                return QByteArray(data)
        return _placeholder(kind)  # remote, file:, data:, relative: nothing is ever loaded

    def set_safe_html(self, raw_html: str) -> None:
        self.setHtml(sanitize(raw_html))
