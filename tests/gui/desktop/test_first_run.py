"""The first-run guide in the real window: on an empty store it says what to do, in
order; each step does what it says; closed, it comes back from Help › Getting started;
on a store with threads it stays out of the way. Icons and the appearance menu too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from inbox_app.store.migrate import open_store
from inbox_app.views import desktop_shell
from inbox_app.views.desktop_shell import DISMISSED, RELAY_DONE, install_desktop
from inbox_app.views.first_run import FirstRunPanel


@pytest.fixture
def empty_window(main_window: Callable[..., QWidget], db_path: Path) -> QWidget:
    return main_window(store=open_store(f"sqlite:///{db_path}"))


def _guide_shown(window: QWidget) -> bool:
    return window.ui.tabs.currentWidget() is install_desktop(window).guide  # type: ignore[attr-defined]


def test_an_empty_store_opens_on_the_guide_in_order(empty_window: QWidget, qtbot: object) -> None:
    qtbot.waitUntil(lambda: _guide_shown(empty_window))  # type: ignore[attr-defined]
    guide = install_desktop(empty_window).guide
    titles = [step.title.text() for step in guide.steps()]
    assert ["mailbox" in titles[0], "Seller Central" in titles[1], "orders" in titles[2],
            "looking" in titles[3]] == [True] * 4  # fmt: skip
    relay = guide.steps()[1].text.text()
    for needed in ("Messaging Permissions", "Buyer Messages", "opt-out", "delivery failures"):
        assert needed in relay
    names = {b.objectName() for b in guide.findChildren(QPushButton)}
    assert {"firstRunAddAccount", "firstRunImportOrders", "firstRunOpenDemo"} <= names
    for button in guide.findChildren(QPushButton):
        if button.isVisibleTo(guide):
            assert button.accessibleDescription(), button.objectName()
    assert all(step.accessibleName() for step in guide.steps())
    tab = empty_window.ui.tabs  # type: ignore[attr-defined]
    assert (
        tab.tabText(0) == "Getting started" and tab.count() == 4
    )  # + Inbox, Orders, Response times


def test_each_step_does_what_it_says(
    empty_window: QWidget, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.waitUntil(lambda: _guide_shown(empty_window))  # type: ignore[attr-defined]
    shell = install_desktop(empty_window)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda prog, args: started.append((prog, args)))
    shell.guide.findChild(QPushButton, "firstRunOpenDemo").click()
    assert started and started[0][1][-1] == "--demo"
    assert desktop_shell.demo_command()[1][-1] == "--demo"

    imports: list[bool] = []
    empty_window.actions_["import_orders"].triggered.disconnect()  # type: ignore[attr-defined]
    empty_window.actions_["import_orders"].triggered.connect(lambda: imports.append(True))  # type: ignore[attr-defined]
    shell.guide.findChild(QPushButton, "firstRunImportOrders").click()
    assert imports == [True]

    asked: list[bool] = []
    qtbot.waitUntil(lambda: getattr(empty_window, "mail", None) is not None)  # type: ignore[attr-defined]
    monkeypatch.setattr(empty_window.mail, "add_account", lambda: asked.append(True))  # type: ignore[attr-defined]
    shell.guide.findChild(QPushButton, "firstRunAddAccount").click()
    assert asked == [True]

    check = shell.guide.findChild(QCheckBox, "firstRunRelayDone")
    check.click()
    assert empty_window.settings.value(RELAY_DONE, False, bool) is True  # type: ignore[attr-defined]
    assert shell.guide.steps()[1].badge.text() == "✓"


def test_closed_it_comes_back_from_the_help_menu(empty_window: QWidget, qtbot: object) -> None:
    qtbot.waitUntil(lambda: _guide_shown(empty_window))  # type: ignore[attr-defined]
    shell = install_desktop(empty_window)
    shell.guide.findChild(QPushButton, "firstRunClose").click()
    tabs = empty_window.ui.tabs  # type: ignore[attr-defined]
    assert tabs.indexOf(shell.guide) == -1
    assert empty_window.settings.value(DISMISSED, False, bool) is True  # type: ignore[attr-defined]
    help_menu = empty_window.menus["help"]  # type: ignore[attr-defined]
    assert shell.guide_action in help_menu.actions()
    shell.guide_action.trigger()
    assert _guide_shown(empty_window)


def test_a_store_with_threads_opens_on_the_inbox(
    main_window: Callable[..., QWidget], qtbot: object
) -> None:
    window = main_window(threads=40)
    shell = install_desktop(window)
    qtbot.waitUntil(lambda: shell.progress is not None)  # type: ignore[attr-defined]
    assert shell.progress.has_threads and shell.progress.has_orders
    assert window.ui.tabs.indexOf(shell.guide) == -1  # type: ignore[attr-defined]
    assert isinstance(shell.guide, FirstRunPanel)


def test_actions_have_icons_and_the_appearance_menu_works(
    main_window: Callable[..., QWidget], qapp: object
) -> None:
    window = main_window(threads=40)
    shell = install_desktop(window)
    with_icons = {n for n, a in window.actions_.by_name.items() if not a.icon().isNull()}  # type: ignore[attr-defined]
    assert {"import_orders", "find", "reply", "shortcuts", "refresh", "quit"} <= with_icons
    assert not window.windowIcon().isNull()
    dark = shell.scheme_actions["dark"]
    dark.trigger()
    from inbox_app.models.colours import is_dark

    assert is_dark() and dark.isChecked()
    shell.scheme_actions["light"].trigger()
    assert not is_dark()
    assert window.settings.value("appearance/colour_scheme") == "light"  # type: ignore[attr-defined]
