"""The price list and the GST rate table, as the administrator keeps them.

Items are never deleted once they exist (a bill's line points at its item): they are deactivated.
A price change is a dated row (``ItemPrice``): a bill uses the price in force on its date, exactly as
it uses the GST rate in force on its date (``GstRate``), so changing a price from 1 April never touches
a March bill, and a price set for next month leaves today's bills alone. A price already in force is
never rewritten; a future one may be replaced until its day comes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from sqlalchemy import exists, func, select, true
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem, GstRate, InvoiceLine, ItemPrice
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import ItemKind
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_\-/.]{0,19}$")
CLASS_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,29}$")
SAC_HSN_RE = re.compile(r"^\d{4}(\d{2}){0,2}$")
MAX_PRICE = Decimal("9999999999.99")
RATE_NOTE_MAX = 200  # gst_rate.note; the rate dialog takes at most this many
KINDS = tuple(k.value for k in ItemKind)


@dataclasses.dataclass(frozen=True)
class PriceListItem:
    id: int
    code: str
    name: str
    kind: str
    tax_class: str
    sac_hsn: str | None  # the item's own, else its tax class's on the day
    unit: str
    price: Decimal  # in force on the day asked for
    next_price: Decimal | None  # a price set for a later date, if any
    next_from: dt.date | None
    gst_rate: Decimal | None
    is_exempt: bool | None
    is_active: bool
    billed: bool  # on an invoice: it can be deactivated, never deleted


@dataclasses.dataclass(frozen=True)
class PricePoint:
    effective_from: dt.date
    price: Decimal


@dataclasses.dataclass(frozen=True)
class RateInfo:
    id: int
    tax_class: str
    sac_hsn: str
    effective_from: dt.date
    rate_percent: Decimal
    is_exempt: bool
    note: str | None
    in_force: bool  # the class's rate today


@dataclasses.dataclass(frozen=True)
class StarterItem:
    code: str
    name: str
    kind: str
    tax_class: str
    price: Decimal
    sac_hsn: str | None = None
    unit: str = "NOS"


# What a new outpatient clinic bills on its first day; the wizard offers it to edit (prices are
# typical of a city clinic, to be changed). Health care by a clinical establishment is exempt
# (SAC 999312); cosmetic work is not.
STARTER: tuple[StarterItem, ...] = (
    StarterItem("CONSULT", "General consultation", "consultation", "HEALTH", Decimal("300.00"), "999312"),
    StarterItem(
        "CONSULT-SP", "Specialist consultation", "consultation", "HEALTH", Decimal("600.00"), "999312"
    ),
    StarterItem("FOLLOWUP", "Follow-up consultation", "consultation", "HEALTH", Decimal("150.00"), "999312"),
    StarterItem("DRESSING", "Wound dressing", "procedure", "HEALTH", Decimal("150.00"), "999312"),
    StarterItem("INJECTION", "Injection (administration)", "procedure", "HEALTH", Decimal("50.00"), "999312"),
    StarterItem("ECG", "ECG (12-lead)", "lab", "HEALTH", Decimal("250.00"), "999312"),
    StarterItem("NEBULISE", "Nebulisation", "procedure", "HEALTH", Decimal("150.00"), "999312"),
    StarterItem("SUTURE", "Suturing (minor)", "procedure", "HEALTH", Decimal("500.00"), "999312"),
    StarterItem("GLUCOSE", "Blood glucose (finger-prick)", "lab", "HEALTH", Decimal("60.00"), "999312"),
    StarterItem(
        "CERT-FIT", "Fitness certificate (employer)", "other", "OTHER_SVC", Decimal("200.00"), "999319"
    ),
)


def _money(value: object, field: str) -> Decimal:
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        raise ValidationError({field: "Enter an amount in rupees, e.g. 350 or 350.50."}) from None
    if not amount.is_finite() or amount < 0 or amount > MAX_PRICE:
        raise ValidationError({field: "An amount from 0 up to 9,99,99,99,999.99."})
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError({field: "At most two decimals (paise)."})
    return amount.quantize(Decimal("0.01"))


def _word(value: object, field: str, message: str) -> str:
    """Stripped text, "" for None; anything but text is refused at ``field`` (never str()-ed)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError({field: message})
    return value.strip()


