"""The error sentences of Amazon, the store and the mail side on the terminal in the
system's language, as the window shows them: the app's catalogue loaded into a QtCore
application on first use (only when there is a sentence to say; no window, no widgets)."""

from __future__ import annotations

from functools import cache


@cache
def _catalogue() -> bool:
    from importlib import resources

    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    locale = QLocale.system()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return False  # the sentences are English already: no application needed
    folder = resources.files("inbox_app.resources") / "translations"
    translator = QTranslator()
    if not translator.load(locale, "inbox_app", "_", str(folder)):
        return False
    app = QCoreApplication.instance() or QCoreApplication([])
    app.installTranslator(translator)
    _keep.append((app, translator))
    return True


_keep: list[object] = []  # the application and its translator live as long as the CLI


def terminal_text(error: BaseException | str) -> str:
    """The error's sentence (or a stored one) in the system's language."""
    text = error if isinstance(error, str) else str(error)
    if not _catalogue():
        return text
    from inbox_app.models.known_sentences import known_error_text, known_sentence_text

    return known_sentence_text(text) if isinstance(error, str) else known_error_text(error)
