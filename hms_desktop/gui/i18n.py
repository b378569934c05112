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

import datetime as dt
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from hms_desktop.paths import resources_dir

if TYPE_CHECKING:
    from hms_desktop.errors import HmsError

log = logging.getLogger(__name__)
E = TypeVar("E", bound="HmsError")

SOURCE_LANGUAGE = "en"
SUPPORTED: tuple[str, ...] = ("en", "hi")
SYSTEM = "system"
# each language in its own script: a person who cannot read the current one still finds theirs
NAMES: dict[str, str] = {"en": "English", "hi": "हिन्दी"}  # notr: each in its own script

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


def named_date(when: dt.date | dt.datetime, qt_format: str, py_format: str) -> str:
    """``when`` (already local) with day or month names: the locale's in the desk's language
    (``qt_format``, a QLocale format: मंगल 24 नव॰ 2026), else ``py_format`` (strftime's English
    names, as they have always been written: Tue 24 Nov 2026)."""
    if not _installed:
        return when.strftime(py_format)
    day = QDate(when.year, when.month, when.day)
    if isinstance(when, dt.datetime):
        return QLocale().toString(QDateTime(day, QTime(when.hour, when.minute, when.second)), qt_format)
    return QLocale().toString(day, qt_format)


def current() -> str:
    """The language the desk shows now (English when no translator is installed)."""
    if not _installed:
        return SOURCE_LANGUAGE
    return QLocale().name().split("_")[0]


# --- the services' words ---------------------------------------------------------------------------
# The services are Qt-free and speak English; what they say reaches the desk as text (an error's
# message and its fields' messages, a label in a DTO). scripts/i18n.py update collects each message
# they can say (an f-string as a template: "There is no doctor {0}.") into gui/service_messages.py,
# so it is translated in the .ts like the desk's own strings; service_text() finds the template a
# message was made from and fills the translation with the same values.

_service_catalogue: tuple[dict[str, str], list[tuple[re.Pattern[str], str]]] | None = None
# where a service's value goes: {0} in an f-string's template, {name} in a str.format one
_PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)\}(?!\})")
SERVICE_CONTEXT = "ServiceMessage"


def _unescape(text: str) -> str:
    return text.replace("{{", "{").replace("}}", "}")


def _catalogue() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    global _service_catalogue
    if _service_catalogue is None:
        from hms_desktop.gui.service_messages import TEMPLATES

        exact: dict[str, str] = {}
        patterns: list[tuple[int, re.Pattern[str], str]] = []
        for template in TEMPLATES:
            pieces = [_unescape(piece) for piece in _PLACEHOLDER.split(template)[::2]]
            if len(pieces) == 1:
                exact[pieces[0]] = template
            else:
                body = "(.*?)".join(re.escape(piece) for piece in pieces)  # a value may be empty
                patterns.append((sum(map(len, pieces)), re.compile(body, re.DOTALL), template))
        patterns.sort(key=lambda found: -found[0])  # the most specific template first
        _service_catalogue = exact, [(pattern, template) for _, pattern, template in patterns]
    return _service_catalogue


def _fill(template: str, translated: str, values: list[str]) -> str | None:
    """``translated`` with each placeholder of ``template`` replaced by its value (None when the
    translation names a placeholder the template does not have)."""
    names = [found.group(0) for found in _PLACEHOLDER.finditer(template)]
    by_name = dict(zip(names, values, strict=True))
    missing = False

    def value(found: re.Match[str]) -> str:
        nonlocal missing
        if found.group(0) not in by_name:
            missing = True
            return found.group(0)
        return by_name[found.group(0)]

    filled = _PLACEHOLDER.sub(value, translated)
    return None if missing else _unescape(filled)


def service_text(text: str) -> str:
    """``text`` (a message or label a service made) in the desk's language: unchanged in English,
    or when the services have no such message (a value typed by a person, a name)."""
    if not _installed or not text:
        return text
    exact, patterns = _catalogue()
    template = exact.get(text)
    values: list[str] = []
    if template is None:
        for pattern, candidate in patterns:
            found = pattern.fullmatch(text)
            if found is not None:
                template = candidate
                # a value that is itself one of the services' words (a status, a level) is translated too
                values = [service_text(value) if value in exact else value for value in found.groups()]
                break
    if template is None:
        return text
    filled = _fill(template, QCoreApplication.translate(SERVICE_CONTEXT, template), values)
    if filled is None:  # a translation that names a placeholder the message has not: say it in English
        log.warning("the translation of a service message has a placeholder it should not: %r", template)
        return text
    return filled


def localize(error: E) -> E:
    """``error`` with its message (and its fields' messages) in the desk's language; the same object,
    so a handler's ``isinstance`` checks still hold. Done once, where the error reaches the desk."""
    if not _installed or getattr(error, "_localized", False):
        return error
    from hms_desktop.errors import ValidationError, field_words

    if isinstance(error, ValidationError):
        error.errors = {field: service_text(message) for field, message in error.errors.items()}
        message = "; ".join(f"{service_text(field_words(k))}: {v}" for k, v in error.errors.items())
    else:
        message = service_text(error.message)
    error.message = message
    error.args = (message,)
    error._localized = True  # type: ignore[attr-defined]
    return error
