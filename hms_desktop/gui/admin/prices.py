"""Settings ▸ Price list and GST rates… (and the wizard's price-list page): the items with today's
price and GST, a price change from a date, deactivation (items are never deleted), and the GST rate
table by tax class and effective date with new classes or dated rates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from hms_desktop.domain.enums import ItemKind
from hms_desktop.errors import HmsError
from hms_desktop.gui.admin.form_dialog import FormDialog, set_date
from hms_desktop.gui.admin.panel_dialog import PanelDialog
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.services.price_list_types import KINDS, RATE_NOTE_MAX

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor
    from hms_desktop.services.price_list_types import PriceListItem, RateInfo

W = TypeVar("W", bound=QWidget)
# the item kinds as a person reads them; ItemKind's values are keys (the combo's data)
KIND_TEXT = {
    ItemKind.SERVICE.value: str(QT_TRANSLATE_NOOP("PricePanel", "service")),
    ItemKind.PROCEDURE.value: str(QT_TRANSLATE_NOOP("PricePanel", "procedure")),
    ItemKind.MEDICINE.value: str(QT_TRANSLATE_NOOP("PricePanel", "medicine")),
    ItemKind.CONSULTATION.value: str(QT_TRANSLATE_NOOP("PricePanel", "consultation")),
    ItemKind.LAB.value: str(QT_TRANSLATE_NOOP("PricePanel", "lab")),
    ItemKind.OTHER.value: str(QT_TRANSLATE_NOOP("PricePanel", "other")),
}


def kind_text(kind: str) -> str:
    """An item kind in the desk's language (an unknown one as it is)."""
    return QCoreApplication.translate("PricePanel", KIND_TEXT[kind]) if kind in KIND_TEXT else kind


def setup_table(t: QTableWidget, stretch: int | None = None) -> QTableWidget:
    """A read-only table of whole rows from a form (its columns are the form's)."""
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        t.horizontalHeader().setStretchLastSection(True)
    else:  # the long column takes what is left, so every column fits without scrolling sideways
        t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    t.setAlternatingRowColors(True)
    return t


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def _field(dialog: FormDialog, cls: type[W], field: str) -> W:
    """A FormDialog's field widget, of the class the form must give it."""
    return find(dialog.ui, cls, f"{field}Field")


def gst_text(rate: Any, exempt: bool | None) -> str:
    if exempt:
        return QCoreApplication.translate("PricePanel", "exempt")
    if rate is None:
        return QCoreApplication.translate("PricePanel", "no rate")
    return f"{rate.normalize():f}%" if rate == rate.to_integral() else f"{rate}%"


