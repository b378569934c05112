"""The set-up wizard a new clinic sees after creating its first administrator: clinic identity,
numbering, departments and doctors, a starter price list, staff accounts and this desk's defaults.

Every page can be skipped ("Skip this step") and everything in it is in the Settings menu later.
The identity and numbering pages save through the clinic service when Next is pressed (on a worker;
the page turns when the save succeeded, or shows the service's errors under the fields); the other
pages embed the same panels as the Settings menu's screens, which save as the administrator works.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.admin.clinic_dialog import NUMBERING_FIELDS, save_clinic
from hms_desktop.gui.admin.clinic_form import ClinicForm
from hms_desktop.gui.admin.prices import PricePanel
from hms_desktop.gui.admin.staff import StaffPanel
from hms_desktop.gui.forms import FormError, find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import (
    INVOICE_PAPER,
    PDF_FOLDER,
    PRESCRIPTION_PAPER,
    SLIP_PAPER,
    Settings,
    pdf_folder,
)

if TYPE_CHECKING:
    from hms_desktop.services.billing_types import SeriesPrefix
    from hms_desktop.services.clinic_types import ClinicInfo
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

SKIP = QWizard.WizardButton.CustomButton1


class _Page(QWizardPage):
    """A step: its content above its message line (``ui/wizard_page.ui``). The steps are
    QWizardPage subclasses with their own Next (validatePage), so the wizard and its steps' titles
    stay in code; a Designer form cannot be a page of a wizard built in code."""

    def __init__(self, wizard: SetupWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.ui = load_form("wizard_page.ui", self)
        self.message = find(self.ui, QLabel, "messageLabel")
        set_message(self.message, "")
        layout = find(self.ui, QWidget, "contentHost").layout()
        if layout is None:
            raise FormError("wizard_page.ui: contentHost has no layout")  # notr: a broken form
        self.body = layout

    def hold(self, content: QWidget) -> None:
        """The step's content: a form or a Settings panel, above the message line."""
        self.body.addWidget(content)

    def enter(self) -> None:  # the page is shown
        pass


class _SavingPage(_Page):
    """A page whose Next saves the clinic settings first (and turns only once they are saved)."""

    def __init__(self, wizard: SetupWizard, title: str, subtitle: str) -> None:
        super().__init__(wizard, title, subtitle)
        self._saved_ok = False

    def validatePage(self) -> bool:
        if self.wiz.skipping or self._saved_ok:
            self._saved_ok = False
            return True
        self.wiz.save_clinic(self)
        return False

    def saved(self) -> None:
        self._saved_ok = True
        self.wiz.next()


