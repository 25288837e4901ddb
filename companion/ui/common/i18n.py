"""The window's language: Japanese or English, switched live with Qt translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from companion.preferences import LANGUAGES, language_from_environment
from companion.resources import translation_file

LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}

_state: dict[str, object] = {"language": "en", "translators": []}


def current_language() -> str:
    return str(_state["language"])


def system_language() -> str:
    from_env = language_from_environment()
    if from_env:
        return from_env
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def locale_for(language: str) -> QLocale:
    if language == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def apply_language(language: str) -> None:
    """Install the translators for `language`; open widgets retranslate on LanguageChange."""
    if language not in LANGUAGES:
        language = "en"
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication")
    old = _state["translators"]
    assert isinstance(old, list)
    if language == _state["language"] and old:
        QLocale.setDefault(locale_for(language))
        return  # already in place: no LanguageChange for every open widget
    for translator in old:
        app.removeTranslator(translator)
    installed: list[QTranslator] = []
    # English too: companion_en.qm holds only the plural forms ("1 check-in", "2 check-ins").
    ours = QTranslator(app)
    if ours.load(str(translation_file(language))):
        installed.append(ours)
    if language != "en":  # Qt's own words (standard buttons, context menus), from the wheel
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            installed.append(qt_own)
    for translator in installed:
        app.installTranslator(translator)
    _state["translators"] = installed
    _state["language"] = language
    QLocale.setDefault(locale_for(language))


class Retranslating:
    """Mixin for widgets: `retranslate()` runs whenever the window's language changes.

    List it before the Qt base class: `class TodayPage(Retranslating, QWidget)`.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
