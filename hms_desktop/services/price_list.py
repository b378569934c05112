"""The price list and the GST rate table, as the administrator keeps them.

Items are never deleted once they exist (a bill's line points at its item): they are deactivated.
A price change is a dated row (``ItemPrice``): a bill uses the price in force on its date, exactly as
it uses the GST rate in force on its date (``GstRate``), so changing a price from 1 April never touches
a March bill, and a price set for next month leaves today's bills alone. A price already in force is
never rewritten; a future one may be replaced until its day comes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from sqlalchemy import exists, select, true

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem, GstRate, InvoiceLine, ItemPrice
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services import price_list_lookup as lookup
from hms_desktop.services import price_list_rules as rules
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.price_list_lookup import price_on, prices_on, rate_for, record_price
from hms_desktop.services.price_list_types import (
    CLASS_RE,
    KINDS,
    RATE_NOTE_MAX,
    STARTER,
    PriceListItem,
    PricePoint,
    RateInfo,
    StarterItem,
)

__all__ = ["PriceListService", "price_on", "prices_on", "rate_for", "record_price"]


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
            rates = lookup.rates_on(s, day)
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
        wanted = rules.clean_code(code)
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
            values, errors = rules.item_values(
                code, name, kind, tax_class, price, sac_hsn, unit, from_date, lookup.tax_classes(s)
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
            classes = lookup.tax_classes(s)
        errors: dict[str, str] = {}
        checked: list[tuple[StarterItem, dict[str, object]]] = []
        seen: set[str] = set()
        for n, it in enumerate(items, start=1):
            if not isinstance(it, StarterItem):
                errors[f"item{n}"] = "Not a price-list item."
                continue
            if isinstance(it.tax_class, str) and it.tax_class.strip().upper() not in classes:
                continue  # e.g. OTHER_SVC before its GST rate is entered
            values, problems = rules.item_values(
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
        wanted, amount, from_date = (
            rules.clean_code(code),
            rules.clean_money(price, "price"),
            rules.clean_day(from_date),
        )
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
        wanted = rules.clean_code(code)
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
                if the_class not in lookup.tax_classes(s):
                    raise ValidationError(
                        {"tax_class": f"Choose one of: {', '.join(lookup.tax_classes(s))}."}
                    )
                after["tax_class"] = the_class
            if sac_hsn is not None:
                after["sac_hsn"] = rules.clean_sac(sac_hsn)
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
        wanted = rules.clean_code(code)
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
        wanted = rules.clean_code(code)
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
            in_force = {cls: since for cls, since in lookup.in_force(s, day)}
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
            return lookup.tax_classes(s)

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
        code = rules.clean_sac(sac_hsn)
        remark = clean_text(note, "note", RATE_NOTE_MAX)  # refused, never cut
        from_date = rules.clean_day(from_date)
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
