"""Start the GUI: QApplication, translations, the object graph, the window, the loop.

`create_window(database_url)` is the seam GUI tests use; `run()` is what `inbox-app`
(no sub-command) calls. Opening the store (preview, verified open, refusal) is in
store_opening, what waits for the first paint (and the benchmark's hook) in first_paint.
Qt and the heavier modules are imported lazily, so start-up stays fast on a
million-message store.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from inbox_app import qt_source_scan
from inbox_app.first_paint import FIRST_PAINT_ENV, after_first_paint, exit_after_first_paint
from inbox_app.settings import APP_NAME, APP_ORG
from inbox_app.store_opening import (
    EXIT_STORE_ERROR,
    OpeningWatcher,
    existing_sqlite,
    open_in_background,
    preview_store,
    show_store_error,
    tune_for_gui,
)

qt_source_scan.install()  # before the window's modules load: ~23 MB less

if TYPE_CHECKING:
    from inbox_app.store.first_page import FirstPageReader
    from inbox_app.store.migrate import Store
    from inbox_app.views.main_window import MainWindow
    from inbox_app.views.task_runner import TaskRunner
    from inbox_app.views.team.assign import AssignController


def app_settings() -> QSettings:
    """The user's window settings (INI, per user; tests point QSettings.setPath elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ORG, APP_NAME)


def create_window(
    database_url: str,
    *,
    clock: Callable[[], datetime] | None = None,
    settings: QSettings | None = None,
    store: Store | None = None,
    pending: Future[Store] | None = None,
    first_page: FirstPageReader | None = None,
    hold_panes: bool = False,
) -> MainWindow:
    """Open the store at `database_url` and build the whole window over it (not shown).

    Raises KnownStoreError when the store cannot be opened. The store is closed when
    the window is destroyed. With `pending`, `store` is a read-only preview and writes
    wait for the verified store (see `run`); with `first_page` too (and no `store`), the
    thread list reads through that reader (no SQLAlchemy) and the preview opens at the
    first read it does not serve. With `hold_panes`, the panes built over
    the verified store (compose, mail, metrics, team) wait for `window.release_panes()`,
    the current thread's conversation and the desktop shell's later parts for
    `window.first_paint_done()` (or release_panes), and the sidebar's counts for
    `window.refresh_counts()` (`run` calls them after the first paint).
    """
    from inbox_app.models.conversation_model import ConversationModel
    from inbox_app.models.order_table_model import OrderTableModel
    from inbox_app.models.thread_display_proxy import ThreadDisplayProxy
    from inbox_app.models.thread_list_model import ThreadListModel
    from inbox_app.models.views_model import ViewsModel
    from inbox_app.services.inbox import InboxService, system_clock
    from inbox_app.views.main_window import MainWindow, WindowModels
    from inbox_app.views.task_runner import TaskRunner

    if first_page is not None and pending is not None and store is None:
        opened = None
    elif store is None:
        from inbox_app.store.migrate import open_store

        opened = open_store(database_url)
    else:
        opened = store
    if opened is not None:
        tune_for_gui(opened)
    now = clock or system_clock
    service = InboxService(
        opened,
        now,
        pending=pending,
        first_page=first_page,
        open_preview=lambda: preview_store(database_url),
        url=database_url,
    )
    threads = ThreadListModel(service)
    order_threads = ThreadListModel(service)
    models = WindowModels(
        threads=threads,
        threads_view=ThreadDisplayProxy(now),
        conversation=ConversationModel(),
        views=ViewsModel(),
        orders=OrderTableModel(service),
        order_threads=order_threads,
        order_threads_view=ThreadDisplayProxy(now),
    )
    models.threads_view.setSourceModel(threads)
    models.order_threads_view.setSourceModel(order_threads)
    runner = TaskRunner(max_threads=2)
    window = MainWindow(service, models, settings or app_settings(), runner, hold_panes=hold_panes)
    for obj in (
        threads,
        order_threads,
        models.threads_view,
        models.order_threads_view,
        models.conversation,
        models.views,
        models.orders,
        runner,
    ):
        obj.setParent(window)
    window.destroyed.connect(lambda *_: service.close())
    # panes that write are built over the verified store, never over the preview; their
    # modules are imported then too (after the first paint when the panes are held)
    window.when_store_ready(lambda verified: _install_writing(window, verified))
    from inbox_app.views.desktop_shell import install_desktop

    install_desktop(window)  # icons, light/dark, the first-run guide
    window.when_store_ready(lambda verified: _install_metrics(window, verified, now))
    window.when_store_ready(lambda verified: _install_team(window, verified, runner))
    if not hold_panes:  # held: after the first paint (the recount competes with it)
        window.refresh_counts()  # in a worker
    return window


def _install_writing(window: MainWindow, store: Store) -> None:
    from inbox_app.views.writing_panes import install_writing_panes

    parts = install_writing_panes(window, store)
    window.compose, window.mail = parts.compose, parts.mail


def _install_metrics(window: MainWindow, store: Store, now: Callable[[], datetime]) -> None:
    from inbox_app.views.metrics_panes import install_metrics

    metrics = install_metrics(window, store, now)
    window.threads_updated.connect(metrics.changed)
    # a reply queued, sent, failed or undone in the compose pane changes the clock too
    # (the pane updates the thread list itself, without threads_changed)
    compose = window.compose
    if compose is not None:
        compose.queued.connect(lambda _mid, tid: metrics.changed([tid]))
        compose.outbox_changed.connect(lambda tid: metrics.changed([tid]))


