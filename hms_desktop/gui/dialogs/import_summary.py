"""What the import wizard says about a file and a report: the line about the file read, the
check's counts, the run's outcome and the summary lines of the report (the CLI's, in the desk's
language), each a whole sentence with named placeholders.

The sentences are the wizard's: marked and translated in the "ImportDialog" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hms_desktop.gui.i18n import service_text
from hms_desktop.services.importer_types import FilePreview, ImportReport, Outcome


def file_info(preview: FilePreview) -> str:
    """The line above the mapping: the file's name, rows, columns, encoding and separator."""
    separated = {
        ",": QCoreApplication.translate("ImportDialog", "comma-separated"),
        ";": QCoreApplication.translate("ImportDialog", "semicolon-separated"),
        "\t": QCoreApplication.translate("ImportDialog", "tab-separated"),
        "|": QCoreApplication.translate("ImportDialog", "bar-separated"),
    }.get(preview.delimiter, "")
    values = {
        "file": preview.file_name,
        "rows": f"{preview.row_count:,}",
        "columns": len(preview.headers),
        "encoding": preview.encoding,
        "separated": separated,
    }
    if separated:
        info = QCoreApplication.translate(
            "ImportDialog",
            "<b>{file}</b>: {rows} rows, {columns} columns ({encoding}, {separated}). The guessed match "
            "of each field to a column is below; change any that is wrong.",
        )
    else:
        info = QCoreApplication.translate(
            "ImportDialog",
            "<b>{file}</b>: {rows} rows, {columns} columns ({encoding}). The guessed match of each "
            "field to a column is below; change any that is wrong.",
        )
    return info.format(**values)


def check_summary(report: ImportReport) -> str:
    """The dry run's counts above the list of problems."""
    counts = {
        "read": f"{report.rows_read:,}",
        "create": f"{report.to_create:,}",
        "alike": f"{report.count(Outcome.DUPLICATE):,}",
        "already": f"{report.count(Outcome.ALREADY):,}",
        "errors": f"{len(report.errors):,}",
        "update": f"{report.count(Outcome.UPDATED):,}",
    }
    if report.count(Outcome.UPDATED):
        summary = QCoreApplication.translate(
            "ImportDialog",
            "<b>{read}</b> rows read · <b>{create}</b> to create · <b>{alike}</b> look-alikes · "
            "<b>{already}</b> already imported · <b>{errors}</b> with errors · {update} to update. "
            "Rows with errors are not imported; fix them in the file and import it again later.",
        )
    else:
        summary = QCoreApplication.translate(
            "ImportDialog",
            "<b>{read}</b> rows read · <b>{create}</b> to create · <b>{alike}</b> look-alikes · "
            "<b>{already}</b> already imported · <b>{errors}</b> with errors. "
            "Rows with errors are not imported; fix them in the file and import it again later.",
        )
    return summary.format(**counts)


def result_line(report: ImportReport) -> str:
    """How the real run ended, above its summary."""
    if report.cancelled:
        return QCoreApplication.translate(
            "ImportDialog", "Stopped: import the same file again to continue where it stopped."
        )
    return QCoreApplication.translate(
        "ImportDialog",
        "Done: {created} created, {alike} look-alikes skipped, {merged} merged, "
        "{errors} rows with errors left out.",
    ).format(
        created=f"{report.to_create:,}",
        alike=f"{report.count(Outcome.DUPLICATE):,}",
        merged=f"{report.count(Outcome.MERGED):,}",
        errors=f"{len(report.errors):,}",
    )


def summary_lines(report: ImportReport, max_errors: int = 50) -> list[str]:
    """The report's summary as ``ImportReport.summary_lines`` says it (the CLI's), in the desk's
    language: the same lines, each a whole sentence to translate."""
    n = report.count
    indent = "  "
    if report.resumed_from:
        head = QCoreApplication.translate(
            "ImportDialog", "{file}: {rows} rows read ({earlier} done by an earlier run)"
        )
    else:
        head = QCoreApplication.translate("ImportDialog", "{file}: {rows} rows read")
    lines = [
        head.format(file=report.file_name, rows=f"{report.rows_read:,}", earlier=f"{report.resumed_from:,}"),
        indent
        + (
            QCoreApplication.translate("ImportDialog", "to create: {n}")
            if report.dry_run
            else QCoreApplication.translate("ImportDialog", "created: {n}")
        ).format(n=f"{report.to_create:,}"),
    ]
    if n(Outcome.UPDATED):
        lines.append(
            indent
            + QCoreApplication.translate("ImportDialog", "updated: {n}").format(n=f"{n(Outcome.UPDATED):,}")
        )
    skipped = (
        QCoreApplication.translate("ImportDialog", "duplicates (would be skipped): {n}")
        if report.dry_run
        else QCoreApplication.translate("ImportDialog", "duplicates (were skipped): {n}")
    )
    lines += [
        indent + skipped.format(n=f"{n(Outcome.DUPLICATE):,}"),
        indent
        + QCoreApplication.translate("ImportDialog", "merged into existing: {n}").format(
            n=f"{n(Outcome.MERGED):,}"
        ),
        indent
        + QCoreApplication.translate("ImportDialog", "already imported: {n}").format(
            n=f"{n(Outcome.ALREADY):,}"
        ),
        indent
        + QCoreApplication.translate("ImportDialog", "errors: {n}").format(n=f"{len(report.errors):,}"),
    ]
    if report.cancelled:
        lines.append(
            indent
            + QCoreApplication.translate(
                "ImportDialog", "CANCELLED: run the same import again to continue where it stopped."
            )
        )
    for r in report.errors[:max_errors]:
        for p in r.problems:
            line = QCoreApplication.translate("ImportDialog", "row {row}, {column}: {message}")
            lines.append(indent + line.format(row=r.row_no, column=p.column, message=service_text(p.message)))
    if len(report.errors) > max_errors:
        more = QCoreApplication.translate(
            "ImportDialog", "... and {n} more rows with errors (see the report)"
        )
        lines.append(indent + more.format(n=f"{len(report.errors) - max_errors:,}"))
    for r in [r for r in report.results if r.outcome is Outcome.DUPLICATE][:max_errors]:
        alike = QCoreApplication.translate(
            "ImportDialog", "row {row}: looks like {other} ({reasons})"
        ).format(row=r.row_no, other=r.duplicate_of, reasons=", ".join(service_text(x) for x in r.reasons))
        lines.append(indent + alike)
    if report.report_path:
        lines.append(
            indent
            + QCoreApplication.translate("ImportDialog", "report: {path}").format(path=report.report_path)
        )
    return lines
