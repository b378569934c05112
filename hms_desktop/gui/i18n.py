"""The desk's language (issue 17): Qt's translators for the chosen language, and the Indian locale.

Every string a person reads goes through Qt's translation system: ``self.tr("…")`` in a QObject,
``QCoreApplication.translate("Context", "…")`` elsewhere, ``QT_TRANSLATE_NOOP`` for module-level
constants (the tab titles), and the Designer forms' strings, which QUiLoader translates itself in the
form's ``<class>`` context once a translator is installed. Keys are never translated: settings keys,
object names, audit action names, style-sheet roles (``notr="true"`` in the forms).

The source of each translation is ``resources/i18n/hms_<lang>.ts`` (``scripts/i18n.py update`` merges
new strings into it with pyside6-lupdate); the compiled ``hms_<lang>.qm`` beside it is committed, made
by ``scripts/i18n.py release`` (pyside6-lrelease), so a source checkout, the wheel and a frozen build
all run without Linguist tools at hand, and tests/gui/test_translation.py fails when it is stale.

The language is chosen per desk (View > Language…, the ``desk/language`` setting: ``system``, ``en``
or ``hi``) and installed once at start, before any window is built: a change applies on restart.
Numbers and dates follow the Indian conventions in either language (en_IN / hi_IN: 1,00,000).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hms_desktop.paths import resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
SUPPORTED: tuple[str, ...] = ("en", "hi")
SYSTEM = "system"
# each language in its own script: a person who cannot read the current one still finds theirs
NAMES: dict[str, str] = {"en": "English", "hi": "हिन्दी"}

_installed: list[QTranslator] = []
_previous_locale: QLocale | None = None


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show for a desk's ``choice``: itself when supported, else (``system`` or an
    unknown value) the first of the computer's UI languages the desk has, else English."""
    if choice in SUPPORTED:
        return choice
    for tag in (system or QLocale.system()).uiLanguages():
        language = tag.replace("_", "-").split("-")[0].lower()
        if language in SUPPORTED:
            return language
    return SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The locale numbers and dates are shown in: India's, in ``language`` (1,00,000; 07/03/25)."""
    if language == "hi":
        return QLocale(QLocale.Language.Hindi, QLocale.Country.India)
    return QLocale(QLocale.Language.English, QLocale.Country.India)


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def catalogue(language: str) -> Path:
    """The compiled translation of the desk's own strings into ``language``."""
    return translations_dir() / f"hms_{language}.qm"


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if path.is_file() and translator.load(str(path)):
        return translator
    return None


def translators(language: str) -> list[QTranslator]:
    """Ours, then Qt's own (the standard buttons, context menus) when the Qt build ships one."""
    if language == SOURCE_LANGUAGE:
        return []
    found: list[QTranslator] = []
    ours = _load(catalogue(language))
    if ours is None:
        log.warning("no translation into %r at %s: the desk stays in English", language, catalogue(language))
        return []
    found.append(ours)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    # Qt's own strings (OK, Cancel, Save): Qt's translation when the build ships one, else ours
    qt = _load(qt_dir / f"qtbase_{language}.qm") or _load(translations_dir() / f"qt_{language}.qm")
    if qt is not None:
        found.append(qt)
    return found


def install(app: QCoreApplication, language: str) -> str:
    """Show the desk in ``language`` from now on (call before the first window is built): its
    translators installed, the default locale India's in that language. Returns the language in
    effect (English when the translation is missing)."""
    global _previous_locale
    uninstall(app)
    _previous_locale = QLocale()
    found = translators(language)
    for translator in found:
        app.installTranslator(translator)
    _installed.extend(found)
    shown = language if found or language == SOURCE_LANGUAGE else SOURCE_LANGUAGE
    QLocale.setDefault(locale_for(shown))
    return shown


def uninstall(app: QCoreApplication) -> None:
    """Back to the source strings and the locale from before :func:`install` (the tests use it)."""
    global _previous_locale
    while _installed:
        app.removeTranslator(_installed.pop())
    if _previous_locale is not None:
        QLocale.setDefault(_previous_locale)
        _previous_locale = None


def current() -> str:
    """The language the desk shows now (English when no translator is installed)."""
    if not _installed:
        return SOURCE_LANGUAGE
    return QLocale().name().split("_")[0]
