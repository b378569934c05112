"""The billing arithmetic in one place (domain.billing_math): place of supply (IGST Act s.10(1)(ca),
s.12(4)), tax heads with their rates (Rule 46(l)), UTGST, nil-rated as exempt for the document type
(CGST Act s.2(47)), round-off and credit-note proportions."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from hms_desktop.domain.billing_math import (
    CreditLineIn,
    LineIn,
    MixedPlaces,
    compute_bill,
    credit_note,
    place_of_supply,
)
from hms_desktop.domain.enums import DocType
from hms_desktop.domain.gst import PLACE_CODES, STATE_NAMES, UTGST_CODES, second_head, split_gst, state_text
from hms_desktop.domain.money import to_paise, to_rupees

D = Decimal
KA, MH, CH, LA = "29", "27", "04", "38"

CONSULT = LineIn(D(1), D("400"), D(0), D(0), True, goods=False)  # exempt health care
PEEL = LineIn(D(1), D("2500"), D(0), D(18), False, goods=False)  # cosmetic procedure, 18%
AMOX = LineIn(D("1.5"), D("95.50"), D(0), D(5), False, goods=True)  # medicine, 5%
NIL = LineIn(D(2), D("310"), D(0), D(0), False, goods=True)  # nil-rated life-saving drug


def test_services_are_supplied_where_performed_whatever_the_patients_state() -> None:
    """s.12(4): a chemical peel for a Maharashtra patient is CGST + SGST in Karnataka, never IGST."""
    bill = compute_bill([PEEL], KA, MH)
    assert bill.intra_state and bill.place_code == KA and bill.place_of_supply == "Karnataka"
    assert (bill.cgst, bill.sgst, bill.igst) == (D("225.00"), D("225.00"), D("0.00"))
    assert [h.label for h in bill.heads] == ["CGST 9%", "SGST 9%"]
    exempt = compute_bill([CONSULT], KA, MH)  # an exempt consultation: "Place of supply: Karnataka"
    assert exempt.place_code == KA and exempt.doc_type is DocType.BILL_OF_SUPPLY


def test_goods_go_inter_state_only_when_the_patients_state_is_recorded() -> None:
    """s.10(1)(ca): medicines to an unregistered patient follow the State recorded on the bill."""
    unrecorded = compute_bill([AMOX], KA, None)
    assert unrecorded.intra_state and unrecorded.place_code == KA
    recorded = compute_bill([AMOX], KA, MH)
    assert not recorded.intra_state and recorded.place_code == MH
    assert (recorded.cgst, recorded.sgst, recorded.igst) == (D("0.00"), D("0.00"), D("7.16"))
    assert [h.label for h in recorded.heads] == ["IGST 5%"]
    # a registered buyer takes the goods over the counter: the clinic's State (s.10(1)(a)/(c))
    assert compute_bill([AMOX], KA, MH, registered=True).intra_state
    assert place_of_supply(KA, MH, goods=False) == KA
    assert place_of_supply(KA, MH, goods=True) == MH
    assert place_of_supply(KA, MH, goods=True, registered=True) == KA


def test_taxed_lines_with_two_places_of_supply_cannot_share_a_bill() -> None:
    with pytest.raises(MixedPlaces) as err:
        compute_bill([PEEL, AMOX], KA, MH)
    assert "separate bill" in str(err.value) and "Maharashtra" in str(err.value)
    # untaxed services beside inter-State medicines are fine: no tax hangs on the consultation
    bill = compute_bill([CONSULT, AMOX], KA, MH)
    assert bill.place_code == MH and bill.igst == D("7.16")
    assert compute_bill([PEEL, AMOX], KA, KA).intra_state  # the same State: one place


def test_nil_rated_counts_as_exempt_for_the_document_type() -> None:
    """s.2(47): a bill of only nil-rated drugs is a bill of supply; with taxed lines, invoice-cum-bill."""
    assert compute_bill([NIL], KA).doc_type is DocType.BILL_OF_SUPPLY
    assert compute_bill([NIL, CONSULT], KA).doc_type is DocType.BILL_OF_SUPPLY
    mixed = compute_bill([NIL, AMOX], KA)
    assert mixed.doc_type is DocType.INVOICE_CUM_BOS
    assert mixed.exempt_value == D("620.00") and mixed.taxable_value == D("143.25")
    assert compute_bill([AMOX], KA).doc_type is DocType.TAX_INVOICE
    assert compute_bill([CONSULT, PEEL], KA).doc_type is DocType.INVOICE_CUM_BOS
    assert [h.label for h in compute_bill([NIL], KA).heads] == ["CGST", "SGST"]  # no rate to print


@pytest.mark.parametrize("code", [CH, LA, "31", "35", "26", "97"])
def test_union_territories_without_a_legislature_charge_utgst(code: str) -> None:
    bill = compute_bill([AMOX, PEEL], code)
    assert bill.intra_state and bill.second_head == "UTGST"
    assert [h.label for h in bill.heads] == ["CGST 2.5% + 9%", "UTGST 2.5% + 9%"]
    assert code in UTGST_CODES


@pytest.mark.parametrize("code", ["07", "34", "01", KA])
def test_states_and_uts_with_a_legislature_charge_sgst(code: str) -> None:
    assert second_head(code) == "SGST" and compute_bill([AMOX], code).second_head == "SGST"


def test_every_state_code_the_gst_system_issues_is_known() -> None:
    assert {f"{n:02d}" for n in range(1, 39)} | {"97", "99"} == set(STATE_NAMES)
    assert LA in PLACE_CODES and "99" not in PLACE_CODES and "25" not in PLACE_CODES
    assert state_text(LA) == "Ladakh (38)"


def test_totals_round_off_and_line_taxes_match_the_rules() -> None:
    """Against an independent calculation: paise per line half-up, whole-rupee grand total."""
    rng = random.Random(14)
    for _ in range(300):
        lines = []
        for _ in range(rng.randrange(1, 6)):
            qty = D(rng.randrange(1, 400)) / 4
            price = D(rng.randrange(100, 500000)) / 100
            gross = to_paise(qty * price)
            discount = to_paise(gross * D(rng.randrange(0, 30)) / 100)
            rate = D(rng.choice(("0", "5", "12", "18")))
            lines.append(LineIn(qty, price, discount, rate, rng.random() < 0.2, goods=rng.random() < 0.5))
        intra = rng.random() < 0.5
        recipient = KA if intra else MH
        goods_only = [ln for ln in lines if ln.goods or not (ln.rate and not ln.exempt)]
        bill = compute_bill(goods_only or lines[:1], KA, recipient)
        exact = D(0)
        for ln, t in zip(goods_only or lines[:1], bill.lines, strict=True):
            taxable = to_paise(ln.quantity * ln.unit_price) - ln.discount
            rate = D(0) if ln.exempt else ln.rate
            split = split_gst(taxable, rate, bill.intra_state)
            assert (t.taxable, t.cgst, t.sgst, t.igst) == (taxable, split.cgst, split.sgst, split.igst)
            exact += taxable + split.total
        assert bill.grand_total == to_rupees(exact) and bill.round_off == bill.grand_total - exact
        assert abs(bill.round_off) <= D("0.50")


def test_credit_note_proportions_and_the_last_of_a_line() -> None:
    bill = compute_bill([AMOX], KA)
    (ln,) = bill.lines
    first = credit_note(
        [CreditLineIn(D("1.5"), ln.taxable, ln.cgst, ln.sgst, ln.igst, False, D("0.5"))],
        bill.grand_total,
        D(0),
    )
    (c,) = first.lines
    assert (c.taxable, c.cgst, c.sgst) == (D("47.75"), D("1.19"), D("1.19"))
    assert first.total == D("50") and not first.everything
    rest = credit_note(
        [
            CreditLineIn(
                D("1.5"), ln.taxable, ln.cgst, ln.sgst, ln.igst, False, D("1"), D("0.5"),
                (c.taxable, c.cgst, c.sgst, c.igst),
            )
        ],
        bill.grand_total,
        first.total,
    )  # fmt: skip
    (r,) = rest.lines
    assert (r.taxable + c.taxable, r.cgst + c.cgst, r.sgst + c.sgst) == (ln.taxable, ln.cgst, ln.sgst)
    assert rest.everything and rest.total + first.total == bill.grand_total


def test_credit_note_of_a_nil_rated_line_is_exempt_value() -> None:
    bill = compute_bill([NIL, AMOX], KA)
    nil, amox = bill.lines
    note = credit_note(
        [
            CreditLineIn(D(2), nil.taxable, nil.cgst, nil.sgst, nil.igst, nil.untaxed, D(1)),
            CreditLineIn(D("1.5"), amox.taxable, amox.cgst, amox.sgst, amox.igst, amox.untaxed, D(0)),
        ],
        bill.grand_total,
        D(0),
    )
    assert (note.exempt_value, note.taxable_value, note.cgst) == (D("310.00"), D("0.00"), D("0.00"))