class SetupWizard(QWizard):
    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up the clinic — HMS Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self._ops, self._services, self._actor, self.settings = ops, services, actor, settings
        self.skipping = False
        self.loaded: ClinicInfo | None = None
        self.saved_info: ClinicInfo | None = None
        # Qt's own buttons, in Qt's English words: named here so they read in the desk's language too
        # (the PySide6 wheel ships no Qt translation of QWizard's buttons into Hindi)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(SKIP, self.tr("S&kip this step"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(lambda which: self.skip() if which in (SKIP, SKIP.value) else None)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

        self.identity = _SavingPage(
            self,
            self.tr("1. The clinic"),
            self.tr(
                "Its name, address and GST registration as printed on every bill; the time zone the desk "
                "keeps; the UPI ID for the QR code on bills with a balance due."
            ),
        )
        self.form = ClinicForm(self.identity.message)
        self.identity.hold(self.form.identity)
        self.numbering = _SavingPage(
            self,
            self.tr("2. Numbering"),
            self.tr(
                "Patient numbers, the document series' prefixes (e.g. INV/25-26/000001) and queue tokens."
            ),
        )
        self.numbering.hold(self.form.numbering)
        from hms_desktop.gui.desk import DeskContext
        from hms_desktop.gui.tabs.doctors import DoctorsTab

        self.doctors_tab = DoctorsTab(DeskContext.of(ops, services, actor, settings), services)
        self.doctors = _Page(
            self,
            self.tr("3. Departments and doctors"),
            self.tr(
                "Add the departments and the doctors with their registration numbers and fees (or import "
                "them: `hms-desktop-admin doctor import FILE.csv`)."
            ),
        )
        self.doctors.hold(
            self._panel_form(self.doctors_tab, "doctor", self.tr("Import doctors from a CSV or Excel file…"))
        )
        self.doctors.enter = self.doctors_tab.refresh  # type: ignore[method-assign]

        self.price_panel = PricePanel(ops, services, actor)
        self.prices = _Page(
            self,
            self.tr("4. Price list"),
            self.tr(
                "What the clinic bills, with SAC/HSN, tax class and price. Start from the starter list and "
                "change the prices to the clinic's own."
            ),
        )
        prices = self._panel_form(
            self.price_panel, "price", self.tr("Import the price list from a CSV or Excel file…")
        )
        self.starter_button = find(prices, QPushButton, "starterButton")
        self.starter_button.show()
        self.starter_button.clicked.connect(lambda: self.price_panel.add_starter())
        self.prices.hold(prices)
        self.prices.enter = self.price_panel.refresh  # type: ignore[method-assign]

        self.staff_panel = StaffPanel(ops, services, actor)
        self.staff = _Page(
            self,
            self.tr("5. Staff accounts"),
            self.tr(
                "An account for each person at the desk: receptionists, nurses, doctors (linked to their "
                "doctor), cashiers. Nobody shares a sign-in."
            ),
        )
        self.staff.hold(self._panel_form(self.staff_panel))
        self.staff.enter = self.staff_panel.refresh  # type: ignore[method-assign]

        self.desk = _Page(
            self, self.tr("6. This desk"), self.tr("Paper in this desk's printers and where PDFs are saved.")
        )
        self.desk_form = desk = load_form("wizard_desk.ui")
        self.invoice_paper = self._combo(desk, "invoicePaper", ("A5", "A4", "80mm"), INVOICE_PAPER)
        self.rx_paper = self._combo(desk, "prescriptionPaper", ("A5", "A4"), PRESCRIPTION_PAPER)
        # slips and receipts are laid out for the 80 mm roll only: a 58 mm choice would be a promise
        # no document keeps
        self.slip_paper = self._combo(desk, "slipPaper", ("80mm",), SLIP_PAPER)
        self.folder = find(desk, QLineEdit, "pdfFolderEdit")
        self.folder.setText(str(pdf_folder(settings)))
        find(desk, QPushButton, "browseButton").clicked.connect(self._browse)
        self.desk.hold(desk)

        for page in (self.identity, self.numbering, self.doctors, self.prices, self.staff, self.desk):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        self.resize(900, 720)

    def _panel_form(self, panel: QWidget, import_kind: str | None = None, import_text: str = "") -> QWidget:
        """``ui/wizard_panel.ui`` around a Settings panel: its optional starter and import buttons."""
        form = load_form("wizard_panel.ui")
        host = find(form, QWidget, "panelHost").layout()
        if host is None:
            raise FormError("wizard_panel.ui: panelHost has no layout")  # notr: a broken form
        host.addWidget(panel)
        find(form, QPushButton, "starterButton").hide()  # the price list's page shows it
        button = find(form, QPushButton, "importButton")
        if import_kind is None:
            button.hide()
        else:
            button.setText(import_text)
            button.setObjectName(f"{import_kind}ImportButton")
            button.clicked.connect(lambda: self.open_import(import_kind))
        return form

    def open_import(self, kind: str) -> QWidget:
        """The import dialog of Settings ▸ Import…, set to doctors or the price list."""
        from hms_desktop.gui.dialogs.import_wizard import ImportDialog
        from hms_desktop.services.importer_types import ImportKind

        dialog = ImportDialog(self._ops, self._services.importer, self._actor, self.settings, self)
        wanted = ImportKind(kind)
        for i in range(dialog.kind.count()):
            if dialog.kind.itemData(i) == wanted:
                dialog.kind.setCurrentIndex(i)
        refresh = self.doctors_tab.refresh if kind == "doctor" else self.price_panel.refresh
        dialog.finished.connect(lambda _r: refresh())
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _combo(self, form: QWidget, name: str, values: tuple[str, ...], setting: Any) -> QComboBox:
        combo = find(form, QComboBox, name)
        combo.addItems(values)
        current = self.settings.get(setting)
        combo.setCurrentIndex(max(0, combo.findText(current)))
        return combo

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Save PDFs in"), self.folder.text())
        if path:
            self.folder.setText(path)

    # --- flow -----------------------------------------------------------------------------------

    def start(self) -> None:
        services, actor = self._services, self._actor
        self._ops.run(
            lambda: (services.clinic.settings(), services.billing.prefixes(actor)),
            self._loaded,
            lambda e: set_message(self.identity.message, e.message),
            timeout_s=20,
            what=self.tr("reading the clinic settings"),
        )

    def _loaded(self, loaded: tuple[ClinicInfo, list[SeriesPrefix]]) -> None:
        info, prefixes = loaded
        self.loaded = info
        self.form.load(info)
        self.form.load_prefixes(prefixes)

    def _entered(self, _page_id: int) -> None:
        page = self.currentPage()
        if isinstance(page, _Page):
            page.enter()

    def skip(self) -> None:
        if self.currentPage() is self.desk:
            self.skipping = True
            self.accept()
            return
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def save_clinic(self, page: _SavingPage) -> None:
        sv, actor, loaded = self._services, self._actor, self.loaded
        values = self.form.values()
        prefixes = self.form.series_prefixes() if page is self.numbering else {}
        self.form.errors.message = page.message
        self.form.errors.clear()
        set_message(page.message, self.tr("Saving…"), "info")
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)

        def ok(saved: tuple[ClinicInfo, list[SeriesPrefix]]) -> None:
            info, prefixes = saved
            self.loaded = self.saved_info = info
            self.form.load(info)
            self.form.load_prefixes(prefixes)
            self.button(QWizard.WizardButton.NextButton).setEnabled(True)
            set_message(page.message, "")
            page.saved()

        self._ops.run(
            lambda: save_clinic(sv, actor, values, loaded, prefixes),
            ok,
            lambda error: self.save_failed(page, error),
            timeout_s=30,
            what=self.tr("saving the clinic settings"),
        )

    def save_failed(self, page: _SavingPage, error: HmsError) -> None:
        """The save pressed on ``page`` was refused: the errors show under their fields, on the page
        of the first refused field (each page's Next saves every setting, both pages' fields)."""
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        target: _SavingPage = page
        if isinstance(error, ValidationError):
            first = next(iter(error.errors), "")
            numbering = first in NUMBERING_FIELDS or first.startswith("series.")
            target = self.numbering if numbering else self.identity
        set_message(page.message, "")
        if target is not self.currentPage():
            if target is self.numbering:
                self.skip()  # forward without saving again
            else:
                self.back()
        self.form.errors.message = target.message
        self.form.errors.show(error)

    def accept(self) -> None:
        if self.settings is not None and not self.skipping:
            self.settings.set(INVOICE_PAPER, self.invoice_paper.currentText())
            self.settings.set(PRESCRIPTION_PAPER, self.rx_paper.currentText())
            self.settings.set(SLIP_PAPER, self.slip_paper.currentText())
            folder = self.folder.text().strip()
            self.settings.set(PDF_FOLDER, "" if folder == str(pdf_folder(None)) else folder)
            with contextlib.suppress(OSError):
                Path(folder).mkdir(parents=True, exist_ok=True)
        self.skipping = False
        super().accept()
