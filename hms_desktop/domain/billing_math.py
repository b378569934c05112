"""The billing arithmetic, once: line taxes, place of supply, totals, round-off, the document type and
the credit-note proportions. The billing service stores what :func:`compute_bill` returns, credit
notes use :func:`credit_note`, the Billing tab previews with the same call and the demo seeding
issues its bills with it, so the cashier's screen, the stored invoice and the printout cannot differ.

The law behind each rule:

- **Place of supply of services** (IGST Act s.12(4)): health care services, "including cosmetic and
  plastic surgery", are supplied where they are actually performed, i.e. at the clinic. A service
  line is therefore always intra-State: CGST + SGST (or UTGST), whatever State the patient is from.
- **Place of supply of goods** (IGST Act s.10(1)(ca), from 1 Oct 2023; Circular 209/3/2024-GST):
  goods sold to an *unregistered* person are supplied at the address recorded on the invoice (the
  name of the State counts as the address), and at the supplier's location when none is recorded.
  For a *registered* recipient buying over the counter, the goods are delivered at the clinic
  (s.10(1)(a)/(c)): the clinic's State. So medicines go inter-State (IGST) only when an unregistered
  patient's other State is recorded on the bill.
- **One place of supply per document**: GSTR-1 and the e-invoice schema carry the place of supply
  per invoice, so taxed lines with two different places cannot share a bill (:class:`MixedPlaces`).
- **Tax heads** (CGST Act s.9, SGST Acts, UTGST Act s.7, IGST Act s.5): intra-State supplies bear
  CGST and SGST (UTGST in a Union Territory without a legislature) at half the rate each; inter-State
  supplies IGST at the full rate. Each line's tax is rounded to paise, half-up.
- **An unregistered supplier charges no tax** (CGST Act s.9: the tax is levied on and collected by
  a *taxable person*, i.e. one registered or liable to be (s.2(107)); s.22/s.24 decide who must
  register; a clinic making only exempt supplies, or below the threshold, need not): a clinic with no
  GSTIN may not collect GST, so every line of its bills has tax 0, whatever the item's tax class, and
  every document is a bill of supply (Rule 49), printed without a GSTIN line or tax columns.
- **Nil-rated is exempt for the document** (CGST Act s.2(47): an "exempt supply" includes one that
  attracts a nil rate): only exempt or nil-rated lines -> bill of supply (Rule 49); both kinds ->
  invoice-cum-bill of supply (Rule 46A); only taxed lines -> tax invoice (Rule 46).
- **Round-off** (CGST Act s.170 rounds the tax payable to the rupee; the whole-rupee grand total with
  a "Round off" line is the trade's convention): the grand total is the exact sum rounded half-up.
- **Credit notes** (CGST Act s.34, Rule 53): a partly credited line reverses its value and taxes in
  proportion to the quantity, in paise; the last of a line credits whatever is left (so a line is
  never credited twice over by rounding), and the note that credits the last of an invoice makes the
  notes add up to the invoice's grand total exactly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal

from hms_desktop.domain.enums import DocType
from hms_desktop.domain.gst import STATE_NAMES, second_head, split_gst
from hms_desktop.domain.money import to_paise, to_rupees

ZERO = Decimal("0.00")


class MixedPlaces(ValueError):
    """Taxed lines of one bill have different places of supply (goods to another State beside
    services performed here): they must go on separate bills."""

    def __init__(self, services_code: str, goods_code: str) -> None:
        super().__init__(
            f"One bill has one place of supply: the services are supplied in {STATE_NAMES[services_code]}, "
            f"where they are performed (IGST Act s.12(4)), the medicines in {STATE_NAMES[goods_code]}, "
            "the patient's State (s.10(1)(ca)). Bill the medicines on a separate bill, or leave the "
            "patient's State as this State."
        )
        self.services_code = services_code
        self.goods_code = goods_code


@dataclasses.dataclass(frozen=True)
class LineIn:
    """One line as priced: quantity x unit price less discount, at its tax class's rate on the day."""

    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    rate: Decimal  # percent (ignored for an exempt line)
    exempt: bool  # the tax class is exempt (Notification 12/2017-CT(R)), not merely nil-rated
    goods: bool  # a medicine (goods, s.10); else a service or procedure (s.12(4))


@dataclasses.dataclass(frozen=True)
class LineTax:
    """A line's figures as stored and printed."""

    gross: Decimal
    discount: Decimal
    taxable: Decimal  # gross less discount (the "taxable value"; the value of an exempt line)
    rate: Decimal  # 0 for exempt and nil-rated lines
    exempt: bool
    goods: bool
    cgst: Decimal
    sgst: Decimal  # SGST or UTGST, whichever the place of supply levies
    igst: Decimal

    @property
    def tax(self) -> Decimal:
        return self.cgst + self.sgst + self.igst

    @property
    def total(self) -> Decimal:
        return self.taxable + self.tax

    @property
    def untaxed(self) -> bool:
        """Exempt or nil-rated: an exempt supply in the sense of CGST Act s.2(47)."""
        return self.exempt or self.rate == 0