class PricePanel(QWidget):
    """Items and rates in two tabs (``ui/price_list.ui``); ``changed`` after any change."""

    changed = Signal()

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor = ops, services, actor
        self.items: list[PriceListItem] = []
        self.rates: list[RateInfo] = []
        self.classes: list[str] = []
        self.dialog: QDialog | None = None
        self.ui = ui = load_form("price_list.ui", self)
        self.tabs = find(ui, QTabWidget, "priceTabs")
        self.item_table = setup_table(find(ui, QTableWidget, "priceTable"), stretch=1)
        self.item_table.itemSelectionChanged.connect(self._selection)
        self.item_table.doubleClicked.connect(lambda _i: self.edit_item())
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("add", self.add_item),
            ("edit", self.edit_item),
            ("price", self.change_price),
            ("deactivate", lambda: self._active(False)),
            ("activate", lambda: self._active(True)),
        ):
            b = find(ui, QPushButton, f"{key}Button")
            b.clicked.connect(slot)
            self.buttons[key] = b
        self.show_inactive = find(ui, QCheckBox, "showInactiveCheck")
        self.show_inactive.toggled.connect(lambda _c: self._show())
        self.rate_table = setup_table(find(ui, QTableWidget, "rateTable"))
        self.add_rate_button = find(ui, QPushButton, "addRateButton")
        self.add_rate_button.clicked.connect(self.add_rate)
        self.message = find(ui, QLabel, "messageLabel")
        set_message(self.message, "")
        self._selection()

    def refresh(self) -> None:
        sv, actor = self._services, self._actor
        self._ops.run(
            lambda: (
                sv.price_list.items(actor),
                sv.price_list.rates(actor),
                sv.price_list.tax_classes(actor),
            ),
            self._loaded,
            lambda e: set_message(self.message, e.message),
            timeout_s=20,
            what=self.tr("reading the price list"),
        )

    def _loaded(self, result: tuple[list[PriceListItem], list[RateInfo], list[str]]) -> None:
        self.items, self.rates, self.classes = result
        self._show()
        _fill(
            self.rate_table,
            [
                (
                    r.tax_class,
                    r.sac_hsn,
                    f"{r.effective_from:%d %b %Y}",
                    gst_text(r.rate_percent, r.is_exempt),
                    self.tr("in force") if r.in_force else "",
                    r.note or "",
                )
                for r in self.rates
            ],
            right=(3,),
        )

    def shown_items(self) -> list[PriceListItem]:
        return [it for it in self.items if it.is_active or self.show_inactive.isChecked()]

    def _show(self) -> None:
        _fill(
            self.item_table,
            [
                (
                    it.code,
                    it.name,
                    kind_text(it.kind),
                    it.tax_class,
                    it.sac_hsn or "",
                    gst_text(it.gst_rate, it.is_exempt),
                    f"{it.price:,.2f}",
                    self.tr("₹{price} from {day}").format(
                        price=f"{it.next_price:,.2f}", day=f"{it.next_from:%d %b %Y}"
                    )
                    if it.next_from and it.next_price
                    else "",
                    self.tr("active") if it.is_active else self.tr("inactive"),
                )
                for it in self.shown_items()
            ],
            right=(6,),
        )
        self._selection()

    def selected(self) -> PriceListItem | None:
        model = self.item_table.selectionModel()
        rows = model.selectedRows() if model else []
        shown = self.shown_items()
        return shown[rows[0].row()] if rows and rows[0].row() < len(shown) else None

    def _selection(self) -> None:
        it = self.selected()
        for key in ("edit", "price"):
            self.buttons[key].setEnabled(it is not None)
        self.buttons["deactivate"].setEnabled(it is not None and it.is_active)
        self.buttons["activate"].setEnabled(it is not None and not it.is_active)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._after_change)
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        set_message(self.message, self.tr("Saved."), "ok")
        self.refresh()
        self.changed.emit()

    def _classes_into(self, combo: QComboBox, current: str | None = None) -> QComboBox:
        for c in self.classes:
            combo.addItem(c, c)
        if current:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    @staticmethod
    def _kinds_into(combo: QComboBox, current: str) -> QComboBox:
        for k in KINDS:
            combo.addItem(kind_text(k), k)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def add_item(self) -> QDialog:
        sv, actor = self._services, self._actor

        def call(v: dict[str, Any]) -> Any:
            return sv.price_list.add_item(
                actor, v["code"], v["name"], v["kind"], v["tax_class"], v["price"], v["sac_hsn"], v["unit"]
            )

        dialog = FormDialog(
            self._ops,
            self.tr("Add a price-list item"),
            "price_item.ui",
            ("code", "name", "kind", "tax_class", "sac_hsn", "unit", "price"),
            call,
            self,
            what=self.tr("adding the item"),
        )
        self._kinds_into(_field(dialog, QComboBox, "kind"), "procedure")
        self._classes_into(_field(dialog, QComboBox, "tax_class"), "HEALTH")
        _field(dialog, QLineEdit, "sac_hsn").setPlaceholderText(
            self.tr("empty: the tax class's (e.g. 999312)")
        )
        _field(dialog, QLineEdit, "unit").setText("NOS")  # notr: a GST unit code (UQC)
        return self._open(dialog)

    def edit_item(self) -> QDialog | None:
        it = self.selected()
        if it is None:
            return None
        sv, actor, code = self._services, self._actor, it.code

        def call(v: dict[str, Any]) -> Any:
            return sv.price_list.update_item(actor, code, **v)

        dialog = FormDialog(
            self._ops,
            self.tr("Edit {code}").format(code=code),
            "price_item.ui",
            ("name", "kind", "tax_class", "sac_hsn", "unit"),
            call,
            self,
            intro=self.tr("Bills already issued keep what they printed."),
        )
        _field(dialog, QLineEdit, "name").setText(it.name)
        self._kinds_into(_field(dialog, QComboBox, "kind"), it.kind)
        self._classes_into(_field(dialog, QComboBox, "tax_class"), it.tax_class)
        _field(dialog, QLineEdit, "sac_hsn").setText(it.sac_hsn or "")
        _field(dialog, QLineEdit, "unit").setText(it.unit)
        return self._open(dialog)

    def change_price(self) -> QDialog | None:
        it = self.selected()
        if it is None:
            return None
        sv, actor, code = self._services, self._actor, it.code

        def call(v: dict[str, Any]) -> Any:
            return sv.price_list.set_price(actor, code, v["price"], v["from_date"])

        intro = self.tr(
            "{name}: ₹{price} today. Bills dated before the new price's day keep the old one; "
            "a price already in force on an earlier day is never rewritten."
        ).format(name=it.name, price=f"{it.price:,.2f}")
        dialog = FormDialog(
            self._ops,
            self.tr("Change the price of {code}").format(code=code),
            "price_change.ui",
            ("price", "from_date"),
            call,
            self,
            intro=intro,
        )
        _field(dialog, QLineEdit, "price").setText(f"{it.price}")
        set_date(_field(dialog, QDateEdit, "from_date"), self._services.clock.today())
        return self._open(dialog)

    def add_rate(self) -> QDialog:
        sv, actor = self._services, self._actor

        def call(v: dict[str, Any]) -> Any:
            return sv.price_list.add_rate(
                actor,
                v["tax_class"],
                v["rate"] or "0",
                v["from_date"],
                exempt=v["exempt"],
                sac_hsn=v["sac_hsn"] or None,
                note=v["note"],
            )

        intro = self.tr(
            "Type a new class name to add a class (e.g. DENTAL_COS), or choose one to give it a rate "
            "from a date."
        )
        dialog = FormDialog(
            self._ops,
            self.tr("Add a GST rate"),
            "gst_rate.ui",
            ("tax_class", "rate", "from_date", "exempt", "sac_hsn", "note"),
            call,
            self,
            intro=intro,
        )
        self._classes_into(_field(dialog, QComboBox, "tax_class"))
        set_date(_field(dialog, QDateEdit, "from_date"), self._services.clock.today())
        _field(dialog, QLineEdit, "note").setMaxLength(RATE_NOTE_MAX)  # refused beyond it, never cut
        return self._open(dialog)

    def _active(self, active: bool) -> None:
        it = self.selected()
        if it is None:
            return
        sv, actor, code = self._services, self._actor, it.code
        self._ops.run(
            lambda: sv.price_list.set_active(actor, code, active),
            lambda _i: self._after_change(),
            lambda e: set_message(self.message, e.message),
            timeout_s=20,
            what=self.tr("changing the item"),
        )

    def add_starter(self, on_done: Any = None) -> None:
        sv, actor = self._services, self._actor

        def done(codes: list[str]) -> None:
            set_message(
                self.message,
                self.tr("Added {n} starter items: edit their prices to the clinic's own.").format(
                    n=len(codes)
                )
                if codes
                else self.tr("The starter items are already on the list."),
                "ok",
            )
            self.refresh()
            if on_done:
                on_done(codes)

        def failed(error: HmsError) -> None:
            set_message(self.message, error.message)

        self._ops.run(
            lambda: sv.price_list.add_starter(actor),
            done,
            failed,
            timeout_s=60,
            what=self.tr("adding the starter list"),
        )


class PriceDialog(PanelDialog):
    panel: PricePanel

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        panel = PricePanel(ops, services, actor)
        title = QCoreApplication.translate("PriceDialog", "Price list and GST rates")
        super().__init__(panel, "priceDialog", title, (980, 520), parent)
