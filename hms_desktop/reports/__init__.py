"""PDF documents laid out with reportlab: data in, PDF out (``build_x(data, out) -> None``).

Each module takes a frozen DTO from a service and writes a PDF to a path or a binary stream; nothing
here imports Qt or touches the database. Shared fonts, styles and colours live in ``styles.py``.
"""

from hms_desktop.reports.token_slip import TokenSlipData, build_token_slip, token_slip_pdf

__all__ = ["TokenSlipData", "build_token_slip", "token_slip_pdf"]
