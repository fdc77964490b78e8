"""A refused file says why in the window's language (issue 13: every sentence the seller
reads translated): the attachment list gives the checker's finding as the findings
list shows it, in Italian in an Italian window, not the checker's English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from inbox_app.models.findings_model import finding_text
from inbox_app.services.policy_checks import describe_scan, scan_attachment
from tests.helpers.files import ELF
from tests.helpers.qtdrop import drop_files
from tests.helpers.window import open_window


def test_a_refused_file_says_why_in_italian(
    main_window: Callable[..., Any], install: Callable[[str], Any], qtbot: Any, tmp_path: Path
) -> None:
    install("it")
    w = open_window(main_window, qtbot, (1024, 700))
    pane = w.compose
    program = tmp_path / "fattura.pdf"
    program.write_bytes(ELF)
    assert drop_files(pane.ui.attachments, [program])
    model = pane.attachments.model
    qtbot.waitUntil(lambda: not model.busy())
    (item,) = model.items()
    assert item.refused
    scan = scan_attachment(program.name, ELF)
    english = describe_scan(program.name, scan)
    italian = describe_scan(program.name, scan, finding_text)
    assert english and italian and italian != english
    assert item.reason() == italian
