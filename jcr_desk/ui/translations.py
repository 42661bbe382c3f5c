"""The window's language: Qt translators for JCR Desk's own texts and Qt's standard ones.

Installed once at start-up, before any widget exists, from Edit → Preferences… → Language.
A change of the preference applies at the next start (the preference dialog says so):
rebuilding every label of an open window is not worth the risk to an analyst's unsaved work.
``.qm`` files are compiled from ``resources/translations/*.ts`` by ``make`` (pyside6-lrelease).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jcr_desk.i18n import (
    ENGLISH,
    JAPANESE,
    SYSTEM,
    Text,
    catalogue_path,
    set_language,
)

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def resolve_language(preference: str) -> str:
    """``ja`` or ``en`` for a preference; ``system`` follows the system's UI languages."""
    if preference in (JAPANESE, ENGLISH):
        return preference
    for name in QLocale.system().uiLanguages():
        return JAPANESE if name.lower().startswith("ja") else ENGLISH
    return ENGLISH


def install_language(preference: str = SYSTEM) -> str:
    """Install the translators and the default locale (numbers, dates) of ``preference``;
    returns the language in use. Installing again first removes the earlier translators."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(preference)
    set_language(language)
    if language == ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    qm = catalogue_path(language).with_suffix(".qm")
    own = QTranslator(app)
    if own.load(str(qm)):
        _installed.append(own)
    else:
        log.warning("no compiled translation %s (run make translations-qm)", qm)
    qt_base = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_folder):
        _installed.append(qt_base)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    return language


def shown(text: Text | str) -> str:
    """A domain sentence in the window's language (a string is already the window's own)."""
    return text.built(QCoreApplication.translate) if isinstance(text, Text) else text

