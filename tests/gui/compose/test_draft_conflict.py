"""Two windows (and two processes) typing a reply on one thread of one store: the second
save does not silently replace the first; both texts are kept and the seller chooses."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread
from tests.helpers.writes import landed, save_landed

TypeText = Callable[[QWidget, str], None]
ROOT = Path(__file__).resolve().parents[3]


def _two_windows(make_pane: Callable[..., ComposePane], tid: int) -> tuple[ComposePane, ...]:
    # two windows: each has its own draft lock, so neither hands the draft to the other
    return tuple(make_pane(tid, draft_lock=DraftLock(), own_writes=True) for _ in range(2))


def test_the_second_window_keeps_its_text_and_sees_theirs(
    store: Store, make_pane: Callable[..., ComposePane], type_text: TypeText, qtbot: Any
) -> None:
    tid = make_thread(store)
    first, second = _two_windows(make_pane, tid)
    type_text(first.ui.body, "Text from the first window.")
    assert save_landed(qtbot, first)
    type_text(second.ui.body, "Text from the second window.")
    assert not save_landed(qtbot, second)
    stored = ComposeService(store).load_draft(tid)
    assert stored is not None and stored.body == "Text from the first window."  # not replaced
    assert second.conflict.isVisible()
    assert second.ui.body.toPlainText() == "Text from the second window."  # mine, kept
    assert "Text from the first window." in second.conflict.text.toPlainText()  # theirs, shown
    assert "changed in another window" in second.conflict.label.text()
    # typing on does not overwrite either while the seller has not chosen
    type_text(second.ui.body, " More.")
    assert not save_landed(qtbot, second)
    assert ComposeService(store).load_draft(tid).body == "Text from the first window."  # type: ignore[union-attr]
    qtbot.mouseClick(second.conflict.both_button, Qt.MouseButton.LeftButton)
    assert not second.conflict.isVisible()
    landed(qtbot, second)
    both = ComposeService(store).load_draft(tid)
    assert both is not None
    assert both.body.startswith("Text from the second window. More.")
    assert "Text from the first window." in both.body
    assert second.ui.body.toPlainText() == both.body
    # the first window is behind now: its next save is a conflict too, and "Use theirs"
    type_text(first.ui.body, " Edited again.")
    assert not save_landed(qtbot, first) and first.conflict.isVisible()
    first.conflict.theirs_button.setFocus()
    qtbot.keyClick(first.conflict.theirs_button, Qt.Key.Key_Space)  # the keyboard works too
    assert first.ui.body.toPlainText() == both.body
    assert save_landed(qtbot, first)
    assert ComposeService(store).load_draft(tid).body == both.body  # type: ignore[union-attr]


def test_leaving_an_unsettled_conflict_keeps_both_texts(
    store: Store, make_pane: Callable[..., ComposePane], type_text: TypeText, qtbot: Any
) -> None:
    tid, other = make_thread(store), make_thread(store)
    first, second = _two_windows(make_pane, tid)
    type_text(first.ui.body, "Theirs.")
    assert save_landed(qtbot, first)
    type_text(second.ui.body, "Mine.")
    assert not save_landed(qtbot, second) and second.conflict.isVisible()
    second.set_thread(other)  # the seller moves on without choosing: nothing is lost
    landed(qtbot, second)
    stored = ComposeService(store).load_draft(tid)
    assert stored is not None and "Mine." in stored.body and "Theirs." in stored.body
    assert not second.conflict.isVisible()


def test_another_process_saved_the_draft_keep_mine(
    store: Store,
    db_path: Path,
    make_pane: Callable[..., ComposePane],
    type_text: TypeText,
    qtbot: Any,
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid)
    type_text(pane.ui.body, "Started here.")
    assert save_landed(qtbot, pane)
    script = (
        "import sys\n"
        "from inbox_app.services.compose import ComposeService\n"
        "from inbox_app.services.drafts import DraftContent\n"
        "from inbox_app.store.migrate import open_store\n"
        "store = open_store(sys.argv[1])\n"
        "ComposeService(store).save_draft(\n"
        "    int(sys.argv[2]), DraftContent('Re: hi', 'Written by the other seat.')\n"
        ")\n"
        "store.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, store.url, str(tid)],
        check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    type_text(pane.ui.body, " And continued here.")
    assert not save_landed(qtbot, pane)
    assert "Written by the other seat." in pane.conflict.text.toPlainText()
    pane.conflict.mine_button.click()
    landed(qtbot, pane)
    stored = ComposeService(store).load_draft(tid)
    assert stored is not None and stored.body == "Started here. And continued here."
    assert not pane.conflict.isVisible()


def test_the_service_refuses_a_stale_save(store: Store) -> None:
    tid = make_thread(store)
    a = ComposeService(store).save_draft(tid, drafts.DraftContent("Re: x", "one"), expect_version=0)
    b = ComposeService(store).save_draft(
        tid, drafts.DraftContent("Re: x", "two"), expect_version=a.version
    )
    assert b.version == a.version + 1
    try:
        ComposeService(store).save_draft(
            tid, drafts.DraftContent("Re: x", "three"), expect_version=a.version
        )
    except drafts.DraftConflictError as conflict:
        assert conflict.theirs is not None and conflict.theirs.body == "two"
    else:
        raise AssertionError("a stale save replaced the newer draft")
    # the same text saved twice is no conflict; discarding someone else's newer text is one
    ComposeService(store).save_draft(
        tid, drafts.DraftContent("Re: x", "two"), expect_version=a.version
    )
    try:
        ComposeService(store).discard_draft(tid, expect_version=a.version)
    except drafts.DraftConflictError:
        pass
    else:
        raise AssertionError("a stale discard deleted the newer draft")
    assert ComposeService(store).load_draft(tid) is not None
