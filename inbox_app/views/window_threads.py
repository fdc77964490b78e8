"""The inbox side of the main window: saved views, search, sort, the thread list's
selection, the current thread (conversation and order panel) and the 30-second tick of
the deadlines. Its writes (read, "no response needed") are thread_commands.py's, shown and
written by thread_writes.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QTimer,
    Signal,
)

from inbox_app.models.roles import Role
from inbox_app.models.views_model import DEFAULT_VIEW, filter_for, is_valid_view
from inbox_app.services.inbox import InboxService
from inbox_app.services.search_limit import MAX_SEARCH_TERMS, limit_search
from inbox_app.store.queries.search_text import not_a_search
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.rows import ThreadDetail, ThreadRow
from inbox_app.views.conversation_view import ConversationView
from inbox_app.views.order_panel import OrderPanel
from inbox_app.views.sidebar import Sidebar
from inbox_app.views.thread_list_view import ThreadListView
from inbox_app.views.window_layout import SearchEdit, WindowModels

SEARCH_DEBOUNCE_MS = 250
HEADER_TICK_MS = 30_000
COUNTS_EVERY_TICKS = 4  # recount the views every 2 minutes
SORTS = ("due", "activity")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class DetailReader(Protocol):
    """Reads a thread's detail off the GUI thread (a team seat: views/team/row_reads.py)."""

    def read(self, tid: int, then: Callable[[int, ThreadDetail | None], None]) -> None: ...


