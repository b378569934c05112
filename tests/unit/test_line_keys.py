"""One convention for the field of a table row (issue 11): 'line<n>.<field>', n from 1 as shown."""

from __future__ import annotations

import pytest

from hms_desktop.errors import ValidationError, field_words, line_key, split_line_key


def test_a_row_key_and_back() -> None:
    assert line_key(2, "quantity") == "line2.quantity"
    assert line_key(1) == "line1"
    assert split_line_key("line2.quantity") == (2, "quantity")
    assert split_line_key("line12") == (12, None)
    for other in ("line0", "line", "lines[1]", "line1.", "line01.quantity", "first_name", "line2.Qty"):
        assert split_line_key(other) is None, other
    with pytest.raises(ValueError):
        line_key(0, "quantity")  # the 0-based paths were the bug: rows are numbered as shown


def test_a_person_reads_the_row_in_words() -> None:
    assert field_words("line2.quantity") == "Line 2, quantity"
    assert field_words("line3.discount_reason") == "Line 3, discount reason"
    assert field_words("line1") == "Line 1"
    message = ValidationError({"line2.quantity": "Enter a quantity above 0."}).message
    assert message == "Line 2, quantity: Enter a quantity above 0." and "line2" not in message


def test_the_services_use_the_convention() -> None:
    """Every row key the billing and prescription services can raise parses as a row key."""
    from tests.gui.field_keys import expand, raised_keys

    keys = raised_keys(
        (
            "hms_desktop.services.billing_invoices",
            "hms_desktop.services.billing_input",
            "hms_desktop.services.billing_credit_notes",
            "hms_desktop.services.prescriptions",
        )
    )
    # "lines" names the whole list ("add a line"); anything else starting with "line" is a row key
    expanded = [k for key in keys for k in expand(key, {"line": ("1", "2")})]
    rows = [k for k in expanded if k.startswith("line") and k != "lines"]
    assert rows, keys
    for key in rows:
        assert split_line_key(key) is not None, key
