"""The shipped Italian and Korean translations: complete, consistent with the English
sources (placeholders, accelerators), compiled, and really shown by the widgets."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QGroupBox, QWidget

from inbox_app.app import app_settings, create_window
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.views.account_dialog import AccountDialog
from inbox_app.views.task_runner import TaskRunner
from tests.helpers.runner import with_own_runner

FOLDER = Path(str(resources.files("inbox_app.resources") / "translations"))
LANGUAGES = ("it", "ko")
PLURAL_FORMS = {"it": 2, "ko": 1}
# %1..%99 (QString-style, replaced by the code), %n (plural count), {name} (str.format)
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    """(context, <message>) for every message of the shipped .ts."""
    root = ET.parse(FOLDER / f"inbox_app_{lang}.ts").getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _accelerators(text: str) -> list[str]:
    """The characters marked with a single '&' ('&&' is a literal ampersand)."""
    return re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))


def _where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


# --- the catalogues ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 300  # the whole UI, not an empty file
    problems = []
    for context, message in messages:
        translation = message.find("translation")
        assert translation is not None
        forms = _forms(message)
        if translation.get("type") is not None:
            problems.append(f"{translation.get('type')}: {_where(context, message)}")
        elif message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[lang]:
            problems.append(f"{len(forms)} plural forms: {_where(context, message)}")
        elif not all(form.strip() for form in forms):
            problems.append(f"empty: {_where(context, message)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_the_source(lang: str) -> None:
    problems = []
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        wanted = Counter(PLACEHOLDER.findall(source))
        for form in _forms(message):
            if Counter(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{_where(context, message)} -> {form!r}")
            elif "{" in source:  # str.format must accept it as the code calls it
                names = {p[1:-1]: "x" for p in wanted if p.startswith("{")}
                try:
                    form.format(**names)
                except (KeyError, IndexError, ValueError) as exc:
                    problems.append(f"{_where(context, message)} -> {form!r}: {exc}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_accelerators_one_per_string_where_the_source_has_one(lang: str) -> None:
    problems = []
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        want = len(_accelerators(source))
        for form in _forms(message):
            keys = _accelerators(form)
            if len(keys) != want or form.replace("&&", "").count("&") != want:
                problems.append(f"{_where(context, message)} -> {form!r}")
            elif lang == "ko" and keys:
                # Korean convention: the English letter, in parentheses, e.g. 파일(&F)
                letter = _accelerators(source)[0].upper()
                if f"(&{letter})" not in form:
                    problems.append(f"{_where(context, message)} -> {form!r} (want (&{letter}))")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_amazon_tag_and_order_ids_stay_literal(lang: str) -> None:
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        for literal in ("[Important]", "123-1234567-1234567", "Seller Central", "https://"):
            if literal in source:
                for form in _forms(message):
                    assert literal in form, f"{_where(context, message)} -> {form!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_shipped_ts(lang: str) -> None:
    """Every .ts entry comes back from the .qm (a stale .qm would not match)."""
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"inbox_app_{lang}.qm"))
    assert translator.language() == lang
    problems = []
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        forms = _forms(message)
        if message.get("numerus") == "yes":
            # Italian: form 0 for 1, form 1 for everything else; Korean has one form
            counts = {"it": (1, 5), "ko": (1,)}[lang]
            got = [translator.translate(context, source, comment, n) for n in counts]
            want = [f.replace("%n", str(n)) for f, n in zip(forms, counts, strict=True)]
            got = [g.replace("%n", str(n)) for g, n in zip(got, counts, strict=True)]
        else:
            got, want = [translator.translate(context, source, comment)], forms
        if got != want:
            problems.append(f"{_where(context, message)}: {got!r} != {want!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("locale", "lang"), [("it_IT", "it"), ("ko_KR", "ko")])
def test_the_locale_lookup_of_load_translations_finds_our_file(locale: str, lang: str) -> None:
    """app.load_translations asks for inbox_app + "_" + locale in this folder."""
    translator = QTranslator()
    assert translator.load(QLocale(locale), "inbox_app", "_", str(FOLDER))
    assert translator.language() == lang


# --- real widgets, translated ----------------------------------------------------------


@pytest.fixture
def window(qtbot: object, store: Store) -> Iterator[object]:
    """`window()`: the real main window (create_window) over the migrated empty store,
    with the Mail menu create_window installs."""
    built: list[QWidget] = []

    def make() -> QWidget:
        w = create_window(store.url, settings=app_settings(), store=store)
        built.append(w)
        return w

    yield make
    for w in built:
        w.close()
        w.runner.wait()  # type: ignore[attr-defined]
        w.deleteLater()
    QApplication.processEvents()


def _menu_titles(w: QWidget) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]  # type: ignore[attr-defined]


def _menu(w: QWidget, title: str) -> list[str]:
    bar = w.menuBar()  # type: ignore[attr-defined]
    menu = next(a.menu() for a in bar.actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _headers(w: QWidget) -> list[str]:
    model = w.ui.threads_view.model()  # type: ignore[attr-defined]
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def test_main_window_in_italian(install: object, window: object) -> None:
    install("it")  # type: ignore[operator]
    w = window()  # type: ignore[operator]
    assert _menu_titles(w) == [
        "&File",
        "&Modifica",
        "&Visualizza",
        "&Conversazione",
        "&Impostazioni",
        "&Posta",  # MailMenu found the Italian Help menu and went before it
        "&Aiuto",
    ]
    assert _menu(w, "&File") == ["&Importa ordini…", "&Esci"]
    assert "&Nessuna risposta necessaria" in _menu(w, "&Conversazione")
    assert _menu(w, "&Posta")[:2] == ["&Aggiungi account…", "&Invia e ricevi"]
    assert [w.ui.tabs.tabText(i) for i in range(w.ui.tabs.count())] == [
        "Posta in arrivo",
        "Ordini",
        "Tempi di risposta",
    ]
    assert w.ui.search_edit.placeholderText().startswith("Cerca parole, ID ordine")
    headers = _headers(w)
    assert "Tempo rimasto" in headers and "Acquirente" in headers and "Oggetto" in headers


def test_italian_accelerators_are_unique_in_each_menu(install: object, window: object) -> None:
    install("it")  # type: ignore[operator]
    w = window()  # type: ignore[operator]
    titles = _menu_titles(w)
    menus = {"(menu bar)": titles} | {t: _menu(w, t) for t in titles}
    for name, texts in menus.items():
        keys = [k.lower() for text in texts for k in _accelerators(text)]
        assert len(keys) == len(set(keys)), f"{name}: {texts}"


def test_main_window_in_korean(install: object, window: object) -> None:
    install("ko")  # type: ignore[operator]
    w = window()  # type: ignore[operator]
    assert _menu_titles(w) == [
        "파일(&F)",
        "편집(&E)",
        "보기(&V)",
        "대화(&T)",
        "설정(&S)",
        "메일(&M)",  # MailMenu found the Korean Help menu and went before it
        "도움말(&H)",
    ]
    assert _menu(w, "파일(&F)") == ["주문 가져오기(&I)…", "종료(&Q)"]
    assert "응답 필요 없음(&N)" in _menu(w, "대화(&T)")
    assert [w.ui.tabs.tabText(i) for i in range(w.ui.tabs.count())] == [
        "받은 편지함",
        "주문",
        "응답 시간",
    ]


def _label(dialog: AccountDialog, field: QWidget) -> str:
    form = field.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(field)
    assert label is not None
    return label.text()  # type: ignore[attr-defined]


@pytest.fixture
def account_dialog(qtbot: object, store: Store) -> Iterator[object]:
    dialogs: list[AccountDialog] = []

    def make() -> AccountDialog:
        dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialogs.append(dialog)
        return dialog

    yield make
    QThreadPool.globalInstance().waitForDone()  # its keyring check
    QApplication.processEvents()


def test_account_dialog_in_italian(install: object, account_dialog: object) -> None:
    install("it")  # type: ignore[operator]
    d = account_dialog()  # type: ignore[operator]
    assert d.windowTitle() == "Aggiungi account di posta"
    assert _label(d, d.name_edit) == "&Nome:"
    assert _label(d, d.address_edit) == "&Indirizzo mittente:"
    assert _label(d, d.user_edit) == "Nome &utente:"
    assert _label(d, d.imap_host) == "Ser&ver:"
    assert _label(d, d.imap_port) == "&Porta:"
    assert d.test_button.text() == "Verifica &connessione"
    assert d.imap_tls.itemText(0) == "SSL/TLS (consigliato)"
    boxes = {b.title() for b in d.findChildren(QGroupBox)}
    assert {"Posta in arrivo (IMAP)", "Posta in uscita (SMTP)"} <= boxes
    assert d.remember_check.text() == "&Memorizza la password nel portachiavi di sistema"


def test_account_dialog_in_korean(install: object, account_dialog: object) -> None:
    install("ko")  # type: ignore[operator]
    d = account_dialog()  # type: ignore[operator]
    assert d.windowTitle() == "메일 계정 추가"
    assert _label(d, d.name_edit) == "이름(&N):"
    assert _label(d, d.password_edit) == "비밀번호(&W):"
    assert _label(d, d.smtp_port) == "포트(&P):"  # before the dialog's letters are shared out
    assert d.test_button.text() == "연결 테스트(&T)"
    boxes = {b.title() for b in d.findChildren(QGroupBox)}
    assert {"받는 메일(IMAP)", "보내는 메일(SMTP)"} <= boxes


def test_plural_forms_and_helper_contexts_at_run_time(install: object) -> None:
    """Numerus messages pick the right form; `_tr()` helpers, `tr = translate` aliases and
    header tables reach their translations (the tool spells them out for lupdate)."""
    install("it")  # type: ignore[operator]
    tr = QCoreApplication.translate
    assert tr("SyncController", "Mail checked: %n new message(s).", "", 1) == (
        "Posta controllata: 1 nuovo messaggio."
    )
    assert tr("SyncController", "Mail checked: %n new message(s).", "", 3) == (
        "Posta controllata: 3 nuovi messaggi."
    )
    assert tr("AttachmentsModel", "{name} — checking…") == "{name} — verifica in corso…"
    assert tr("OrderTable", "Total") == "Totale"
    assert tr("Format", "overdue %1 h") == "in ritardo di %1 h"


class _Recorder(QTranslator):
    """Answers nothing, remembers every (context, source) the UI asks to translate."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, source))
        return ""  # not found here: Qt asks the next translator


