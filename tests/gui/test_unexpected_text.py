"""An error nobody foresaw (a bug) in a window or dialog: one sentence in the interface
language that names its kind, says nothing saved is lost and where the details are; the
traceback goes to the log; no secret in either; never a repr or a traceback on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inbox_app import redaction
from inbox_app.crashlog import log_path
from inbox_app.models.unexpected_text import unexpected_text
from inbox_app.views.order_import import OrderImporter, summary_text
from tests.helpers.runner import with_own_runner

SECRET = "hunter2-app-password"


@pytest.fixture
def a_secret() -> Iterator[str]:
    redaction.remember(SECRET)
    yield SECRET
    redaction.forget_all()


def _raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:  # a traceback to log, as in real use
        return caught


def test_a_bug_is_said_in_italian_and_its_traceback_logged_without_the_secret(
    install: Callable[[str], object], a_secret: str
) -> None:
    install("it")
    before = log_path().read_text("utf-8") if log_path().exists() else ""
    shown = unexpected_text(_raised(RuntimeError(f"login with {a_secret} refused")))
    assert shown.startswith("Seller Inbox ha incontrato un problema imprevisto (RuntimeError: ")
    assert "Nulla di ciò che era già salvato è andato perso." in shown
    assert str(log_path()) in shown
    assert a_secret not in shown and redaction.MASK in shown
    logged = log_path().read_text("utf-8")[len(before) :]
    assert "Traceback (most recent call last)" in logged and "RuntimeError" in logged
    assert a_secret not in logged
    assert "Traceback" not in shown


def test_an_exception_without_a_message_is_named_by_its_kind() -> None:
    shown = unexpected_text(_raised(KeyError()))
    assert "(KeyError)" in shown and "KeyError()" not in shown


class _Broken:
    """An inbox service whose import hits a bug (not a report refusal)."""

    def import_orders(self, path: str, **_: object) -> object:
        raise ZeroDivisionError("division by zero")


def test_a_bug_in_an_order_import_is_a_sentence_and_the_other_files_go_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    importer = with_own_runner(lambda runner: OrderImporter(_Broken(), runner))  # type: ignore[arg-type]
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    with qtbot.waitSignal(importer.finished, timeout=10_000) as done:
        assert importer.import_files(paths)
    results = done.args[0]
    assert [r.path for r in results] == paths
    text = summary_text(results)
    assert text.count("not imported. Seller Inbox hit an unexpected problem") == 2
    assert "ZeroDivisionError: division by zero" in text
    assert "ZeroDivisionError('" not in text and "Traceback" not in text
