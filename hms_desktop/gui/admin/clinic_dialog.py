"""Settings ▸ Clinic…: the clinic's identity and numbering, saved with optimistic locking (a second
administrator's stale save is refused, naming what the first one changed). The tabs and buttons are in
``ui/clinic_settings.ui``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QWidget

from hms_desktop.errors import ConcurrentChange, HmsError, ValidationError
from hms_desktop.gui.admin.clinic_form import NUMBERING_ERRORS, ClinicForm
from hms_desktop.gui.forms import FormError, find, load_form, set_message
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.services.billing_types import SeriesPrefix
    from hms_desktop.services.clinic_types import ClinicInfo
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor


# the settings on the Numbering tab: an error in one of them brings that tab forward
NUMBERING_FIELDS = frozenset(NUMBERING_ERRORS)


def save_clinic(
    services: Services,
    actor: Actor,
    values: dict[str, Any],
    loaded: ClinicInfo | None,
    prefixes: dict[str, str],
) -> tuple[ClinicInfo, list[SeriesPrefix]]:
    """On a worker: the settings, then each changed document-series prefix (errors keyed by field);
    returns the saved settings and the prefixes now in use."""
    info = services.clinic.update_settings(
        actor, loaded=loaded if loaded and loaded.row_version else None, **values
    )
    problems: dict[str, str] = {}
    for doc_type, prefix in prefixes.items():
        try:
            services.billing.set_prefix(actor, doc_type, prefix)
        except ValidationError as exc:
            problems[f"series.{doc_type}"] = " ".join(exc.errors.values()) or exc.message
        except HmsError as exc:  # a prefix the series refuses (its shape, or numbers already issued)
            problems[f"series.{doc_type}"] = exc.message
    if problems:
        raise ValidationError(problems)
    return info, services.billing.prefixes(actor)


def _hold(page: QWidget, form: QWidget) -> QWidget:
    layout = page.layout()
    if layout is None:
        raise FormError(f"clinic_settings.ui: {page.objectName()} has no layout")  # notr: a broken form
    layout.addWidget(form)
    return page


class ClinicDialog(QDialog):
    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicDialog")
        self._ops, self._services, self._actor = ops, services, actor
        self.loaded: ClinicInfo | None = None
        self.saved: ClinicInfo | None = None
        self.ui = ui = load_form("clinic_settings.ui", self)
        self.setWindowTitle(ui.windowTitle())
        self.message = find(ui, QLabel, "messageLabel")
        self.form = ClinicForm(self.message)
        self.tabs = find(ui, QTabWidget, "clinicTabs")
        # the two forms are the wizard's pages too (clinic_identity.ui, clinic_numbering.ui): each
        # goes into its tab here
        self.identity_page = _hold(find(ui, QWidget, "identityTab"), self.form.identity)
        self.numbering_page = _hold(find(ui, QWidget, "numberingTab"), self.form.numbering)
        self.buttons = find(ui, QDialogButtonBox, "buttonBox")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(680, 640)
        set_message(self.message, "")

    def start(self) -> None:
        self.save_button.setEnabled(False)
        services, actor = self._services, self._actor
        self._ops.run(
            lambda: (services.clinic.settings(), services.billing.prefixes(actor)),
            self._loaded,
            self._failed,
            timeout_s=20,
            what=self.tr("reading the clinic settings"),
        )

    def _loaded(self, loaded: tuple[ClinicInfo, list[SeriesPrefix]]) -> None:
        info, prefixes = loaded
        self.loaded = info
        self.form.load(info)
        self.form.load_prefixes(prefixes)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        services, actor, loaded = self._services, self._actor, self.loaded
        values, prefixes = self.form.values(), self.form.series_prefixes()
        self.form.errors.clear()
        self.save_button.setEnabled(False)
        set_message(self.message, self.tr("Saving…"), "info")
        self._ops.run(
            lambda: save_clinic(services, actor, values, loaded, prefixes),
            self._saved,
            self._failed,
            timeout_s=30,
            what=self.tr("saving the clinic settings"),
        )

    def _saved(self, saved: tuple[ClinicInfo, list[SeriesPrefix]]) -> None:
        info, prefixes = saved
        self.saved = self.loaded = info
        self.form.load(info)
        self.form.load_prefixes(prefixes)
        self.save_button.setEnabled(True)
        set_message(
            self.message,
            self.tr("Saved. Documents now print as {name}.").format(name=info.display_name),
            "ok",
        )

    def _failed(self, error: HmsError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ConcurrentChange):
            set_message(self.message, error.message)
            return
        self.form.errors.show(error)
        if isinstance(error, ValidationError):
            first = next(iter(error.errors), "")
            if first in NUMBERING_FIELDS or first.startswith("series."):
                self.tabs.setCurrentWidget(self.numbering_page)
            else:
                self.tabs.setCurrentWidget(self.identity_page)
