"""The seller's name and signature (Preferences › Replies): they fill the `{seller_name}`
and `{signature}` placeholders of saved replies. Kept in QSettings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QSettings

NAME_KEY = "compose/seller_name"
SIGNATURE_KEY = "compose/signature"


@dataclass(frozen=True, slots=True)
class ComposePrefs:
    """What the seller signs with; empty: not set (the account's name stands in)."""

    seller_name: str = ""
    signature: str = ""

    def fill_values(self, values: Mapping[str, str]) -> dict[str, str]:
        """A thread's placeholder values with the seller's own name and signature."""
        out = dict(values)
        if self.seller_name.strip():
            out["seller_name"] = self.seller_name.strip()
        out["signature"] = self.signature.strip() or out.get("seller_name", "")
        return out


class PrefsStore:
    """Reads and writes the preferences (in memory when there are no settings)."""

    def __init__(self, settings: QSettings | None) -> None:
        self._settings = settings
        self._memory = ComposePrefs()

    @property
    def settings(self) -> QSettings | None:
        return self._settings

    def load(self) -> ComposePrefs:
        s = self._settings
        if s is None:
            return self._memory
        return ComposePrefs(str(s.value(NAME_KEY, "") or ""), str(s.value(SIGNATURE_KEY, "") or ""))

    def save(self, prefs: ComposePrefs) -> None:
        self._memory = prefs
        s = self._settings
        if s is not None:
            s.setValue(NAME_KEY, prefs.seller_name.strip())
            s.setValue(SIGNATURE_KEY, prefs.signature.strip())
            s.sync()