class ThreadsController(QObject):
    """Owns the view key, the sort, the search and the current thread."""

    thread_selected = Signal(int)  # a thread became current (its id)
    thread_cleared = Signal()  # no thread is current
    thread_loading = Signal(int)  # selected, its detail on its way (a team seat)
    counts_stale = Signal()  # something changed what the saved views count
    status_message = Signal(str, int)  # text ("" clears), timeout in ms (0: stays)
    # the thread shown (a ThreadRow, None: none); True when it has just become current,
    # False when it was read again in place
    row_shown = Signal(object, bool)

    def __init__(
        self,
        service: InboxService,
        models: WindowModels,
        *,
        sidebar: Sidebar,
        threads_view: ThreadListView,
        search_edit: SearchEdit,
        conversation: ConversationView,
        order_panel: OrderPanel,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._models = models
        self._sidebar = sidebar
        self._list = threads_view
        self._search = search_edit
        self._conversation = conversation
        self._order_panel = order_panel
        self._settings = settings
        self._view_key = DEFAULT_VIEW
        self.seat_id: str | None = None  # this seat on a team inbox ("Mine")
        self._current: ThreadDetail | None = None
        self._details: DetailReader | None = None  # a team seat: never read here
        self._loading: int | None = None  # selected, its detail not read yet
        self._held = False  # hold_conversation(True): the list is painted first
        self._ticks = 0
        self.sort: str = "due"
        self.search_sort: str = "activity"  # a search: newest first unless asked otherwise
        self.search_timer = self._timer(SEARCH_DEBOUNCE_MS, single=True)
        self.header_timer = self._timer(HEADER_TICK_MS, single=False)
        self.header_timer.start()
        self.search_timer.timeout.connect(self.apply_search)
        self.header_timer.timeout.connect(self.tick)
        self._search.textChanged.connect(self.search_timer.start)
        self._sidebar.view_chosen.connect(self.show_view)
        self._list.selectionModel().currentRowChanged.connect(self._row_changed)
        self._models.threads.widened.connect(self._say_matches)

    def _timer(self, ms: int, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        return timer

    # --- views, search, sort -------------------------------------------------------------

    @property
    def view_key(self) -> str:
        return self._view_key

    def current_filter(self) -> ThreadFilter:
        limited = limit_search(self._search.text().strip())
        self._search.setToolTip(
            _tr("Only the first %1 words are searched.").replace("%1", str(MAX_SEARCH_TERMS))
            if limited.cut
            else ""
        )
        if limited.text and not not_a_search(limited.text):
            # search reaches every thread, answered ones included
            return ThreadFilter(states=None, query=limited.text, sort=self.search_sort)  # type: ignore[arg-type]
        flt = filter_for(self._view_key, self._service.now(), self.seat_id)
        if self._view_key in ("answered", "no_response_needed"):
            return flt
        return replace(flt, sort=self.sort)  # type: ignore[arg-type]

    def show_view(self, key: str, *, thread_id: int | None = None) -> None:
        """Show the saved view `key`, with `thread_id` (else the current thread, else the
        first) selected."""
        if not is_valid_view(key):
            key = DEFAULT_VIEW
        self._view_key = key
        self._models.views.ensure_view(key)
        self._sidebar.select_key(key)
        if self._search.text():
            self._search.blockSignals(True)
            self._search.clear()
            self._search.blockSignals(False)
        self._reload_threads(thread_id)
        self._settings.setValue("view/last", key)

    def show_view_number(self, n: int) -> bool:
        """Ctrl+digit: the n-th saved view; False when there is none."""
        keys = self._models.views.keys()
        if not 0 < n <= len(keys):
            return False
        self.show_view(keys[n - 1])
        return True

    def highlight_view(self) -> None:
        """The saved views changed (marketplaces appeared): keep the current one lit."""
        self._sidebar.select_key(self._view_key)

    def searching(self) -> bool:
        """A search (not just `*` or a lone `-word`) is shown instead of the view."""
        text = self._search.text().strip()
        return bool(text) and not not_a_search(text)

    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.searching():
            self._sidebar.clearSelection()  # results come from every view
        else:
            self.search_sort = "activity"
            self._sidebar.select_key(self._view_key)
        self._reload_threads()
        self._conversation.set_terms(self._models.threads.terms)

    def set_sort(self, sort: str) -> None:
        """Alt+U / Alt+A: the view's order, or while searching the results' order."""
        chosen = sort if sort in SORTS else "due"
        if self.searching():
            self.search_sort = chosen
        else:
            self.sort = chosen
        self._reload_threads()

    def _reload_threads(self, select: int | None = None) -> None:
        """A new row set: reset the model, keep the current thread (or `select`) selected
        if it is there."""
        keep = select if select is not None else self.current_thread_id()
        flt = self.current_filter()
        self._models.threads.set_filter(flt)
        self.select_thread(keep)
        typed = self._search.text().strip()
        if flt.query:
            self._list.set_placeholder(_tr("No threads match “%1”.").replace("%1", flt.query))
            self._say_matches()
        elif typed:  # `*`, punctuation or only `-word`s: say so, keep the view
            self._list.set_placeholder(_tr("Nothing here: no thread is in this view."))
            self.status_message.emit(
                _tr("“%1” is not a search: type a word, an order id or a buyer's name.").replace(
                    "%1", typed
                ),
                0,
            )
        else:
            self._list.set_placeholder(_tr("Nothing here: no thread is in this view."))
            self.status_message.emit("", 0)

    def _say_matches(self) -> None:
        """How many threads a search found; "or more" while only a first window of the
        matches was read (the list reads more at its end)."""
        threads = self._models.threads
        query = threads.filter.query if threads.filter is not None else None
        if not query:
            return
        rows = threads.rowCount()
        # self.tr: lupdate marks only tr(text, "", n) as a plural message
        if threads.more_matches:
            text = self.tr("%n or more thread(s) match “%1”", "", rows)
        else:
            text = self.tr("%n thread(s) match “%1”", "", rows)
        self.status_message.emit(text.replace("%1", query), 0)

    def show_order_threads(self, order_id: int, thread_id: int) -> None:
        """The threads of one order (from the Orders tab), `thread_id` selected."""
        self._view_key = "open"
        self._sidebar.clearSelection()
        self._models.threads.set_filter(
            ThreadFilter(states=None, order_id=order_id, sort="activity")
        )
        self.select_thread(thread_id)

    def select_thread(self, thread_id: int | None, *, fallback_first: bool = True) -> None:
        threads = self._models.threads
        row = threads.row_of(thread_id) if thread_id is not None else None
        if row is None:
            row = 0 if fallback_first and threads.rowCount() else None
        if row is None:
            self._list.selectionModel().clearCurrentIndex()
            self._list.clearSelection()
            self._show_thread(None)
            return
        index = self._models.threads_view.index(row, 0)
        self._list.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._list.scrollTo(index)

    def move_selection(self, step: int) -> None:
        """J/K: the next or previous thread, paging as needed."""
        model = self._models.threads
        row = self._list.currentIndex().row()
        target = max(0, row + step) if row >= 0 else 0
        if target >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        if 0 <= target < model.rowCount():
            self.select_thread(model.id_at(target))

    # --- changes from elsewhere ------------------------------------------------------------

    def threads_changed(self, ids: list[int]) -> None:
        """Other parts (sync, compose, outbox) changed these threads: update in place."""
        self._models.threads.update_threads(ids)
        if self._current is not None and self._current.thread.id in ids:
            self.refresh_current()
        self.counts_stale.emit()

    def refresh(self) -> None:
        """F5: re-read the loaded rows in place and the counts (no reset)."""
        self.refresh_loaded()
        self.counts_stale.emit()

    def refresh_loaded(self) -> None:
        """Orders or rules changed: the loaded rows and the current thread, in place."""
        self._models.threads.refresh_rows(self._models.threads.loaded_ids())
        self.refresh_current()

    def refresh_order(self, order_id: int) -> None:
        """One order's type changed: its threads' rows (both lists) and the current one."""
        for model in (self._models.threads, self._models.order_threads):
            model.refresh_rows(model.ids_for_order(order_id))
        self.refresh_current()

    # --- the current thread ----------------------------------------------------------------

    def current_thread_id(self) -> int | None:
        index = self._list.currentIndex()
        value = index.data(Role.ID) if index.isValid() else None
        return value if isinstance(value, int) else None

    def current_thread(self) -> ThreadRow | None:
        return self._current.thread if self._current is not None else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        thread_id = current.data(Role.ID) if current.isValid() else None
        self._show_thread(thread_id if isinstance(thread_id, int) else None)

    def hold_conversation(self, held: bool) -> None:
        """While held, the current thread is selected in the list but its conversation and
        order are neither read nor built (the first page paints sooner); then shown."""
        if self._held and not held:
            self._held = False
            self._row_changed(self._list.currentIndex(), QModelIndex())
        self._held = held

    def read_details_with(self, details: DetailReader) -> None:
        """A team seat: the selected thread's detail is read by `details`, off this thread;
        meanwhile its header shows what the list row knows."""
        self._details = details

    def _show_thread(self, thread_id: int | None) -> None:
        if self._held:
            return
        self._loading = None
        if thread_id is not None and self._details is not None:
            return self._ask_detail(thread_id, self._details)
        detail = self._service.thread_detail(thread_id) if thread_id is not None else None
        self._present(detail)

    def _ask_detail(self, tid: int, details: DetailReader) -> None:
        self._loading, self._current = tid, None
        row = self._models.threads.cached_row(tid)  # its header at once, from the list
        self._models.conversation.set_thread(tid, ())
        self._conversation.set_thread(row, self._models.threads.seconds_left(row) if row else None)
        self._order_panel.show_pending(row)
        self._conversation.show_reading()
        self.thread_loading.emit(tid)
        details.read(tid, self._detail_read)

    def _detail_read(self, tid: int, detail: ThreadDetail | None) -> None:
        if self._loading != tid or self._held or self.current_thread_id() != tid:
            return  # another thread is selected now (its own read is on its way)
        self._loading = None
        self._present(detail)

    def _present(self, detail: ThreadDetail | None) -> None:
        self._current = detail
        if detail is None:
            self._models.conversation.set_thread(None, ())
            self._conversation.set_thread(None)
            self._order_panel.show_order(None, None)
            self.row_shown.emit(None, True)
            self.thread_cleared.emit()
            return
        self._models.conversation.set_thread(detail.thread.id, detail.messages)
        self._conversation.set_terms(self._models.threads.terms)
        self._conversation.set_thread(
            detail.thread, self._models.threads.seconds_left(detail.thread)
        )
        self._order_panel.show_order(detail.order, detail.thread)
        self.row_shown.emit(detail.thread, True)
        self._settings.setValue("thread/last", detail.thread.id)  # reopened next time
        self.thread_selected.emit(detail.thread.id)

    def refresh_current(self) -> None:
        """Re-read the current thread (after a change) and update it in place."""
        if self._loading is not None and self._details is not None:
            self._details.read(self._loading, self._detail_read)  # (read again: newer)
            return
        if self._current is None:
            return
        tid = self._current.thread.id
        self._models.threads.refresh_rows([tid])
        if self._details is not None:
            self._details.read(tid, self.show_current)
            return
        self.show_current(tid, self._service.thread_detail(tid))

    def show_current(self, tid: int, detail: ThreadDetail | None) -> None:
        """A fresh read of thread `tid` (made anywhere), shown in place if still current."""
        if self._loading == tid:  # read elsewhere before the selection's own read came
            self._detail_read(tid, detail)
            return
        if self._current is None or self._current.thread.id != tid:
            return
        self._current = detail
        if detail is None:
            self._show_thread(None)
            return
        self._models.conversation.set_thread(tid, detail.messages)
        thread = detail.thread
        self._conversation.set_thread(thread, self._models.threads.seconds_left(thread))
        self._order_panel.show_order(detail.order, thread)
        self.row_shown.emit(thread, False)

    def show_edited(self, row: ThreadRow) -> None:
        """A change made here, shown before it is written (views/thread_writes.py): the
        header of the thread if it is current; its messages are read back after the write."""
        current = self._current
        if current is None or current.thread.id != row.id:
            return
        self._current = replace(current, thread=row)
        self._conversation.set_thread(row, self._models.threads.seconds_left(row))
        self.row_shown.emit(row, False)

    def tick(self) -> None:
        """Every 30 s: the header's time left; every 2 min the counts (deadlines pass)."""
        row = self.current_thread()
        if row is not None:
            self._conversation.update_due(row, self._models.threads.seconds_left(row))
        self._ticks += 1
        if self._ticks % COUNTS_EVERY_TICKS == 0:
            self.counts_stale.emit()
