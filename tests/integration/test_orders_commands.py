"""The import-orders and sku-rule commands: output, progress, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_app.cli import main
from tests.helpers.orderreports import (
    ALL_ORDERS_32,
    all_orders_row,
    write_report,
)

A = "111-0000001-0000001"
B = "222-0000002-0000002"


def _line(order_id: str, sku: str) -> str:
    row = all_orders_row(order_id, sku)
    return "\t".join(row.get(c, "") for c in ALL_ORDERS_32)


def test_import_orders_command(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [all_orders_row(f"111-0000000-{n:07d}", "S") for n in range(3)]
    bad = [_line(B, "S").replace(B, f"999-999999-{n:07d}") for n in range(25)]
    path = write_report(tmp_path / "all.txt", ALL_ORDERS_32, rows, extra_lines=bad)
    assert main(["import-orders", str(path), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "all.txt: all-orders, 28 rows: 3 new orders, 0 updated, 3 items, 25 rows skipped" in out
    assert "  line 5: bad order id '999-999999-0000000'" in out
    assert "  line 24: " in out and "  line 25: " not in out
    assert "  ... and 5 more" in out


def test_import_orders_command_refuses_bad_files_plainly(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_report(tmp_path / "good.txt", ALL_ORDERS_32, [all_orders_row(A, "S")])
    odd = tmp_path / "odd.txt"
    odd.write_text("amazon-order-id\tsku\n", encoding="utf-8")
    code = main(
        ["--db", str(db_path), "import-orders", str(odd), str(good), str(tmp_path / "no.txt")]
    )
    assert code == 1
    captured = capsys.readouterr()
    assert "odd.txt: refused, nothing imported" in captured.err
    assert "purchase-date, order-status, quantity" in captured.err
    assert "no.txt: refused, nothing imported: cannot open" in captured.err
    assert "Traceback" not in captured.err
    assert "good.txt: all-orders, 1 rows: 1 new orders" in captured.out


def test_import_orders_command_progress(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [all_orders_row(f"111-{n // 10**7:07d}-{n % 10**7:07d}", "S") for n in range(25_000)]
    path = write_report(tmp_path / "big.txt", ALL_ORDERS_32, rows)
    assert main(["import-orders", "--db", str(db_path), str(path)]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("big.txt: ")]
    assert len(lines) == 2
    assert lines[0].startswith("big.txt: 1") and "/ 25,000 rows (" in lines[0]


def test_sku_rule_command(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sku-rule", "add", "HM-*", "handmade", "--db", str(db_path)]) == 0
    assert main(["sku-rule", "add", "VINO-1", "wine", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["sku-rule", "list", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == "HM-*\thandmade\nVINO-1\twine\n"
    assert main(["sku-rule", "remove", "HM-*", "--db", str(db_path)]) == 0
    assert main(["sku-rule", "remove", "HM-*", "--db", str(db_path)]) == 1
    assert "no SKU rule 'HM-*'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["sku-rule", "add", "X", "fragile", "--db", str(db_path)])
    assert exit_info.value.code == 2
