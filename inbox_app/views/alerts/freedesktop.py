"""Desktop notifications through the freedesktop Notifications service on the session bus.

jeepney (pure Python, already installed with keyring's Secret Service backend) speaks
D-Bus here because PySide6's QtDBus cannot marshal an unsigned 32-bit integer, and
Notify's `replaces_id` must be one (`susssasa{sv}i`). Calls are local IPC with a short
timeout. The server sends ActionInvoked to the connection that called Notify, so one
thread-safe router connection does both; a listener thread turns the click into the
`activated` signal.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

BUS_NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_S = 1.0


class FreedesktopNotifier(QObject):
    """`show(key, summary, body)` and `withdraw(key)`; `activated(key)` on a click."""

    activated = Signal(str)

    def __init__(self, address: str = "SESSION", app_name: str = "Seller Inbox") -> None:
        super().__init__()
        self.address = address
        self.app_name = app_name
        self._conn: Any = None
        self._ids: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None
        self._signals: Any = None
        self._wire: Any = None
        self.server: str | None = None  # the server's name, once connected

    def _addr(self) -> Any:
        from jeepney import DBusAddress

        return DBusAddress(PATH, bus_name=BUS_NAME, interface=BUS_NAME)

    def start(self) -> bool:
        """Connect and ask the server who it is; False when there is no server."""
        try:
            from jeepney import MatchRule, new_method_call
            from jeepney.io.threading import DBusRouter, open_dbus_connection

            self._wire = open_dbus_connection(bus=self.address)
            self._conn = DBusRouter(self._wire)
            reply = self._conn.send_and_get_reply(
                new_method_call(self._addr(), "GetServerInformation"), timeout=CALL_TIMEOUT_S
            )
            self.server = str(reply.body[0])
            self._signals = self._conn.filter(
                MatchRule(type="signal", interface=BUS_NAME, path=PATH), bufsize=64
            )
        except Exception:  # no bus, no server, a broken one: fall back to the tray
            self.close()
            return False
        self._listener = threading.Thread(target=self._listen, name="notify-listener")
        self._listener.daemon = True
        self._listener.start()
        return True

    @property
    def available(self) -> bool:
        return self._conn is not None

    def show(self, key: str, summary: str, body: str) -> bool:
        if self._conn is None:
            return False
        from jeepney import new_method_call

        msg = new_method_call(
            self._addr(),
            "Notify",
            "susssasa{sv}i",
            (self.app_name, 0, "mail-unread", summary, body, ["default", "Open"], {}, -1),
        )
        try:
            reply = self._conn.send_and_get_reply(msg, timeout=CALL_TIMEOUT_S)
        except Exception:
            return False
        if not reply.body:
            return False
        nid = int(reply.body[0])
        self._ids[key] = nid
        self._keys[nid] = key
        return True

    def withdraw(self, key: str) -> None:
        nid = self._ids.pop(key, None)
        if nid is None or self._conn is None:
            return
        self._keys.pop(nid, None)
        from jeepney import new_method_call

        with contextlib.suppress(Exception):
            self._conn.send_and_get_reply(
                new_method_call(self._addr(), "CloseNotification", "u", (nid,)),
                timeout=CALL_TIMEOUT_S,
            )

    def _listen(self) -> None:
        import queue

        while not self._stop.is_set():
            try:
                msg = self._signals.queue.get(timeout=0.25)
            except queue.Empty:
                continue
            self._signal(msg)

    def _signal(self, msg: Any) -> None:
        from jeepney import HeaderFields

        member = msg.header.fields.get(HeaderFields.member)
        if member == "ActionInvoked" and len(msg.body) >= 1:
            key = self._keys.get(int(msg.body[0]))
            if key is not None:
                self.activated.emit(key)
        elif member == "NotificationClosed" and msg.body:
            key = self._keys.pop(int(msg.body[0]), None)
            if key is not None:
                self._ids.pop(key, None)

    def close(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.join(timeout=2)
            self._listener = None
        for part in (self._conn, self._wire):
            if part is not None:
                with contextlib.suppress(Exception):
                    part.close()
        self._conn = self._wire = None
