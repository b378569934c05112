"""The bill's "Add item" box (``itemCombo`` in ``ui/billing.ui``): the clinic's price list, found by
any part of an item's code or name as the cashier types (a completer matching inside the text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from hms_desktop.gui.forms import find
from hms_desktop.gui.tabs.billing.model import money
from hms_desktop.services.billing_types import PriceItem


class ItemPicker:
    def __init__(self, form: QWidget, host: QWidget) -> None:
        self.combo = find(form, QComboBox, "itemCombo")
        self.price_items: list[PriceItem] = []
        editor = self.combo.lineEdit()
        assert editor is not None  # the form makes the combo editable
        editor.setPlaceholderText(
            QCoreApplication.translate("ItemPicker", "Type a code or name, e.g. PCM or amox")
        )
        self.editor = editor
        completer = QCompleter(self.combo.model(), host)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)

    def fill(self, items: list[PriceItem]) -> None:
        """The price list as read: ``code · name · price · GST``, nothing chosen."""
        self.price_items = items
        self.combo.blockSignals(True)
        self.combo.clear()
        for i, it in enumerate(items):
            gst = (
                QCoreApplication.translate("ItemPicker", "exempt")
                if it.is_exempt
                else f"GST {it.gst_rate.normalize():f}%"
                if it.gst_rate is not None
                else QCoreApplication.translate("ItemPicker", "no rate")
            )
            self.combo.addItem(f"{it.code} · {it.name} · {money(it.unit_price)} · {gst}", i)
        self.combo.setCurrentIndex(-1)
        self.combo.blockSignals(False)

    def item_for(self, text: str) -> PriceItem | None:
        """The item the text names: a line of the list, the only item containing it, or its code."""
        data = self.combo.currentData()
        index = self.combo.findText(text)
        if index >= 0:
            data = self.combo.itemData(index)
        elif text.strip():
            needle = text.strip().lower()
            hits = [i for i, it in enumerate(self.price_items) if needle in f"{it.code} {it.name}".lower()]
            data = (
                hits[0]
                if len(hits) == 1
                else next((i for i, it in enumerate(self.price_items) if it.code.lower() == needle), None)
            )
        return self.price_items[data] if isinstance(data, int) and 0 <= data < len(self.price_items) else None

    def chosen(self) -> PriceItem | None:
        return self.item_for(self.combo.currentText())

    def clear(self) -> None:
        self.combo.setCurrentIndex(-1)
        self.combo.clearEditText()
