"""The mail side's sentences in the interface language: every template read back from
its English text and translated (sentences inside sentences too), and the account
dialog's connection check against a real Dovecot and SMTP server in Italian."""

from __future__ import annotations

import string

import pytest
from pytestqt.qtbot import QtBot

from inbox_app.mail.errors import classify_connect_error
from inbox_app.mail.sentences import SENTENCES, say
from inbox_app.models.known_sentences import known_sentence_text
from inbox_app.models.mail_text import check_text, mail_sentence_text
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.views.account_dialog import AccountDialog
from tests.helpers.account_form import fill_account_form
from tests.helpers.mailservers import Dovecot
from tests.helpers.runner import with_own_runner

VALUES = {
    "what": "IMAP",
    "host": "mail.example.net",
    "port": "993",
    "detail": "certificate has expired",
    "path": "/home/anna/ca.pem",
    "user": "anna@example.net",
    "folder": "Amazon",
    "answer": "550 5.7.1 relay denied",
    "reason": "The mail server refused the message: 550 5.7.1 relay denied",
    "count": "5",
    "address": "anna at example",
    "modes": "implicit, starttls, none",
    "codes": "XX",
    "name": "Shop EU",
    # a sync's progress and summary
    "seconds": "1.5",
    "account": "shop-eu",
    "fetched": "12",
    "imported": "9",
    "known": "2",
    "ignored": "1",
    "confirmed": "3",
    "sent": "4",
    "failed": "6",
    "uncertain": "7",
    "retrying": "8",
    "held": "11",
    "subjects": "“Re: Your order 302-1234567-7654321”",
}
KEPT = ("host", "port", "path", "user", "folder", "answer", "count", "address", "name")
KEPT += ("seconds", "account", "fetched", "imported", "known", "ignored", "confirmed")
KEPT += ("sent", "failed", "uncertain", "retrying", "held", "subjects")


def _example(key: str) -> tuple[str, dict[str, str]]:
    fields = {name for _, name, _, _ in string.Formatter().parse(SENTENCES[key]) if name}
    params = {name: VALUES[name] for name in fields}
    return say(key, **params), params


def test_without_a_translator_every_sentence_is_its_own_english() -> None:
    for key in SENTENCES:
        text, _ = _example(key)
        assert mail_sentence_text(text) == text
        assert known_sentence_text(text) == text
    assert check_text("IMAP: Something else.\nSMTP: x") == "IMAP: Something else.\nSMTP: x"


@pytest.mark.parametrize(
    ("lang", "gave_up", "refused"),
    [
        (
            "it",
            "Rinuncia dopo 5 tentativi: Il server di posta ha rifiutato il messaggio: 550 no",
            "Il server IMAP 127.0.0.1:9 ha rifiutato la connessione.",
        ),
        (
            "ko",
            "5번 시도한 뒤 포기했습니다: 메일 서버가 메시지를 거부했습니다: 550 no",
            "IMAP 서버 127.0.0.1:9이(가) 연결을 거부했습니다.",
        ),
    ],
)
def test_every_sentence_is_translated_and_keeps_the_names_and_the_servers_words(
    install: object, lang: str, gave_up: str, refused: str
) -> None:
    install(lang)  # type: ignore[operator]
    for key in SENTENCES:
        text, params = _example(key)
        shown = mail_sentence_text(text)
        assert shown != text, key
        for name in KEPT:
            if name in params:  # names, numbers and the server's own words stay as they are
                assert params[name] in shown, (key, shown)
        assert known_sentence_text(text) == shown
    nested = say("gave_up", count=5, reason=say("refused_message", answer="550 no"))
    assert known_sentence_text(nested) == gave_up
    error = classify_connect_error(ConnectionRefusedError(), "127.0.0.1", 9, "IMAP")
    assert known_sentence_text(str(error)).startswith(refused)


@pytest.mark.imap_server
def test_the_account_dialog_says_a_refused_password_in_italian(
    qtbot: QtBot, install: object, store: Store, dovecot: Dovecot, smtp: object, folder: str
) -> None:
    install("it")  # type: ignore[operator]
    dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
    qtbot.addWidget(dialog)
    fill_account_form(dialog, dovecot, smtp.starttls_port, folder, password="wrong-password")  # type: ignore[attr-defined]
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_test is not None, timeout=15000)
    shown = dialog.test_result.text()
    assert dialog.last_test is not None and dialog.last_test.imap.kind == "auth"
    assert "IMAP: Il server IMAP 127.0.0.1 ha rifiutato il nome utente o la password" in shown
    assert "refused the user name" not in shown
    assert "wrong-password" not in shown
