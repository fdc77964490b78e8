"""The height between the conversation and the reply, in the real window (issue 13,
item 1): on a short screen the conversation keeps half and the reply its lines to write
in; an empty reply does not take most of a tall window; a long draft grows the reply
(the conversation read to its end stays there) and gives the room back when it is
sent; a split the seller drags is kept, also after a restart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from inbox_app.views.compose.room import ComposeRoom
from tests.helpers.window import open_window


def _split_ready(w: Any, qtbot: Any) -> Any:
    split = w.ui.conversation.splitter
    qtbot.waitUntil(lambda: min(split.sizes()) > 0)
    return split


def _conversation_share(split: Any) -> float:
    sizes = split.sizes()
    return sizes[0] / sum(sizes)


def _lines_shown(body: Any) -> float:
    return body.viewport().height() / body.fontMetrics().lineSpacing()


def _open_a_long_thread(w: Any, qtbot: Any) -> None:
    """Select a thread with at least three messages (the demo has them)."""
    model = w.models.threads
    for row in range(model.rowCount()):
        w.threads.select_thread(model.thread_at(row).id)
        cards = w.ui.conversation.cards
        qtbot.waitUntil(lambda: w.compose.thread_id == w.current_thread_id())
        if len(cards()) >= 3:
            return
    raise AssertionError("no thread with three messages")


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_short_window_keeps_half_for_the_conversation_and_lines_to_write(
    main_window: Callable[..., Any], install: Callable[[str], Any], qtbot: Any, lang: str
) -> None:
    if lang != "en":
        install(lang)
    w = open_window(main_window, qtbot, (1024, 700))
    assert w.height() == 700  # the window fits the screen (every tab may be shorter)
    _open_a_long_thread(w, qtbot)
    split = _split_ready(w, qtbot)
    share = ComposeRoom.CONVERSATION_SHARE
    qtbot.waitUntil(lambda: _conversation_share(split) >= share - 0.01)
    body = w.compose.ui.body
    assert _lines_shown(body) >= ComposeRoom.BODY_LINES
    # more than the newest card: the two newest cards fit in the conversation together
    cards = w.ui.conversation.cards()
    two = cards[-1].geometry().bottom() - cards[-2].geometry().top()
    assert two <= w.ui.conversation.scroll_area.viewport().height()


def test_an_empty_reply_does_not_take_most_of_a_tall_window(
    main_window: Callable[..., Any], qtbot: Any
) -> None:
    w = open_window(main_window, qtbot, (1920, 1080))
    split = _split_ready(w, qtbot)
    body = w.compose.ui.body
    qtbot.waitUntil(lambda: _lines_shown(body) >= ComposeRoom.COMFORT_LINES)
    assert _lines_shown(body) < ComposeRoom.COMFORT_LINES + 2  # not 26 empty lines
    assert _conversation_share(split) > 0.55


def test_a_long_draft_grows_the_reply_and_gives_the_room_back(
    main_window: Callable[..., Any], qtbot: Any
) -> None:
    w = open_window(main_window, qtbot, (1920, 1080))
    _open_a_long_thread(w, qtbot)
    split = _split_ready(w, qtbot)
    body = w.compose.ui.body
    qtbot.waitUntil(lambda: _lines_shown(body) >= ComposeRoom.COMFORT_LINES)
    empty = split.sizes()[1]
    bar = w.ui.conversation.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # read to the end
    body.setPlainText("\n".join(f"Line {n} of a long answer." for n in range(30)))
    total = sum(split.sizes())
    qtbot.waitUntil(lambda: split.sizes()[1] >= int(total * ComposeRoom.DRAFT_SHARE) - 1)
    assert split.sizes()[1] > empty
    assert bar.value() == bar.maximum()  # the newest message is still in view
    body.setPlainText("Short again.")
    qtbot.waitUntil(lambda: abs(split.sizes()[1] - empty) <= 1)


def test_a_long_draft_on_a_short_window_keeps_the_conversation_readable(
    main_window: Callable[..., Any], qtbot: Any
) -> None:
    w = open_window(main_window, qtbot, (1024, 700))
    split = _split_ready(w, qtbot)
    qtbot.waitUntil(lambda: _conversation_share(split) >= ComposeRoom.CONVERSATION_SHARE - 0.01)
    empty = split.sizes()[1]
    w.compose.ui.body.setPlainText("\n".join(f"Line {n} of a long answer." for n in range(30)))
    room = w.compose.parent().findChild(ComposeRoom)
    room.fit()  # what the edit's refit does, now
    assert split.sizes()[1] <= empty + 1  # the box scrolls; the question stays in view


def _drag_handle(qtbot: Any, split: Any, dy: int) -> None:
    """Drag the handle between the conversation and the reply by `dy` px, as a mouse does."""
    handle = split.handle(1)
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, start + QPoint(0, dy // 2))
    QTest.mouseMove(handle, start + QPoint(0, dy))
    QTest.mouseRelease(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, dy)
    )


def test_a_dragged_split_is_kept_and_remembered(
    main_window: Callable[..., Any], demo_store: Callable[..., Any], qtbot: Any
) -> None:
    store = demo_store()
    w = open_window(main_window, qtbot, (1280, 800), store=store)
    split = _split_ready(w, qtbot)
    qtbot.waitUntil(lambda: _conversation_share(split) >= ComposeRoom.CONVERSATION_SHARE - 0.01)
    before = split.sizes()[1]
    _drag_handle(qtbot, split, -120)  # a taller reply, by hand
    qtbot.waitUntil(lambda: split.sizes()[1] >= before + 100)
    chosen = split.sizes()[1]
    w.compose.ui.body.setPlainText("A short reply.")  # a draft does not undo the choice
    total = sum(split.sizes())
    w.resize(1280, 1000)  # a taller window: the conversation grows, the pane keeps its room
    qtbot.waitUntil(lambda: sum(split.sizes()) > total)
    assert abs(split.sizes()[1] - chosen) <= 2
    kept = split.sizes()[1]
    w.close()
    again = open_window(main_window, qtbot, (1280, 1000), store=store)
    split2 = _split_ready(again, qtbot)
    qtbot.waitUntil(lambda: abs(split2.sizes()[1] - kept) <= 2)  # the seller's split
    again.resize(1024, 700)  # a smaller screen: the conversation keeps its least
    lines = again.compose.ui.body.fontMetrics().lineSpacing()
    least = lines * ComposeRoom.CONVERSATION_LINES
    qtbot.waitUntil(lambda: split2.sizes()[0] >= least - 1)
    assert split2.sizes()[1] < kept
    again.resize(1280, 1000)  # and back: the seller's height again
    qtbot.waitUntil(lambda: abs(split2.sizes()[1] - kept) <= 2)
