"""The Outbox, Drafts and Sent views in the real window (issue 13 item 6): a draft saved in
the compose pane is counted in Drafts at once, and the Drafts view lists its thread."""

from __future__ import annotations

from inbox_app.models.roles import Role


def _count(window, key: str):
    views = window.models.views
    row = views.row_of(key)
    assert row is not None, key
    return views.data(views.index(row), Role.COUNT)


def test_a_saved_draft_is_counted_and_listed_in_drafts(main_window, qtbot):
    w = main_window()
    qtbot.waitUntil(lambda: w.compose is not None and w.current_thread_id() is not None)
    qtbot.waitUntil(lambda: _count(w, "drafts") is not None)
    before = _count(w, "drafts")
    assert _count(w, "sent") is None  # an archive: no count
    tid = w.current_thread_id()
    w.compose.ui.body.setPlainText("Your parcel left today.")
    assert not w.compose.save_now()  # on its way, in the window's write lane
    qtbot.waitUntil(lambda: _count(w, "drafts") == before + 1)
    w.show_view("drafts")
    qtbot.waitUntil(lambda: w.models.threads.rowCount() >= 1)
    ids = [w.models.threads.index(r, 0).data(Role.ID) for r in range(w.models.threads.rowCount())]
    assert tid in ids
