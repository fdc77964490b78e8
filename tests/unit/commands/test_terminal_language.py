"""`inbox-app` says its own sentences in the system's language (LANG), as the window does:
the summaries and tables line up whatever the labels' language, the checker's findings
are the window's sentences, and listings meant for scripts keep their shape."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest

from inbox_app.commands.localize import width
from tests.helpers.cli_language import run_cli

LANGS = ("C.UTF-8", "it_IT.UTF-8", "ko_KR.UTF-8")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    made = run_cli(["demo", "--db", str(path), "--threads", "60", "--seed", "3"], "it_IT.UTF-8")
    assert made.returncode == 0, made.stderr
    assert "60 conversazioni" in made.stdout
    return path


def _values_column(lines: list[str]) -> set[int]:
    """The terminal column where each `label: value` line's value starts."""
    return {width(line[: len(line) - len(line.split(":", 1)[1].lstrip())]) for line in lines}


@pytest.mark.parametrize("lang", LANGS)
def test_db_info_labels_are_translated_and_the_values_line_up(demo: Path, lang: str) -> None:
    done = run_cli(["db", "info", "--db", str(demo)], lang)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    labels = [line.split(":", 1)[0] for line in lines]
    expected = {
        "C.UTF-8": ["database URL", "schema", "threads", "messages", "orders", "buyers"],
        "it_IT.UTF-8": ["URL del database", "schema", "conversazioni", "messaggi", "ordini"],
        "ko_KR.UTF-8": ["데이터베이스 URL", "스키마", "대화", "메시지", "주문", "구매자"],
    }[lang]
    assert labels[: len(expected)] == expected
    assert len(_values_column(lines)) == 1, done.stdout  # one column, wide letters too
    assert lines[2].split()[-1] == "60"


@pytest.mark.parametrize("lang", LANGS)
def test_the_metrics_table_keeps_its_columns_in_every_language(demo: Path, lang: str) -> None:
    done = run_cli(["metrics", "--db", str(demo), "--now", "2026-12-06T12:00"], lang)
    assert done.returncode == 0, done.stderr
    title, *table = done.stdout.splitlines()
    assert title.startswith(
        {"C.UTF-8": "Response times, 30 days", "it_IT.UTF-8": "Tempi di risposta, 30 giorni"}.get(
            lang, "응답 시간"
        )
    )
    header = table[0].split()
    assert ("unanswered" in header) == (lang == "C.UTF-8")
    # every cell but the first is right-aligned under its heading: the rows end where
    # the header ends, in terminal columns (Korean letters take two)
    assert len({width(line) for line in table}) == 1, done.stdout
    total = {"C.UTF-8": "total", "it_IT.UTF-8": "totale", "ko_KR.UTF-8": "합계"}[lang]
    assert table[1].split()[0] == total


def test_the_checker_speaks_italian_and_korean(tmp_path: Path) -> None:
    body = tmp_path / "reply.txt"
    body.write_text("Grazie! Visita www.shop-example.com per il 20% di sconto.", "utf-8")
    args = ["check", "--buyer-initiated", "--body-file", str(body)]
    said = {lang: run_cli(args, lang) for lang in LANGS}
    assert {done.returncode for done in said.values()} == {1}
    assert said["C.UTF-8"].stdout.startswith("BLOCKED: ")
    assert said["it_IT.UTF-8"].stdout.startswith("BLOCCATO: ")
    assert said["ko_KR.UTF-8"].stdout.startswith("차단됨: ")
    assert "Remove the link to www.shop-example.com" in said["C.UTF-8"].stdout
    assert "Rimuovi il link a www.shop-example.com" in said["it_IT.UTF-8"].stdout
    assert "www.shop-example.com 링크를 제거하십시오" in said["ko_KR.UTF-8"].stdout
    # the rule ids and the spans stay as they are: scripts grep them
    for done in said.values():
        assert "BLOCK external-link [body " in done.stdout


def test_a_mail_import_is_summed_up_in_italian(tmp_path: Path) -> None:
    box = mailbox.mbox(str(tmp_path / "export.mbox"))
    note = EmailMessage()
    note["From"] = "newsletter@example.com"
    note["To"] = "shop@example.com"
    note["Subject"] = "Our weekly news"
    note.set_content("Not a buyer's message.")
    box.add(note)
    box.close()
    args = ["import-mail", "--db", str(tmp_path / "s.db"), str(tmp_path / "export.mbox")]
    done = run_cli(args, "it_IT.UTF-8")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "1 messaggi letti: 0 importati, 0 già noti, 1 non di inoltro Amazon (ignorati), "
        "0 avvisi senza una conversazione corrispondente"
    )
    assert "lettura del file mbox" in done.stderr
    missing = run_cli([*args[:-1], str(tmp_path / "nowhere.mbox")], "ko_KR.UTF-8")
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"inbox-app: {tmp_path / 'nowhere.mbox'}이(가) 없습니다."


def test_refusals_of_the_commands_themselves_are_translated(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    sync = run_cli(["sync", "--db", db], "ko_KR.UTF-8")
    assert sync.returncode == 2
    assert "아직 메일 계정이 없습니다" in sync.stderr
    rule = run_cli(["sku-rule", "add", "   ", "handmade", "--db", db], "it_IT.UTF-8")
    assert rule.returncode == 2
    assert rule.stderr.strip() == "inbox-app: una regola SKU richiede uno SKU o uno schema"
    leave = run_cli(["team", "leave", "--db", db], "it_IT.UTF-8")
    assert "questa postazione non è in nessuna casella di team" in leave.stderr
    for done in (sync, rule, leave):
        assert "Traceback" not in done.stderr
