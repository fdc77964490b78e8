"""Reads a running Seller Inbox window through the AT-SPI accessibility bus, as a screen
reader does, and prints what it found as JSON. Runs under Debian's system Python
(python3-pyatspi), not the project's venv:

    /usr/bin/python3 atspi_walker.py APP_NAME [--type-draft TEXT]
        [--open-dialog MENU_ITEM --dialog-out PATH] > tree.json

Waits for the application on the bus, optionally types a draft into the compose body
(EditableText, as assistive tools do) so findings appear, then walks the whole tree:
role, name, description, states, (for text) the text and (for buttons) the key
bindings, with each node's path. With --open-dialog it then presses that menu item
through its Action interface, as a screen reader's user would, waits for the dialog to
appear on the bus and writes the dialog's tree to PATH.
"""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

MAX_NODES = 6000


def find_app(name, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.25)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def text_of(node):
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    except Exception:
        return None
    return text.getText(0, min(text.characterCount, 2000))


def keys_of(node):
    """The key bindings of a control's actions ("Alt+S" for "&Save")."""
    try:
        action = node.queryAction()
        return [action.getKeyBinding(i) for i in range(action.nActions)]
    except Exception:
        return []


def walk(node, path, out):
    if len(out) >= MAX_NODES:
        return
    try:
        entry = {
            "path": path,
            "role": node.getRoleName(),
            "name": node.name or "",
            "description": node.description or "",
            "states": sorted(pyatspi.stateToString(s) for s in node.getState().getStates()),
        }
    except Exception:
        return
    if entry["role"] in ("text", "label", "paragraph", "table cell", "list item"):
        entry["text"] = text_of(node)
    if entry["role"] in ("push button", "check box", "radio button", "toggle button"):
        entry["keys"] = keys_of(node)
    out.append(entry)
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, f"{path}/{i}", out)


def find(node, predicate, depth=0):
    if depth > 40:
        return None
    try:
        if predicate(node):
            return node
        count = node.childCount
    except Exception:
        return None
    for i in range(count):
        child = node.getChildAtIndex(i)
        if child is not None:
            hit = find(child, predicate, depth + 1)
            if hit is not None:
                return hit
    return None


def read_tree(node):
    """The tree under `node`; read again if a node vanishes meanwhile (a pane built after
    the first paint, a list refilled), as a screen reader would once it is still."""
    for attempt in range(5):
        out = []
        try:
            walk(node, "", out)
            return out
        except GLib.GError:
            if attempt == 4:
                raise
            time.sleep(1.0)
    return []


def open_dialog(app, item_name):
    """Press the menu item `item_name` (Action interface) and return the dialog's tree once
    its controls are named (the app names a dialog's controls when it takes the focus)."""
    item = None
    deadline = time.time() + 30
    while item is None and time.time() < deadline:
        item = find(app, lambda n: n.getRoleName() == "menu item" and n.name == item_name)
        if item is None:
            time.sleep(0.3)
    if item is None:
        raise SystemExit(f"no menu item {item_name!r} on the bus")
    action = item.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("press") if "press" in names else 0)
    deadline = time.time() + 30
    tree = []
    while time.time() < deadline:
        dialogs = []
        for i in range(app.childCount):
            child = app.getChildAtIndex(i)
            if child is not None and child.getRoleName() == "dialog":
                dialogs.append(child)
        if dialogs:
            tree = read_tree(dialogs[0])
            buttons = [n for n in tree if n["role"] == "push button"]
            if buttons and all(n["name"] and n["description"] for n in buttons):
                return tree
        time.sleep(0.3)
    if not tree:
        raise SystemExit(f"no dialog on the bus after pressing {item_name!r}")
    return tree


def main():
    name = sys.argv[1]
    draft = sys.argv[sys.argv.index("--type-draft") + 1] if "--type-draft" in sys.argv else None
    item = sys.argv[sys.argv.index("--open-dialog") + 1] if "--open-dialog" in sys.argv else None
    app = find_app(name, 60)
    # the first page of threads and the selected conversation are shown within a second
    deadline = time.time() + 30
    while time.time() < deadline:
        if find(app, lambda n: n.getRoleName() == "table cell" and bool(n.name)):
            break
        time.sleep(0.3)
    if draft is not None:
        body = None
        deadline = time.time() + 30
        while body is None and time.time() < deadline:  # built over the verified store
            body = find(app, lambda n: n.getRoleName() == "text" and n.name == "Message")
            if body is None:
                time.sleep(0.3)
        if body is None:
            raise SystemExit("no compose body on the bus")
        body.queryEditableText().setTextContents(draft)
        deadline = time.time() + 30
        while time.time() < deadline:  # the policy check runs after a short debounce
            findings = find(app, lambda n: n.name == "Problems Amazon would object to")
            if findings is not None and findings.childCount > 0:
                break
            time.sleep(0.3)
    json.dump(read_tree(app), sys.stdout)
    sys.stdout.flush()
    if item is not None:
        dialog = open_dialog(app, item)
        path = sys.argv[sys.argv.index("--dialog-out") + 1]
        with open(path, "w", encoding="utf-8") as out:
            json.dump(dialog, out)


if __name__ == "__main__":
    main()