def _install_team(window: MainWindow, store: Store, runner: TaskRunner) -> None:
    """The team's parts, then the assignment (back online: the team is read again)."""
    from inbox_app.views.team.assign_install import install_assignment
    from inbox_app.views.team.install import install_team

    team = window.team = install_team(window, store, runner)

    def installed(controller: AssignController | None) -> None:
        window.assign = controller

    back_online = team.live.online_changed if team.live is not None else None
    install_assignment(window, store, installed, back_online=back_online)


def install_excepthook() -> None:
    """An unexpected error in a slot: logged with its traceback, one clear sentence shown."""

    from inbox_app.models.unexpected_text import unexpected_text

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, exc.__traceback__)
            return
        message = unexpected_text(exc)
        print(f"inbox-app: {message}", file=sys.stderr)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("App", "Seller Inbox"),
                message,
            )

    sys.excepthook = hook


def load_translations(app: QCoreApplication) -> list[QTranslator]:
    """Qt's own translations for the system locale first, then our English plural forms
    ("1 thread matches"; any language falls back to them), then ours if we ship them."""
    from importlib import resources

    locale = QLocale.system()
    loaded = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    folder = resources.files("inbox_app.resources") / "translations"
    plurals = QTranslator(app)
    if plurals.load(str(folder / "inbox_app_en.qm")):
        app.installTranslator(plurals)
        loaded.append(plurals)
    ours = QTranslator(app)
    if locale.language() != QLocale.Language.English and ours.load(
        locale, "inbox_app", "_", str(folder)
    ):
        app.installTranslator(ours)
        loaded.append(ours)
    return loaded


def run(db: str | None, demo: bool) -> int:
    """Open the window on `db` (or the demo store) and run the event loop."""
    from inbox_app.heap import one_arena

    one_arena()  # before the first thread (the verified open) starts
    from inbox_app.settings import demo_db_path
    from inbox_app.store_url import database_url

    url = database_url(demo_db_path() if demo else db)
    # an existing file is painted first from a read-only preview; the verified open
    # (the checks, the whole-file check after an unclean shutdown, a migration) waits for
    # that first paint, so the two never compete for the interpreter. A new file, a demo
    # being built, a server store or one that needs a migration opens verified first.
    may_preview = existing_sqlite(url)
    gate = threading.Event()
    opening = open_in_background(db, demo, gate if may_preview else None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from inbox_app.gui_gc import GuiThreadCollector

    GuiThreadCollector(app)  # garbage is collected on this thread only (see gui_gc)
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Seller Inbox"))
    from inbox_app.desktop import APP_ID

    app.setDesktopFileName(APP_ID)  # the launcher and icon the desktop shows for the window
    load_translations(app)
    import inbox_app.views.main_window  # noqa: F401 (imported while the store opens)
    from inbox_app.store.errors import KnownStoreError
    from inbox_app.store.first_page import open_first_page

    # the first page without SQLAlchemy (its ~0.6 s of imports come after the paint); a
    # file it cannot read as a healthy store at this schema opens verified first
    first = open_first_page(url) if may_preview else None
    try:
        if first is None:
            gate.set()
            store = opening.result()
            window = create_window(store.url, store=store, hold_panes=True)
        else:
            window = create_window(url, first_page=first, pending=opening, hold_panes=True)
    except KnownStoreError as exc:
        if first is not None:
            first.close()
        chosen = show_store_error(exc, url)
        if chosen is None:
            return EXIT_STORE_ERROR
        return run(db=chosen, demo=False)  # the seller chose another file or the default
    watcher = OpeningWatcher(app, window, url, window)
    opening.add_done_callback(watcher.finished.emit)
    if os.environ.get(FIRST_PAINT_ENV) == "1":
        exit_after_first_paint(app, window)
    after_first_paint(window, gate if first is not None else None)
    previous_hook = sys.excepthook  # restored on the way out (a host process keeps its own)
    install_excepthook()
    try:
        window.show()
        if os.environ.get(FIRST_PAINT_ENV) != "1":  # periodic mail check and outbox flushing
            window.when_store_ready(lambda _store: window.mail.start() if window.mail else None)
        code = app.exec()
        gate.set()
        window.close()  # saves the layout, waits for workers
        if not opening.done():  # (quit within the first second): let the verified open finish
            with contextlib.suppress(Exception):
                opening.result(timeout=60)
        from inbox_app.views import task_runner

        task_runner.drain()  # no pool thread is left to outlive the interpreter's teardown
        from inbox_app.services.policy_checks import finish_warm_up

        finish_warm_up()  # nor the rule set's warm-up (quit right after the first paint)
        window.service.close()  # a clean exit: the next start needs no whole-file check
        window.deleteLater()
    finally:
        sys.excepthook = previous_hook
    if watcher.failed is not None:
        if watcher.chosen is not None:
            return run(db=watcher.chosen, demo=False)
        return EXIT_STORE_ERROR
    return int(code)


__all__ = ["EXIT_STORE_ERROR", "QMainWindow", "create_window", "run"]
