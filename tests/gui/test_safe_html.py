"""Received HTML is shown safely: no remote or local loads, no scripts, real link targets."""

from __future__ import annotations

import http.server
import threading
import urllib.request
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from inbox_app.services.threads import recompute_thread
from inbox_app.store.schema import Message
from inbox_app.views.safe_html import SafeTextBrowser, sanitize
from tests.helpers.clock import DEMO_NOW


@pytest.fixture
def http_hits() -> Iterator[tuple[int, list[str]]]:
    """A loopback HTTP server that counts every request made to it."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != BARRIER:  # the test's own request, not one the page made
                hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()


BARRIER = "/barrier"


def reach_server(qtbot: object, port: int) -> None:
    """Let any stray request already on its way reach the server: one of the test's own,
    sent from another thread (Qt's event loop keeps running), is answered only after the
    server has accepted the connections made before it."""
    answered: list[int] = []

    def ask() -> None:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{BARRIER}", timeout=10) as r:
            answered.append(r.status)

    threading.Thread(target=ask, daemon=True).start()
    qtbot.waitUntil(lambda: answered == [200], timeout=10_000)  # type: ignore[attr-defined]


def hostile_html(port: int) -> str:
    base = f"http://127.0.0.1:{port}"
    return f"""<html><head><title>t</title>
<link rel="stylesheet" href="{base}/style.css">
<style>@import url({base}/import.css); body {{ background: url({base}/bg.png) }}</style>
<script>document.write('<img src="{base}/script.png">'); alert('pwned')</script>
</head><body onload="alert(1)">
<p>Hello, <b>seller</b>.</p>
<img src="{base}/x.png" width=1 height=1>
<img src="file:///etc/passwd"><img src="/etc/hostname">
<img src="data:image/png;base64,iVBORw0KGgo=">
<iframe src="{base}/frame.html"></iframe>
<div style="background-image:url({base}/div.png)">styled</div>
<a href="https://evil.example/steal">Track your parcel</a>
<a href="javascript:alert(2)">js link</a>
<a href="mailto:x@example.com?attach=/etc/passwd&subject=Hi">write</a>
</body></html>"""


def test_sanitize_removes_scripts_and_remote_images_and_shows_link_targets() -> None:
    out = sanitize(hostile_html(9))
    lower = out.lower()
    for bad in (
        "<script",
        "alert",
        "onload",
        "<iframe",
        "<link",
        "<style",
        "javascript:",
        "127.0.0.1:9/x.png",
        "file:",
        "attach=",
    ):
        assert bad not in lower, bad
    assert "Track your parcel</a>" in out
    assert "&lt;https://evil.example/steal&gt;" in out
    assert "mailto:x@example.com?subject=Hi" in out


def test_browser_loads_nothing_even_for_unsanitized_html(qtbot, http_hits) -> None:
    port, hits = http_hits
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(hostile_html(port))  # raw, on purpose: the resource policy alone
    browser.resize(600, 400)
    browser.show()
    qtbot.waitExposed(browser)
    browser.grab()
    assert browser.served == []
    assert any(u.startswith("file:") or u.startswith("/etc") for u in browser.requested)
    for url in ("file:///etc/passwd", "/etc/hostname", f"http://127.0.0.1:{port}/x.png"):
        res = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert isinstance(res, QImage) and res.size().width() == 1, url  # the blank stand-in
    assert not browser.openLinks() and not browser.openExternalLinks()
    assert hits == []


def test_conversation_shows_hostile_html_safely(main_window, demo_store, qtbot, http_hits) -> None:
    port, hits = http_hits
    store = demo_store()
    w = main_window(store=store)
    tid = w.current_thread_id()
    with store.session() as s, s.begin():
        s.add(
            Message(
                thread_id=tid,
                direction="in",
                status="received",
                subject="html",
                body_text="",
                body_html=hostile_html(port),
                created_at=DEMO_NOW - timedelta(minutes=5),
            )
        )
        s.flush()
        recompute_thread(s, tid, reopen=True)
    w.refresh_current()
    card = w.ui.conversation.cards()[-1]
    assert card.message.body_html is not None
    card.grab()
    first_served = card.body.served
    reach_server(qtbot, port)  # (any stray network attempt has reached it: there must be none)
    assert first_served == []
    card = w.ui.conversation.cards()[-1]  # (marking it read may have rebuilt the cards)
    text = card.body.toPlainText()
    assert "Hello, seller." in text
    assert "<https://evil.example/steal>" in text
    assert "alert" not in text and "pwned" not in text
    assert card.body.served == []
    assert hits == []


def test_a_link_click_asks_first_and_shows_the_real_target(qtbot, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.set_safe_html('<a href="https://evil.example/steal">https://amazon.com/track</a>')
    assert "<https://evil.example/steal>" in browser.toPlainText()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    opened: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a: asked.append(text) or answers.pop(0)),
    )
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True)
    )
    url = QUrl("https://evil.example/steal")
    browser.anchorClicked.emit(url)
    assert opened == [] and "https://evil.example/steal" in asked[0]
    assert browser.confirm_link(url) and opened == ["https://evil.example/steal"]
    assert not browser.confirm_link(QUrl("file:///etc/passwd")) and len(asked) == 2
    assert browser.source().isEmpty(), "never navigates itself"