def _is_day(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _day(value: object, field: str = "from_date") -> dt.date:
    """A calendar date (a datetime, text or number is refused: the database would compare it as text)."""
    if not _is_day(value):
        raise ValidationError({field: "Enter the date the price or rate applies from."})
    assert isinstance(value, dt.date)
    return value


def _code(code: str) -> str:
    value = _word(code, "code", "Enter the item's code.").upper()
    if not CODE_RE.match(value):
        raise ValidationError({"code": "A code of 1-20 letters, digits or - _ / . (e.g. CONSULT-SP)."})
    return value


def _sac(value: str | None, field: str = "sac_hsn") -> str | None:
    text = _word(value, field, "A SAC or HSN code has 4, 6 or 8 digits (e.g. 999312, 3004).") or None
    if text is not None and not SAC_HSN_RE.match(text):
        raise ValidationError({field: "A SAC or HSN code has 4, 6 or 8 digits (e.g. 999312, 3004)."})
    return text


def rate_for(s: Session, tax_class: str, on_date: dt.date) -> tuple[Decimal, bool, str]:
    """(rate percent, exempt, SAC/HSN) of a tax class on a date: the newest rate from on or before it."""
    row = s.execute(
        select(GstRate.rate_percent, GstRate.is_exempt, GstRate.sac_hsn)
        .where(GstRate.tax_class == tax_class, GstRate.effective_from <= on_date)
        .order_by(GstRate.effective_from.desc())
        .limit(1)
    ).first()
    if row is None:
        raise ValidationError({"tax_class": f"No GST rate is set for {tax_class} on {on_date:%d %b %Y}."})
    return Decimal(row[0]), bool(row[1]), str(row[2])


def prices_on(s: Session, day: dt.date, item_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """{item id: its dated price in force on ``day``} for the items that have one (one query)."""
    newest = (
        select(ItemPrice.item_id, func.max(ItemPrice.effective_from).label("since"))
        .where(ItemPrice.effective_from <= day)
        .group_by(ItemPrice.item_id)
        .subquery()
    )
    q = select(ItemPrice.item_id, ItemPrice.unit_price).join(
        newest, (newest.c.item_id == ItemPrice.item_id) & (newest.c.since == ItemPrice.effective_from)
    )
    if item_ids is not None:
        wanted = list(item_ids)
        if len(wanted) == 1:  # one bound id, not a list that grows with the data
            q = q.where(ItemPrice.item_id == wanted[0])
    return {i: Decimal(p) for i, p in s.execute(q)}


def price_on(s: Session, item: BillableItem, day: dt.date) -> Decimal:
    """The item's price in force on ``day``: its newest dated price, else the list price."""
    return prices_on(s, day, [item.id]).get(item.id, item.unit_price)


def record_price(s: Session, actor: Actor, item: BillableItem, price: Decimal, day: dt.date) -> None:
    """Make ``price`` the item's price from ``day`` (used by the import too); the caller audits."""
    row = s.scalars(
        select(ItemPrice).where(ItemPrice.item_id == item.id, ItemPrice.effective_from == day)
    ).one_or_none()
    if row is None:
        s.add(ItemPrice(item_id=item.id, effective_from=day, unit_price=price, created_by=actor.user_id))
    else:
        row.unit_price = price
    later = s.scalar(
        select(func.count())
        .select_from(ItemPrice)
        .where(ItemPrice.item_id == item.id, ItemPrice.effective_from > day)
    )
    if not later:
        item.unit_price = price  # the latest price set, for readers that take the list price


def _item_values(
    code: object,
    name: object,
    kind: object,
    tax_class: object,
    price: object,
    sac_hsn: object,
    unit: object,
    from_date: object,
    classes: list[str],
) -> tuple[dict[str, object], dict[str, str]]:
    """An item's fields as they are stored (code, name, kind, tax_class, unit_price, sac_hsn, unit),
    and a message per field that is wrong (``classes``: the tax classes of the rate table)."""
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    for field, check in (
        ("code", lambda: _code(code)),  # type: ignore[arg-type]  # refused unless text
        ("unit_price", lambda: _money(price, "price")),
        ("sac_hsn", lambda: _sac(sac_hsn)),  # type: ignore[arg-type]
    ):
        try:
            values[field] = check()
        except ValidationError as exc:
            errors.update(exc.errors)
    values["name"] = clean_text(name, "name", 120, errors, required="Enter the item's name.") or ""
    the_kind = kind.strip().lower() if isinstance(kind, str) else ""
    if the_kind not in KINDS:
        errors["kind"] = f"Choose one of: {', '.join(KINDS)}."
    values["kind"] = the_kind
    the_unit = (clean_text("NOS" if unit is None else unit, "unit", 10, errors) or "").upper()
    if not the_unit and "unit" not in errors:
        errors["unit"] = "A unit of at most 10 characters (NOS, STRIP, TAB...)."
    values["unit"] = the_unit
    the_class = tax_class.strip().upper() if isinstance(tax_class, str) else ""
    if the_class not in classes:
        errors["tax_class"] = f"Choose a tax class of the rate table: {', '.join(classes)}."
    values["tax_class"] = the_class
    if from_date is not None and not _is_day(from_date):
        errors["from_date"] = "Enter the date the price applies from."
    return values, errors


class PriceListService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()

    # --- items ---------------------------------------------------------------------------------

    @read_retry
    def items(
        self, actor: Actor, on_date: dt.date | None = None, include_inactive: bool = True
    ) -> list[PriceListItem]:
        """The price list with each item's price and GST rate on ``on_date`` (today)."""
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "billable_item")
        day = on_date or self.clock.today()
        with self._db.read() as s:
            q = select(BillableItem).order_by(BillableItem.kind, BillableItem.code)
            if not include_inactive:
                q = q.where(BillableItem.is_active == true())
            rows = s.scalars(q).all()
            current = prices_on(s, day)
            future: dict[int, tuple[dt.date, Decimal]] = {}
            for item_id, since, price in s.execute(
                select(ItemPrice.item_id, ItemPrice.effective_from, ItemPrice.unit_price)
                .where(ItemPrice.effective_from > day)
                .order_by(ItemPrice.item_id, ItemPrice.effective_from)
            ):
                future.setdefault(item_id, (since, Decimal(price)))
            billed = set(
                s.scalars(
                    select(BillableItem.id).where(exists().where(InvoiceLine.item_id == BillableItem.id))
                )
            )
            rates = _rates_on(s, day)
            out = []
            for it in rows:
                rate = rates.get(it.tax_class)
                nxt = future.get(it.id)
                out.append(
                    PriceListItem(
                        it.id,
                        it.code,
                        it.name,
                        it.kind,
                        it.tax_class,
                        it.sac_hsn or (rate[2] if rate else None),
                        it.unit,
                        current.get(it.id, it.unit_price),
                        nxt[1] if nxt else None,
                        nxt[0] if nxt else None,
                        rate[0] if rate else None,
                        rate[1] if rate else None,
                        bool(it.is_active),
                        it.id in billed,
                    )
                )
            return out

    def item(self, actor: Actor, code: str, on_date: dt.date | None = None) -> PriceListItem:
        wanted = _code(code)
        for it in self.items(actor, on_date):
            if it.code == wanted:
                return it
        raise NotFound(f"There is no price-list item {wanted}.")

    def add_item(
        self,
        actor: Actor,
        code: str,
        name: str,
        kind: str,
        tax_class: str,
        price: object,
        sac_hsn: str | None = None,
        unit: str = "NOS",
        from_date: dt.date | None = None,
    ) -> PriceListItem:
        """Add an item; its price applies from ``from_date`` (default: always, i.e. any bill)."""
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "billable_item")
        with self._db.write() as s:
            values, errors = _item_values(
                code, name, kind, tax_class, price, sac_hsn, unit, from_date, _classes(s)
            )
            if errors:
                raise ValidationError(errors)
            title, the_kind = str(values["name"]), str(values["kind"])
            the_class, the_unit = str(values["tax_class"]), str(values["unit"])
            if s.scalar(select(BillableItem.id).where(BillableItem.code == values["code"])) is not None:
                raise ValidationError({"code": f"The code {values['code']} is taken; choose another."})
            item = BillableItem(
                code=values["code"],
                name=title,
                kind=the_kind,
                tax_class=the_class,
                unit_price=values["unit_price"],
                unit=the_unit,
                is_active=True,
                sac_hsn=values["sac_hsn"],
            )
            s.add(item)
            s.flush()
            since = from_date or dt.date(2000, 1, 1)
            s.add(
                ItemPrice(
                    item_id=item.id,
                    effective_from=since,
                    unit_price=values["unit_price"],
                    created_by=actor.user_id,
                )
            )
            audit.record(
                s,
                actor,
                "price.add",
                "billable_item",
                item.id,
                {
                    "code": item.code,
                    "name": title,
                    "kind": the_kind,
                    "tax_class": the_class,
                    "price": values["unit_price"],
                    "from": from_date,
                },
            )
        return self.item(actor, str(values["code"]))

    def add_starter(self, actor: Actor, items: Iterable[StarterItem] = STARTER) -> list[str]:
        """Add the starter items whose codes are not yet taken; returns the codes added. Every item is
        checked before the first is added (a wrong one refuses the list, with its number: item2.price);
        one of a tax class the rate table lacks is left out."""
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "billable_item")
        if isinstance(items, str | bytes) or not isinstance(items, Iterable):
            raise ValidationError({"items": "Give the starter items as a list."})
        with self._db.read() as s:
            taken = set(s.scalars(select(BillableItem.code)))
            classes = _classes(s)
        errors: dict[str, str] = {}
        checked: list[tuple[StarterItem, dict[str, object]]] = []
        seen: set[str] = set()
        for n, it in enumerate(items, start=1):
            if not isinstance(it, StarterItem):
                errors[f"item{n}"] = "Not a price-list item."
                continue
            if isinstance(it.tax_class, str) and it.tax_class.strip().upper() not in classes:
                continue  # e.g. OTHER_SVC before its GST rate is entered
            values, problems = _item_values(
                it.code, it.name, it.kind, it.tax_class, it.price, it.sac_hsn, it.unit, None, classes
            )
            errors.update({f"item{n}.{field}": message for field, message in problems.items()})
            code = values.get("code")
            if isinstance(code, str):
                if code in seen:
                    errors.setdefault(f"item{n}.code", f"The code {code} is in the list twice.")
                seen.add(code)
            checked.append((it, values))
        if errors:
            raise ValidationError(errors)
        added = []
        for it, v in checked:
            code = str(v["code"])
            if code in taken:
                self._fill_unpriced(actor, code, v)
                continue
            self.add_item(
                actor, code, str(v["name"]), str(v["kind"]), str(v["tax_class"]), v["unit_price"],
                it.sac_hsn, str(v["unit"]),
            )  # fmt: skip
            added.append(code)
        return added

    def _fill_unpriced(self, actor: Actor, code: str, v: dict[str, object]) -> None:
        """An item of the same code that was never billed and costs nothing (e.g. migration 0004's
        placeholder CONSULT at 0.00) takes the starter's name, kind and price."""
        current = self.item(actor, code)
        if current.billed or current.price != 0:
            return
        price = v["unit_price"]
        assert isinstance(price, Decimal)
        sac = v["sac_hsn"]
        self.update_item(actor, code, name=str(v["name"]), kind=str(v["kind"]), sac_hsn=str(sac or ""))
        with self._db.write() as s:
            item = s.scalars(select(BillableItem).where(BillableItem.code == code)).one()
            record_price(s, actor, item, price, dt.date(2000, 1, 1))  # it was never billed
            audit.record(
                s,
                actor,
                "price.set",
                "billable_item",
                item.id,
                {"code": code, "from": None, "changes": {"price": [Decimal("0.00"), price]}},
            )

    def set_price(self, actor: Actor, code: str, price: object, from_date: dt.date) -> PriceListItem:
        """A new price from ``from_date``; a price already in force on an earlier day stays as it was."""
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "billable_item")
        wanted, amount, from_date = _code(code), _money(price, "price"), _day(from_date)
        today = self.clock.today()
        with self._db.write() as s:
            item = s.scalars(select(BillableItem).where(BillableItem.code == wanted)).one_or_none()
            if item is None:
                raise NotFound(f"There is no price-list item {wanted}.")
            same_day = s.scalar(
                select(ItemPrice.unit_price).where(
                    ItemPrice.item_id == item.id, ItemPrice.effective_from == from_date
                )
            )
            if same_day is not None and from_date < today:
                raise ValidationError(
                    {"from_date": f"A price from {from_date:%d %b %Y} is already in force; bills used it."}
                )
            before = price_on(s, item, from_date)
            record_price(s, actor, item, amount, from_date)
            audit.record(
                s,
                actor,
                "price.set",
                "billable_item",
                item.id,
                {"code": wanted, "from": from_date, "changes": {"price": [before, amount]}},
            )
        return self.item(actor, wanted)

    def update_item(
        self,
        actor: Actor,
        code: str,
        *,
        name: str | None = None,
        kind: str | None = None,
        tax_class: str | None = None,
        sac_hsn: str | None = None,
        unit: str | None = None,
    ) -> PriceListItem:
        """Change an item's name, kind, tax class, SAC/HSN or unit (bills keep what they printed)."""
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "billable_item")
        wanted = _code(code)
        with self._db.write() as s:
            item = s.scalars(select(BillableItem).where(BillableItem.code == wanted)).one_or_none()
            if item is None:
                raise NotFound(f"There is no price-list item {wanted}.")
            after: dict[str, object] = {}
            if name is not None:
                after["name"] = clean_text(name, "name", 120, required="Enter the item's name.")
            if kind is not None:
                the_kind = kind.strip().lower() if isinstance(kind, str) else ""
                if the_kind not in KINDS:
                    raise ValidationError({"kind": f"Choose one of: {', '.join(KINDS)}."})
                after["kind"] = the_kind
            if tax_class is not None:
                the_class = tax_class.strip().upper() if isinstance(tax_class, str) else ""
                if the_class not in _classes(s):
                    raise ValidationError({"tax_class": f"Choose one of: {', '.join(_classes(s))}."})
                after["tax_class"] = the_class
            if sac_hsn is not None:
                after["sac_hsn"] = _sac(sac_hsn)
            if unit is not None:
                the_unit = clean_text(unit, "unit", 10, required="A unit of at most 10 characters.")
                assert the_unit is not None
                after["unit"] = the_unit.upper()
            before = {k: getattr(item, k) for k in after}
            for k, v in after.items():
                setattr(item, k, v)
            diff = audit.changes(before, after)
            if diff:
                audit.record(
                    s, actor, "price.update", "billable_item", item.id, {"code": wanted, "changes": diff}
                )
        return self.item(actor, wanted)

    def set_active(self, actor: Actor, code: str, active: bool) -> PriceListItem:
        """Deactivate (no new bills) or reactivate an item; items are never deleted."""
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "billable_item")
        wanted = _code(code)
        with self._db.write() as s:
            item = s.scalars(select(BillableItem).where(BillableItem.code == wanted)).one_or_none()
            if item is None:
                raise NotFound(f"There is no price-list item {wanted}.")
            if bool(item.is_active) != active:
                item.is_active = active
                audit.record(
                    s,
                    actor,
                    "price.activate" if active else "price.deactivate",
                    "billable_item",
                    item.id,
                    {"code": wanted},
                )
        return self.item(actor, wanted)

    @read_retry
    def history(self, actor: Actor, code: str) -> list[PricePoint]:
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "billable_item")
        wanted = _code(code)
        with self._db.read() as s:
            item_id = s.scalar(select(BillableItem.id).where(BillableItem.code == wanted))
            if item_id is None:
                raise NotFound(f"There is no price-list item {wanted}.")
            return [
                PricePoint(d, Decimal(p))
                for d, p in s.execute(
                    select(ItemPrice.effective_from, ItemPrice.unit_price)
                    .where(ItemPrice.item_id == item_id)
                    .order_by(ItemPrice.effective_from)
                )
            ]

    # --- GST rates -----------------------------------------------------------------------------

    @read_retry
    def rates(self, actor: Actor, on_date: dt.date | None = None) -> list[RateInfo]:
        """Every dated rate of every tax class, with the one in force on ``on_date`` marked."""
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "gst_rate")
        day = on_date or self.clock.today()
        with self._db.read() as s:
            in_force = {cls: since for cls, since in _in_force(s, day)}
            return [
                RateInfo(
                    r.id,
                    r.tax_class,
                    r.sac_hsn,
                    r.effective_from,
                    Decimal(r.rate_percent),
                    bool(r.is_exempt),
                    r.note,
                    in_force.get(r.tax_class) == r.effective_from,
                )
                for r in s.scalars(select(GstRate).order_by(GstRate.tax_class, GstRate.effective_from))
            ]

    @read_retry
    def tax_classes(self, actor: Actor) -> list[str]:
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "gst_rate")
        with self._db.read() as s:
            return _classes(s)

    def add_rate(
        self,
        actor: Actor,
        tax_class: str,
        rate_percent: object,
        from_date: dt.date,
        *,
        exempt: bool = False,
        sac_hsn: str | None = None,
        note: str | None = None,
    ) -> RateInfo:
        """A tax class's rate from a date on (a new class needs its SAC/HSN)."""
        require(self._db, actor, Action.PRICE_LIST_MANAGE, "gst_rate")
        the_class = tax_class.strip().upper() if isinstance(tax_class, str) else ""
        if not CLASS_RE.match(the_class):
            raise ValidationError(
                {"tax_class": "A class name of 2-30 capitals, digits or _ (e.g. MEDICINE_5)."}
            )
        try:
            rate = Decimal(str(rate_percent).strip().rstrip("%"))
        except (InvalidOperation, ValueError):
            raise ValidationError({"rate": "A percentage, e.g. 5 or 18."}) from None
        if not rate.is_finite() or not 0 <= rate <= 100 or rate != rate.quantize(Decimal("0.01")):
            raise ValidationError({"rate": "A percentage from 0 to 100, at most two decimals."})
        if exempt and rate != 0:
            raise ValidationError({"rate": "An exempt class has rate 0."})
        code = _sac(sac_hsn)
        remark = clean_text(note, "note", RATE_NOTE_MAX)  # refused, never cut
        from_date = _day(from_date)
        with self._db.write() as s:
            if code is None:
                code = s.scalar(
                    select(GstRate.sac_hsn)
                    .where(GstRate.tax_class == the_class)
                    .order_by(GstRate.effective_from.desc())
                    .limit(1)
                )
                if code is None:
                    raise ValidationError(
                        {"sac_hsn": f"{the_class} is a new class: give its SAC or HSN code."}
                    )
            taken = s.scalar(
                select(GstRate.id).where(GstRate.tax_class == the_class, GstRate.effective_from == from_date)
            )
            if taken is not None:
                raise ValidationError(
                    {"from_date": f"{the_class} already has a rate from {from_date:%d %b %Y}."}
                )
            row = GstRate(
                tax_class=the_class,
                sac_hsn=code,
                effective_from=from_date,
                rate_percent=rate.quantize(Decimal("0.01")),
                is_exempt=exempt,
                note=remark,
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                actor,
                "rate.add",
                "gst_rate",
                row.id,
                {"tax_class": the_class, "rate": rate, "from": from_date, "exempt": exempt, "sac_hsn": code},
            )
            rid = row.id
        return next(r for r in self.rates(actor) if r.id == rid)


def _classes(s: Session) -> list[str]:
    return list(s.scalars(select(GstRate.tax_class).distinct().order_by(GstRate.tax_class)))


def _in_force(s: Session, day: dt.date) -> list[tuple[str, dt.date]]:
    return [
        (cls, since)
        for cls, since in s.execute(
            select(GstRate.tax_class, func.max(GstRate.effective_from))
            .where(GstRate.effective_from <= day)
            .group_by(GstRate.tax_class)
        )
    ]


def _rates_on(s: Session, day: dt.date) -> dict[str, tuple[Decimal, bool, str]]:
    newest = (
        select(GstRate.tax_class, func.max(GstRate.effective_from).label("since"))
        .where(GstRate.effective_from <= day)
        .group_by(GstRate.tax_class)
        .subquery()
    )
    rows = s.execute(
        select(GstRate.tax_class, GstRate.rate_percent, GstRate.is_exempt, GstRate.sac_hsn).join(
            newest, (newest.c.tax_class == GstRate.tax_class) & (newest.c.since == GstRate.effective_from)
        )
    )
    return {c: (Decimal(r), bool(e), str(code)) for c, r, e, code in rows}
