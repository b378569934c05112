"""``hms-desktop-admin`` commands of the clinic's administrator: ``settings set``, ``price add|list|
set|deactivate|activate``, ``rates list|add``, ``audit list|export``, ``user role``, ``day reopen``.

The same services as the desk's Settings menu, signed in the CLI's way (``--admin`` and
``$HMS_ADMIN_PASSWORD``); :func:`add_commands` joins them to the groups ``cli.build_parser`` made.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

# settings set option -> ClinicInfo field
SETTING_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("--legal-name", "legal_name", "legal name as registered for GST"),
    ("--trade-name", "trade_name", "the name patients know"),
    ("--address", "address_line1", "street address"),
    ("--address2", "address_line2", "second address line"),
    ("--city", "city", "city or town"),
    ("--pin", "pin_code", "six-digit PIN code"),
    ("--state-code", "state_code", "two-digit GST State code (29 Karnataka, 27 Maharashtra...)"),
    ("--gstin", "gstin", "the clinic's GSTIN ('' for an unregistered clinic)"),
    ("--phone", "phone", "phone number"),
    ("--email", "email", "e-mail address"),
    ("--time-zone", "time_zone", "IANA time zone (default Asia/Kolkata)"),
    ("--upi", "upi_vpa", "UPI ID for the QR code on bills with a balance due"),
    ("--estab-reg", "estab_reg_no", "Clinical Establishments Act registration number"),
    ("--mrn-prefix", "mrn_prefix", "letters before patient numbers (e.g. ASH)"),
    ("--idle-lock-min", "idle_lock_min", "minutes without activity before a desk locks"),
    ("--discount-limit", "discount_limit_pct", "percent of a line a cashier may discount without reason"),
    ("--backdate-days", "backdate_days", "days back an invoice may be dated, with a reason (0: today only)"),
    ("--draft-keep-days", "draft_keep_days", "days a desk keeps an unsaved consultation draft (1-90)"),
    ("--local-language", "local_language", "waiting-room headings also in: kn, hi ('' or en: English only)"),
)

WHOLE_NUMBER_SETTINGS = frozenset({"idle_lock_min", "backdate_days", "draft_keep_days"})


def _cli() -> Any:
    from hms_desktop import cli

    return cli


def _date(text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _cli().CliError(f"{option} must be a date as YYYY-MM-DD.") from None


def _field_errors(exc: Any, options: dict[str, str]) -> Any:
    """A ValidationError as one line naming the options to fix."""
    parts = [f"{options.get(k, k)}: {v}" for k, v in exc.errors.items()]
    return _cli().CliError(" ".join(parts) or exc.message)


def _session(args: argparse.Namespace) -> tuple[Any, Any, Any]:
    from hms_desktop.services.container import build_services

    cli = _cli()
    db = cli._open(args)
    try:
        actor = cli._admin(args, db)
    except BaseException:
        db.dispose()
        raise
    return db, build_services(db), actor


# --- settings -----------------------------------------------------------------------------------


def cmd_settings_set(args: argparse.Namespace) -> None:
    from hms_desktop.errors import ValidationError
    from hms_desktop.reports.logo import LogoError, scale_logo

    cli = _cli()
    fields: dict[str, Any] = {}
    for _option, field, _ in SETTING_OPTIONS:
        value = getattr(args, field)
        if value is not None:  # '' clears a text setting; a number (0 included) is kept
            fields[field] = (value or None) if isinstance(value, str) else value
    if args.token_series is not None:
        fields["token_per_dept"] = args.token_series == "department"
    if args.logo is not None:
        if args.logo == "":
            fields["logo_png"] = None
        else:
            try:
                fields["logo_png"] = scale_logo(Path(args.logo).read_bytes())
            except OSError as exc:
                raise cli.CliError(f"--logo: cannot read {args.logo}: {exc.strerror or exc}") from exc
            except LogoError as exc:
                raise cli.CliError(f"--logo: {exc}") from exc
    if not fields:
        raise cli.CliError("Nothing to set: give at least one option (see `settings set --help`).")
    db, sv, actor = _session(args)
    try:
        if sv.clinic.settings().row_version == 0 and "legal_name" not in fields:
            raise cli.CliError("The first `settings set` needs --legal-name.")
        options = {field: option for option, field, _ in SETTING_OPTIONS} | {"logo_png": "--logo"}
        try:
            info = sv.clinic.update_settings(actor, **fields)
        except ValidationError as exc:
            raise _field_errors(exc, options) from exc
        cli._out(f"Saved the settings of {info.display_name} (version {info.row_version}).")
    finally:
        db.dispose()


def settings_lines(info: Any, prefixes: dict[str, str] | None = None) -> list[str]:
    """Every field of the clinic settings, one per line (`settings show`)."""
    import dataclasses
    import datetime as dt
    import zoneinfo

    try:
        zone = zoneinfo.ZoneInfo(info.time_zone or "Asia/Kolkata")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    lines = []
    for f in dataclasses.fields(info):
        value = getattr(info, f.name)
        if isinstance(value, dt.datetime):  # in the clinic's time, as every screen shows it
            value = value.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z")
        elif f.name == "logo_png":
            value = f"image, {len(value):,} bytes" if value else None
        elif f.name == "token_per_dept":
            value = "per department" if value else "clinic-wide"
        lines.append(f"{f.name:20} {'' if value is None else value}")
    for doc_type, prefix in (prefixes or {}).items():
        lines.append(f"{'series ' + doc_type:20} {prefix}")
    return lines


def cmd_settings_show(args: argparse.Namespace) -> None:
    from hms_desktop.db.models import DocSeries

    cli = _cli()
    db, sv, _actor = _session(args)
    try:
        info = sv.clinic.settings()
        if info.row_version == 0:
            cli._out("The clinic settings have not been saved yet: run `settings set --legal-name ...`.")
            return
        with db.read() as s:
            from sqlalchemy import select

            prefixes = {
                f"{d} {fy}": p
                for d, fy, p in s.execute(
                    select(DocSeries.doc_type, DocSeries.fin_year, DocSeries.prefix).order_by(
                        DocSeries.doc_type, DocSeries.fin_year
                    )
                )
            }
        for line in settings_lines(info, prefixes):
            cli._out(line)
    finally:
        db.dispose()


# --- price list and rates ---------------------------------------------------------------------


PRICE_OPTIONS = {
    "code": "CODE",
    "name": "--name",
    "kind": "--kind",
    "tax_class": "--tax-class",
    "price": "--price",
    "unit_price": "--price",
    "sac_hsn": "--sac-hsn",
    "unit": "--unit",
    "from_date": "--from",
    "rate": "--rate",
}


def cmd_price_add(args: argparse.Namespace) -> None:
    from hms_desktop.errors import ValidationError

    cli = _cli()
    on = _date(args.from_date, "--from")
    db, sv, actor = _session(args)
    try:
        try:
            it = sv.price_list.add_item(
                actor,
                args.code,
                args.name,
                args.kind,
                args.tax_class,
                args.price,
                args.sac_hsn,
                args.unit,
                on,
            )
        except ValidationError as exc:
            raise _field_errors(exc, PRICE_OPTIONS) from exc
        cli._out(f"Added {it.code} {it.name}: {it.price} ({it.tax_class}, SAC/HSN {it.sac_hsn or '-'}).")
    finally:
        db.dispose()


def cmd_price_list(args: argparse.Namespace) -> None:
    cli = _cli()
    on = _date(args.on, "--on")
    db, sv, actor = _session(args)
    try:
        items = sv.price_list.items(actor, on, include_inactive=args.all)
    finally:
        db.dispose()
    cli._table(
        [
            (
                it.code,
                it.name,
                it.kind,
                it.tax_class,
                it.sac_hsn or "",
                "exempt" if it.is_exempt else f"{it.gst_rate}%" if it.gst_rate is not None else "no rate",
                it.price,
                f"{it.next_price} from {it.next_from}" if it.next_from else "",
                "active" if it.is_active else "inactive",
            )
            for it in items
        ],
        ("code", "name", "kind", "tax class", "SAC/HSN", "GST", "price", "next", "status"),
    )


def cmd_price_set(args: argparse.Namespace) -> None:
    from hms_desktop.errors import ValidationError

    cli = _cli()
    on = _date(args.from_date, "--from")
    assert on is not None
    db, sv, actor = _session(args)
    try:
        try:
            it = sv.price_list.set_price(actor, args.code, args.price, on)
        except ValidationError as exc:
            raise _field_errors(exc, PRICE_OPTIONS) from exc
        history = sv.price_list.history(actor, it.code)
        cli._out(f"{it.code} costs {args.price} from {on:%d %b %Y}. Prices by date:")
        for p in history:
            cli._out(f"  from {p.effective_from:%Y-%m-%d}  {p.price}")
    finally:
        db.dispose()


def _set_active(args: argparse.Namespace, active: bool) -> None:
    cli = _cli()
    db, sv, actor = _session(args)
    try:
        it = sv.price_list.set_active(actor, args.code, active)
        note = " (it stays on the bills that have it)" if it.billed and not active else ""
        cli._out(f"{it.code} is now {'active' if it.is_active else 'inactive'}{note}.")
    finally:
        db.dispose()


def cmd_rates_list(args: argparse.Namespace) -> None:
    cli = _cli()
    on = _date(args.on, "--on")
    db, sv, actor = _session(args)
    try:
        rates = sv.price_list.rates(actor, on)
    finally:
        db.dispose()
    cli._table(
        [
            (
                r.tax_class,
                r.sac_hsn,
                f"{r.effective_from:%Y-%m-%d}",
                "exempt" if r.is_exempt else f"{r.rate_percent}%",
                "in force" if r.in_force else "",
                r.note or "",
            )
            for r in rates
        ],
        ("class", "SAC/HSN", "from", "rate", "", "note"),
    )


def cmd_rates_add(args: argparse.Namespace) -> None:
    from hms_desktop.errors import ValidationError

    cli = _cli()
    on = _date(args.from_date, "--from")
    assert on is not None
    db, sv, actor = _session(args)
    try:
        try:
            r = sv.price_list.add_rate(
                actor, args.tax_class, args.rate, on, exempt=args.exempt, sac_hsn=args.sac_hsn, note=args.note
            )
        except ValidationError as exc:
            raise _field_errors(exc, PRICE_OPTIONS) from exc
        shown = "exempt" if r.is_exempt else f"{r.rate_percent}%"
        cli._out(f"{r.tax_class} ({r.sac_hsn}) is {shown} from {r.effective_from:%d %b %Y}.")
    finally:
        db.dispose()


# --- audit -------------------------------------------------------------------------------------


def _audit_filter(args: argparse.Namespace) -> Any:
    from hms_desktop.services.audit_reader_types import AuditFilter

    return AuditFilter(
        since=_date(args.since, "--since"),
        until=_date(args.until, "--until"),
        username=args.user,
        action=args.action,
        entity=args.entity,
        patient_mrn=args.patient,
    )


def cmd_audit_list(args: argparse.Namespace) -> None:
    cli = _cli()
    f = _audit_filter(args)
    db, sv, actor = _session(args)
    try:
        rows = sv.audit_reader.page(actor, f, limit=args.limit)
    finally:
        db.dispose()
    cli._table(
        [(r.seq_no, r.local_time, r.username or "", r.action, r.summary, r.changes[:80]) for r in rows],
        ("seq", "time", "user", "action", "what", "changes"),
    )
    if len(rows) == args.limit:
        cli._out(f"(the newest {args.limit}; --limit N for more, or `audit export FILE.csv`)")


def cmd_audit_export(args: argparse.Namespace) -> None:
    cli = _cli()
    f = _audit_filter(args)
    db, sv, actor = _session(args)
    try:
        n = sv.audit_reader.export_csv(actor, f, args.file)
    finally:
        db.dispose()
    cli._out(f"Wrote {n:,} audit rows ({f.describe()}) to {args.file}.")


# --- users and days -----------------------------------------------------------------------------


def cmd_user_role(args: argparse.Namespace) -> None:
    from hms_desktop.errors import ValidationError

    cli = _cli()
    db, sv, actor = _session(args)
    try:
        target = sv.users.get_by_username(actor, args.username)
        try:
            info = sv.users.set_role(actor, target.id, args.role)
        except ValidationError as exc:
            raise cli.CliError(" ".join(exc.errors.values())) from exc
        cli._out(f"{info.username!r} is now {info.role.value}.")
    finally:
        db.dispose()


def cmd_day_reopen(args: argparse.Namespace) -> None:
    cli = _cli()
    day = _date(args.date, "DATE")
    assert day is not None
    db, sv, actor = _session(args)
    try:
        closes = [
            c
            for c in sv.day_reopen.closed_days(actor, day, day)
            if c.cashier == args.cashier.strip().lower() and not c.reopened
        ]
        if not closes:
            raise cli.CliError(f"{args.cashier}'s day {day:%d %b %Y} is not closed.")
        done = sv.day_reopen.reopen(actor, closes[0].day_close_id, args.reason)
        cli._out(f"{done.cashier}'s day {done.business_date:%d %b %Y} is open again (close {done.close_no}).")
    finally:
        db.dispose()


def cmd_billing_invoice(args: argparse.Namespace) -> None:
    """Bill a patient (by MRN) for price-list items, optionally take the payment, print the PDF."""
    from decimal import Decimal, InvalidOperation

    from sqlalchemy import select

    from hms_desktop.db.models import Patient
    from hms_desktop.errors import ValidationError
    from hms_desktop.reports.invoice import build_invoice
    from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput

    cli = _cli()
    lines = []
    for spec in args.item:
        code, _, qty = (
            spec.partition("x") if "x" in spec and spec.rsplit("x", 1)[1].isdigit() else (spec, "", "")
        )
        try:
            lines.append(LineInput(item_code=code, quantity=Decimal(qty) if qty else None))
        except InvalidOperation:
            raise cli.CliError(
                f"--item {spec}: CODE or CODExQUANTITY, e.g. CONSULT or INJECTIONx2."
            ) from None
    db, sv, actor = _session(args)
    try:
        with db.read() as s:
            patient_id = s.scalar(select(Patient.id).where(Patient.mrn == args.mrn.strip().upper()))
        if patient_id is None:
            raise cli.CliError(f"There is no patient with MRN {args.mrn}.")
        try:
            inv = sv.billing.create_invoice(actor, InvoiceInput(patient_id, lines, doctor_id=args.doctor_id))
            cli._out(f"Issued {inv.doc_number} ({inv.doc_type}) for {inv.grand_total}.")
            if args.pay:
                amount = Decimal(args.amount) if args.amount else inv.grand_total
                pay = sv.billing.take_payment(
                    actor, inv.id, PaymentInput(args.pay, amount, reference=args.reference)
                )
                cli._out(f"Receipt {pay.receipt_number}: {pay.amount} by {args.pay}.")
        except ValidationError as exc:
            raise cli.CliError(" ".join(f"{k}: {v}" for k, v in exc.errors.items())) from exc
        if args.pdf:
            doc = sv.billing.invoice_doc(actor, inv.id, paper=args.paper)
            build_invoice(doc, Path(args.pdf))
            cli._out(f"Wrote {args.pdf}.")
    finally:
        db.dispose()


# --- parser ------------------------------------------------------------------------------------


def _subcommands(groups: Any, name: str, help_: str) -> Any:
    """The sub-command set of group ``name``, made if no other module made it yet (argparse keeps
    a group's sub-parsers action in its ``_actions``; there is no public getter)."""
    parser = groups.choices.get(name)
    if parser is None:
        return groups.add_parser(name, help=help_).add_subparsers(dest="cmd", required=True)
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(groups: Any, cmd: Callable[..., Any]) -> None:
    g = _subcommands(groups, "settings", "clinic settings")
    sp = cmd(g, "set", cmd_settings_set, "set clinic settings (any subset of the options)")
    for option, field, help_ in SETTING_OPTIONS:
        if field in WHOLE_NUMBER_SETTINGS:
            sp.add_argument(option, dest=field, metavar="N", type=int, help=help_)
        else:
            sp.add_argument(option, dest=field, metavar="VALUE", help=help_)
    sp.add_argument(
        "--token-series", choices=("clinic", "department"), help="one token series or one per department"
    )
    sp.add_argument(
        "--logo", metavar="FILE", help="PNG or JPEG logo for the printed documents ('' removes it)"
    )
    cmd(g, "show", cmd_settings_show, "show every clinic setting")

    g = _subcommands(groups, "price", "the price list")
    sp = cmd(g, "add", cmd_price_add, "add a price-list item")
    sp.add_argument("code")
    sp.add_argument("--name", required=True)
    sp.add_argument(
        "--kind", required=True, choices=("consultation", "procedure", "medicine", "lab", "other", "service")
    )
    sp.add_argument("--sac-hsn", help="the item's own SAC/HSN (default: its tax class's)")
    sp.add_argument("--tax-class", required=True, help="a class of `rates list` (HEALTH, MEDICINE_5...)")
    sp.add_argument("--price", required=True, help="rupees, e.g. 350 or 350.50")
    sp.add_argument("--unit", default="NOS")
    sp.add_argument("--from", dest="from_date", help="YYYY-MM-DD the price applies from (default: always)")
    sp = cmd(g, "list", cmd_price_list, "list the price list with today's (or --on DATE's) prices")
    sp.add_argument("--on", help="YYYY-MM-DD")
    sp.add_argument("--all", action="store_true", help="include inactive items")
    sp = cmd(g, "set", cmd_price_set, "a new price from a date (earlier bills keep theirs)")
    sp.add_argument("code")
    sp.add_argument("--price", required=True)
    sp.add_argument("--from", dest="from_date", required=True, help="YYYY-MM-DD")
    for verb, active in (("deactivate", False), ("activate", True)):
        sp = cmd(g, verb, lambda a, active=active: _set_active(a, active), f"{verb} an item")
        sp.add_argument("code")

    g = _subcommands(groups, "rates", "GST rates by tax class and date")
    sp = cmd(g, "list", cmd_rates_list, "every dated rate, the ones in force marked")
    sp.add_argument("--on", help="YYYY-MM-DD (default today)")
    sp = cmd(g, "add", cmd_rates_add, "a tax class's rate from a date (a new class needs --sac-hsn)")
    sp.add_argument("tax_class", metavar="CLASS")
    sp.add_argument("--rate", required=True, help="percent, e.g. 5")
    sp.add_argument("--from", dest="from_date", required=True, help="YYYY-MM-DD")
    sp.add_argument("--exempt", action="store_true", help="exempt supply (rate 0)")
    sp.add_argument("--sac-hsn")
    sp.add_argument("--note")

    g = _subcommands(groups, "audit", "audit trail")
    for name, func, help_ in (
        ("list", cmd_audit_list, "the newest matching audit rows"),
        ("export", cmd_audit_export, "write the matching audit rows to a CSV file"),
    ):
        sp = cmd(g, name, func, help_)
        if name == "export":
            sp.add_argument("file", metavar="FILE.csv")
        sp.add_argument("--since", help="YYYY-MM-DD (local date, inclusive)")
        sp.add_argument("--until", help="YYYY-MM-DD (inclusive)")
        sp.add_argument("--user", help="username")
        sp.add_argument("--action", help="an action, or a prefix ending in '.' (billing.)")
        sp.add_argument("--entity", help="e.g. patient, invoice, staff_user")
        sp.add_argument("--patient", metavar="MRN")
        if name == "list":
            sp.add_argument("--limit", type=int, default=50)

    g = _subcommands(groups, "user", "staff accounts")
    sp = cmd(g, "role", cmd_user_role, "change an account's role (never the last active admin's)")
    sp.add_argument("username")
    sp.add_argument("role", choices=("admin", "receptionist", "nurse", "doctor", "cashier"))

    g = _subcommands(groups, "billing", "billing")
    sp = cmd(g, "invoice", cmd_billing_invoice, "bill a patient for price-list items (and print it)")
    sp.add_argument("mrn", metavar="MRN")
    sp.add_argument(
        "--item", action="append", required=True, metavar="CODE[xQTY]", help="repeat for more lines"
    )
    sp.add_argument("--doctor-id", type=int)
    sp.add_argument("--pay", choices=("cash", "card", "upi"), help="take the payment now")
    sp.add_argument("--amount", help="the amount paid (default: the whole bill)")
    sp.add_argument("--reference", help="card slip or UPI transaction reference")
    sp.add_argument("--pdf", metavar="FILE.pdf", help="write the invoice as printed")
    sp.add_argument("--paper", choices=("A5", "A4", "80mm"), default="A5")

    g = _subcommands(groups, "day", "cashier days")
    sp = cmd(g, "reopen", cmd_day_reopen, "reopen a cashier's closed day (with a reason)")
    sp.add_argument("cashier", help="the cashier's username")
    sp.add_argument("date", metavar="DATE", help="YYYY-MM-DD")
    sp.add_argument("--reason", required=True)