@dataclasses.dataclass(frozen=True)
class TaxHead:
    """One tax line the cashier and the document show: 'CGST 2.5%' and its amount."""

    head: str  # 'CGST' | 'SGST' | 'UTGST' | 'IGST'
    rates: tuple[Decimal, ...]  # the head's own rates (half the GST rate within a State)
    amount: Decimal

    @property
    def label(self) -> str:
        """'CGST 2.5%', 'SGST 2.5% + 9%' (Rule 46(l): the rate of each tax, not only the total)."""
        if not self.rates:
            return self.head
        return f"{self.head} " + " + ".join(rate_text(r) for r in self.rates)


@dataclasses.dataclass(frozen=True)
class Bill:
    lines: tuple[LineTax, ...]
    place_code: str  # the place of supply's State code
    intra_state: bool
    second_head: str  # 'SGST' or 'UTGST' (meaningful when intra-State)
    exempt_value: Decimal  # exempt and nil-rated lines
    taxable_value: Decimal  # lines taxed above 0%
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    round_off: Decimal
    grand_total: Decimal
    doc_type: DocType

    @property
    def place_of_supply(self) -> str:
        return STATE_NAMES.get(self.place_code, self.place_code)

    @property
    def heads(self) -> list[TaxHead]:
        """The tax heads with their rates, in print order: CGST then SGST/UTGST, or IGST."""
        return tax_heads(
            [(ln.rate, ln.cgst, ln.sgst, ln.igst) for ln in self.lines if not ln.untaxed],
            self.intra_state,
            self.second_head,
        )


def rate_text(rate: Decimal) -> str:
    """'2.5%', '9%', '18%'."""
    value = Decimal(rate).normalize()
    text = format(value, "f")
    return f"{text}%"


def head_rate(gst_rate: Decimal, intra_state: bool) -> Decimal:
    """The rate each tax head carries: half the GST rate for CGST and SGST/UTGST within a State, the
    whole rate for IGST (Rule 46(l) prints each head's own rate)."""
    return Decimal(gst_rate) / 2 if intra_state else Decimal(gst_rate)


def tax_heads(
    taxed: Sequence[tuple[Decimal, Decimal, Decimal, Decimal]], intra_state: bool, state_head: str
) -> list[TaxHead]:
    """Heads for (GST rate, cgst, sgst, igst) rows: within a State each half carries half the rate."""
    rates = sorted({Decimal(r) for r, *_ in taxed if r})
    if intra_state:
        halves = tuple(head_rate(r, True) for r in rates)
        return [
            TaxHead("CGST", halves, sum((c for _, c, _, _ in taxed), ZERO)),
            TaxHead(state_head, halves, sum((s for _, _, s, _ in taxed), ZERO)),
        ]
    return [TaxHead("IGST", tuple(rates), sum((i for *_, i in taxed), ZERO))]


def place_of_supply(
    clinic_code: str, recipient_code: str | None, *, goods: bool, registered: bool = False
) -> str:
    """The State code where a line is supplied (see the module docstring for the sections)."""
    if goods and not registered and recipient_code:
        return recipient_code
    return clinic_code


def document_type(lines: Sequence[LineTax]) -> DocType:
    """Rule 46 / 46A / 49 by content, nil-rated lines counting as exempt (s.2(47))."""
    kinds = {ln.untaxed for ln in lines}
    if kinds == {True}:
        return DocType.BILL_OF_SUPPLY
    if kinds == {False}:
        return DocType.TAX_INVOICE
    return DocType.INVOICE_CUM_BOS


def line_tax(line: LineIn, intra_state: bool, *, supplier_registered: bool = True) -> LineTax:
    gross = to_paise(Decimal(line.quantity) * Decimal(line.unit_price))
    discount = to_paise(Decimal(line.discount))
    taxable = gross - discount
    # an unregistered supplier levies no tax on any line (CGST Act s.9, s.22/s.24; Rule 49)
    rate = ZERO if line.exempt or not supplier_registered else Decimal(line.rate)
    split = split_gst(taxable, rate, intra_state)
    return LineTax(
        gross, discount, taxable, rate, line.exempt, line.goods, split.cgst, split.sgst, split.igst
    )


