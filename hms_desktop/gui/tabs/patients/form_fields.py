"""The patient form's fields: each service key's input widget and the label under it in
``ui/patient_form.ui``, the codes behind its combo boxes, how a message names a field, and the date
of birth as it may be typed.

The names are marked in the "PatientFormDialog" context (the form's), where they are translated.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hms_desktop.errors import field_words
from hms_desktop.gui.i18n import service_text

SEX_CODES = ("", "M", "F", "O")
# service field -> (input widget name, error label name)
FIELDS: dict[str, tuple[str, str]] = {
    "first_name": ("firstNameEdit", "firstNameError"),
    "last_name": ("lastNameEdit", "lastNameError"),
    "date_of_birth": ("dobEdit", "dobError"),
    "age_years": ("ageYearsSpin", "ageError"),
    "sex": ("sexCombo", "sexError"),
    "blood_group": ("bloodCombo", "bloodError"),
    "phone": ("phoneEdit", "phoneError"),
    "email": ("emailEdit", "emailError"),
    "address": ("addressEdit", "addressError"),
    "city": ("cityEdit", "cityError"),
    "pin_code": ("pinEdit", "pinError"),
    "abha_number": ("abhaEdit", "abhaError"),
    "abha_address": ("abhaAddressEdit", "abhaAddressError"),
    "emergency_name": ("emergencyNameEdit", "emergencyNameError"),
    "emergency_phone": ("emergencyPhoneEdit", "emergencyPhoneError"),
    "allergy_status": ("allergyCombo", "allergiesError"),
    "allergies": ("allergiesEdit", "allergiesError"),
    "landline": ("landlineEdit", "landlineError"),
    "preferred_language": ("languageCombo", "languageError"),
}
SHOWN_AT = {"age_months": "age_years"}  # the months box sits beside the years, under one label
ALLERGY_CODES = ("unknown", "nkda", "listed")  # the order of allergyCombo's items
# how a conflict names each field (translated where shown: QCoreApplication.translate(LABEL_CONTEXT, ...))
LABEL_CONTEXT = "PatientFormDialog"
LABELS = {
    "first_name": str(QT_TRANSLATE_NOOP("PatientFormDialog", "First name")),
    "last_name": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Last name")),
    "date_of_birth": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Date of birth")),
    "age_years": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Age years")),
    "sex": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Sex")),
    "blood_group": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Blood group")),
    "phone": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Phone")),
    "email": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Email")),
    "address": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Address")),
    "city": str(QT_TRANSLATE_NOOP("PatientFormDialog", "City")),
    "pin_code": str(QT_TRANSLATE_NOOP("PatientFormDialog", "PIN code")),
    "abha_number": str(QT_TRANSLATE_NOOP("PatientFormDialog", "ABHA")),
    "abha_address": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Abha address")),
    "emergency_name": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Emergency name")),
    "emergency_phone": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Emergency phone")),
    "allergy_status": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Allergies (asked?)")),
    "allergies": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Allergies")),
    "landline": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Landline")),
    "preferred_language": str(QT_TRANSLATE_NOOP("PatientFormDialog", "Instructions in")),
}


def field_label(field: str) -> str:
    """How the form names ``field`` in a message, in the desk's language."""
    if field in LABELS:
        return QCoreApplication.translate(LABEL_CONTEXT, LABELS[field])
    return service_text(field_words(field))


def parse_dob(text: str) -> dt.date | None:
    """'15-08-1990', '15/08/1990', '1990-08-15' -> date; '' -> None; ValueError otherwise."""
    t = text.strip().replace("/", "-").replace(".", "-")
    if not t:
        return None
    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    raise ValueError(t)