def test_every_string_the_ui_asks_for_is_in_the_catalogue(
    install: object, main_window: object, demo_store: object, qtbot: object
) -> None:
    """The real window over a demo store (Mail menu included), a reply being written (live policy
    findings) and the account dialog: every lookup of ours has its entry in the .ts, so
    none of these texts stays English (a `parent.tr()`, a computed string or a string
    added without `make translations` would fail here)."""
    install("it")  # type: ignore[operator]
    recorder = _Recorder()
    assert QCoreApplication.installTranslator(recorder)
    try:
        store = demo_store(threads=60)  # type: ignore[operator]
        w = main_window(store=store)  # type: ignore[operator]
        pane = w.compose  # built by create_window, with the Mail menu
        w.reply()
        pane.ui.body.setPlainText("Visit http://example.com 😀 and leave a 5 star review")
        pane.run_check()
        dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        # what is asked later: the live check's findings, the dialog's keyring answer
        runner = dialog.findChild(TaskRunner)
        qtbot.waitUntil(lambda: pane.findings_model.rowCount() > 0)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not runner.busy() and not w.runner.busy())  # type: ignore[attr-defined]
    finally:
        QCoreApplication.removeTranslator(recorder)
        QThreadPool.globalInstance().waitForDone()
    catalogue = {(context, m.findtext("source") or "") for context, m in _messages("it")}
    ours = {(c, s) for c, s in recorder.asked if not c.startswith("Q")}  # Qt's own: qtbase
    assert len(ours) > 150
    missing = sorted(ours - catalogue)
    assert not missing, "not in the catalogue (run make translations): " + "\n".join(
        f"{c}: {s!r}" for c, s in missing
    )
