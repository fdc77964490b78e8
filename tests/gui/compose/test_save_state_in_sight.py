"""The draft's save state beside the buttons at 1024x700 in English, Italian and Korean:
it never squeezes "Saved replies…" or Send below the width their text needs, and where
the pane leaves it too little room for its words it shows its mark, the words in its
tooltip and accessible name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from inbox_app.views.compose.draft_saving import SAVED
from tests.helpers.draft_lane import open_reply
from tests.helpers.window import open_window
from tests.helpers.writes import landed


@pytest.mark.parametrize("lang", ["en", "it", "ko"])
def test_the_save_state_gives_way_to_the_buttons_at_1024(
    main_window: Callable[..., Any],
    install: Callable[[str], Any],
    type_text: Callable[[Any, str], None],
    qtbot: Any,
    lang: str,
) -> None:
    if lang != "en":
        install(lang)
    w = open_window(main_window, qtbot, (1024, 700))
    pane, _tid = open_reply(w, qtbot)
    type_text(pane.ui.body, "Hello, your parcel left today.")
    pane.save_now()
    landed(qtbot, w)
    state, ui = pane.ui.save_state, pane.ui
    words = {"en": "Saved", "it": "Salvata", "ko": "저장됨"}[lang]
    assert state.text() == words and state.toolTip() == words
    assert state.accessibleName() == words and state.mark == SAVED
    for button in (ui.templates, ui.send):  # never squeezed for the state
        assert button.width() >= button.sizeHint().width(), (button.text(), button.width())
    fits = state.fontMetrics().horizontalAdvance(words) <= state.width()
    assert fits or state.width() >= state.fontMetrics().horizontalAdvance(SAVED)