def compute_bill(
    lines: Sequence[LineIn],
    clinic_code: str,
    recipient_code: str | None = None,
    *,
    registered: bool = False,
    supplier_registered: bool = True,
) -> Bill:
    """Every figure of a bill for ``lines`` supplied by a clinic in ``clinic_code`` to a recipient
    whose State (``recipient_code``) is recorded on the bill, or not (None).

    ``registered`` is the *recipient's* GST registration (it decides the place of supply of goods);
    ``supplier_registered`` is the *clinic's* (it has a GSTIN in Settings). An unregistered clinic
    charges no tax on any line and issues only bills of supply (CGST Act s.9, s.22/s.24; Rule 49).

    Raises :class:`MixedPlaces` when taxed lines would have two places of supply.
    """
    places = {
        place_of_supply(clinic_code, recipient_code, goods=ln.goods, registered=registered) for ln in lines
    }
    taxed_places = {
        place_of_supply(clinic_code, recipient_code, goods=ln.goods, registered=registered)
        for ln in lines
        if supplier_registered and not ln.exempt and ln.rate
    }
    if len(taxed_places) > 1:
        raise MixedPlaces(clinic_code, next(p for p in taxed_places if p != clinic_code))
    if taxed_places:
        place = next(iter(taxed_places))
    elif len(places) == 1:
        place = next(iter(places))
    else:  # only untaxed lines, some of them goods for another State: no tax hangs on it
        place = clinic_code
    intra = place == clinic_code
    taxed = tuple(line_tax(ln, intra, supplier_registered=supplier_registered) for ln in lines)
    exempt_value = sum((ln.taxable for ln in taxed if ln.untaxed), ZERO)
    taxable_value = sum((ln.taxable for ln in taxed if not ln.untaxed), ZERO)
    cgst = sum((ln.cgst for ln in taxed), ZERO)
    sgst = sum((ln.sgst for ln in taxed), ZERO)
    igst = sum((ln.igst for ln in taxed), ZERO)
    exact = exempt_value + taxable_value + cgst + sgst + igst
    grand = to_paise(to_rupees(exact))
    return Bill(
        taxed,
        place,
        intra,
        second_head(place),
        exempt_value,
        taxable_value,
        cgst,
        sgst,
        igst,
        grand - exact,
        grand,
        document_type(taxed) if taxed else DocType.BILL_OF_SUPPLY,
    )


# --- credit notes ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CreditLineIn:
    """An invoice line to credit: its stored figures, what earlier notes credited, and how much now."""

    quantity: Decimal  # the invoice line's quantity
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    untaxed: bool  # exempt or nil-rated on the invoice
    credit_quantity: Decimal  # what this note credits (0: nothing)
    credited_quantity: Decimal = ZERO  # by earlier notes
    credited: tuple[Decimal, Decimal, Decimal, Decimal] = (ZERO, ZERO, ZERO, ZERO)  # their amounts


@dataclasses.dataclass(frozen=True)
class CreditLine:
    index: int  # the position in the input
    quantity: Decimal
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal


@dataclasses.dataclass(frozen=True)
class CreditNoteFigures:
    lines: tuple[CreditLine, ...]
    exempt_value: Decimal
    taxable_value: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    round_off: Decimal
    total: Decimal
    everything: bool  # this note credits the last of the invoice


def credit_note(
    lines: Sequence[CreditLineIn], invoice_total: Decimal, earlier_total: Decimal
) -> CreditNoteFigures:
    """The figures of a credit note over ``lines`` (see the module docstring for the rules)."""
    out: list[CreditLine] = []
    everything = True
    for i, ln in enumerate(lines):
        left = ln.quantity - ln.credited_quantity
        q = ln.credit_quantity
        if q < left:
            everything = False
        if q <= 0:
            continue
        stored = (ln.taxable, ln.cgst, ln.sgst, ln.igst)
        if q == left:  # the last of a line: whatever is left
            amounts = [v - done for v, done in zip(stored, ln.credited, strict=True)]
        else:
            amounts = [to_paise(v * q / ln.quantity) for v in stored]
        out.append(CreditLine(i, q, *amounts))
    exempt_value = sum((c.taxable for c in out if lines[c.index].untaxed), ZERO)
    taxable_value = sum((c.taxable for c in out if not lines[c.index].untaxed), ZERO)
    cgst = sum((c.cgst for c in out), ZERO)
    sgst = sum((c.sgst for c in out), ZERO)
    igst = sum((c.igst for c in out), ZERO)
    exact = exempt_value + taxable_value + cgst + sgst + igst
    total = Decimal(invoice_total) - Decimal(earlier_total) if everything else to_paise(to_rupees(exact))
    return CreditNoteFigures(
        tuple(out), exempt_value, taxable_value, cgst, sgst, igst, total - exact, total, everything
    )
