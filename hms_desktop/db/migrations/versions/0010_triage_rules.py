"""Triage rules a nurse would sign: synonyms and discriminators (filled by the triage work)

The presenting-sign table seeded by 0003 knew 29 keywords; a desk types "fits", "took tablets",
"PV bleeding", "difficulty in breathing" or "heaviness in chest". This revision adds the synonyms and
Indian-English phrasing for the same signs, and the Manchester Triage System (MTS) discriminators the
table lacked, each at the level MTS gives that discriminator (Mackway-Jones, Marsden, Windle,
"Emergency Triage", Manchester Triage Group, 2nd ed. 2006; discriminator dictionary):

* red: currently fitting (fits, fitting), airway compromise (choking, stridor), unresponsive;
* orange: cardiac pain (chest pain variants), altered conscious level (confused, drowsy, "altered
  sensorium"), increased work of breathing / very low SpO2 (breathlessness variants), acute
  neurological deficit (stroke signs), uncontrollable major haemorrhage (heavy, profuse, not stopping),
  vomiting or passing blood, facial or tongue oedema, hypoglycaemia, overdose and poisoning (took
  tablets, ingestion, pesticide, kerosene), envenomation risk (snake, scorpion), electric shock,
  significant mechanism of injury (fall from height);
* yellow: uncontrollable minor haemorrhage (active bleeding, nose bleed), bites (dog, monkey, cat),
  wheeze, palpitations, new faint, eye injury, urinary retention, road traffic accident without
  other signs;
* orange also: severe pain, heavy PV bleeding, chemical in the eye;
* green: bleeding stopped or controlled (a recent problem), spotting; and complaints that only look
  like a sign ('burning micturition' is not a burn);
* blue: repeat prescription, showing reports, suture removal, dressing change.

Only rows the clinic does not have already are added (an admin may have typed the same keyword):
the table stays admin-editable data. Levels of the 0003 rows are not changed.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CARDIO, GYN, PAED = "Cardiologist", "Gynaecologist", "Paediatrician"

# keyword (lower case, as the settings dialog stores it), least urgent level, specialisation
RULES = (
    # currently fitting -> red
    ("fits", "red", None),
    ("fitting", "red", None),
    ("had a fit", "red", None),
    ("having a fit", "red", None),
    ("convulsing", "red", None),
    ("seizing", "red", None),
    ("jerking", "red", None),
    # airway, unresponsive -> red
    ("choking", "red", None),
    ("stridor", "red", None),
    ("not responding", "red", None),
    ("gasping", "red", None),
    # altered conscious level -> orange
    ("confused", "orange", None),
    ("confusion", "orange", None),
    ("altered sensorium", "orange", None),
    ("drowsy", "orange", None),
    ("disoriented", "orange", None),
    ("collapse", "orange", None),
    # increased work of breathing -> orange
    ("difficulty in breathing", "orange", None),
    ("breathing difficulty", "orange", None),
    ("difficult breathing", "orange", None),
    ("trouble breathing", "orange", None),
    ("cannot breathe", "orange", None),
    ("can't breathe", "orange", None),
    ("breathing problem", "orange", None),
    ("unable to breathe", "orange", None),
    ("breathing fast", "orange", None),
    ("fast breathing", "orange", None),
    ("sob", "orange", None),
    ("dyspnoea", "orange", None),
    ("dyspnea", "orange", None),
    ("asthma attack", "orange", None),
    ("wheez", "yellow", None),
    # cardiac pain -> orange
    ("pain in chest", "orange", CARDIO),
    ("chest tightness", "orange", CARDIO),
    ("tightness in chest", "orange", CARDIO),
    ("chest heaviness", "orange", CARDIO),
    ("heaviness in chest", "orange", CARDIO),
    ("heaviness of chest", "orange", CARDIO),
    ("chest discomfort", "orange", CARDIO),
    ("cardiac pain", "orange", CARDIO),
    ("heart attack", "orange", CARDIO),
    ("palpitation", "yellow", CARDIO),
    # acute neurological deficit -> orange
    ("stroke", "orange", None),
    ("paralysis", "orange", None),
    ("weakness of one side", "orange", None),
    ("one side weakness", "orange", None),
    ("facial deviation", "orange", None),
    ("mouth deviated", "orange", None),
    # haemorrhage: uncontrollable major -> orange, minor -> yellow, controlled -> green
    ("heavy bleeding", "orange", None),
    ("profuse bleeding", "orange", None),
    ("bleeding heavily", "orange", None),
    ("uncontrolled bleeding", "orange", None),
    ("bleeding not stopping", "orange", None),
    ("active bleeding", "yellow", None),
    ("still bleeding", "yellow", None),
    ("nose bleed", "yellow", "ENT"),
    ("nosebleed", "yellow", "ENT"),
    ("epistaxis", "yellow", "ENT"),
    ("bleeding stopped", "green", None),
    ("bleeding controlled", "green", None),
    ("vomiting blood", "orange", None),
    ("blood vomiting", "orange", None),
    ("haematemesis", "orange", None),
    ("hematemesis", "orange", None),
    ("blood in stool", "orange", None),
    ("black stool", "orange", None),
    ("malena", "orange", None),
    ("melaena", "orange", None),
    # bleeding in pregnancy (with the pregnancy flag or words, any bleeding is at least orange)
    ("pv bleeding", "yellow", GYN),
    ("bleeding pv", "yellow", GYN),
    ("vaginal bleeding", "yellow", GYN),
    ("bleeding per vagina", "yellow", GYN),
    ("bleeding during pregnancy", "orange", GYN),
    ("heavy pv bleeding", "orange", GYN),
    ("heavy vaginal bleeding", "orange", GYN),
    ("pregnant and bleeding", "orange", GYN),
    ("leaking pv", "orange", GYN),
    ("water broke", "orange", GYN),
    ("spotting", "green", GYN),
    # overdose and poisoning -> orange
    ("took tablets", "orange", None),
    ("consumed tablets", "orange", None),
    ("swallowed tablets", "orange", None),
    ("too many tablets", "orange", None),
    ("poison", "orange", None),
    ("ingestion", "orange", None),
    ("ingested", "orange", None),
    ("pesticide", "orange", None),
    ("insecticide", "orange", None),
    ("organophosphate", "orange", None),
    ("kerosene", "orange", None),
    ("rat killer", "orange", None),
    ("phenyl", "orange", None),
    ("toilet cleaner", "orange", None),
    ("drank acid", "orange", None),
    ("ate tablets", "orange", None),
    ("suicide attempt", "orange", None),
    ("self harm", "orange", None),
    # bites and stings
    ("snake", "orange", None),
    ("scorpion", "orange", None),
    ("dog bit", "yellow", None),
    ("bitten by dog", "yellow", None),
    ("monkey bit", "yellow", None),
    ("cat bit", "yellow", None),
    ("animal bite", "yellow", None),
    # allergy: facial or tongue oedema -> orange
    ("swelling of face", "orange", None),
    ("face swelling", "orange", None),
    ("lip swelling", "orange", None),
    ("tongue swelling", "orange", None),
    ("throat swelling", "orange", None),
    # metabolic
    ("hypoglycaemia", "orange", None),
    ("hypoglycemia", "orange", None),
    ("low sugar", "orange", None),
    ("sugar low", "orange", None),
    # injury
    ("electric shock", "orange", None),
    ("fall from height", "orange", None),
    ("road traffic accident", "yellow", None),
    ("rta", "yellow", None),
    ("fainted", "yellow", None),
    ("syncope", "yellow", None),
    ("eye injury", "yellow", "Ophthalmologist"),
    ("chemical in eye", "orange", "Ophthalmologist"),
    ("not passing urine", "yellow", None),
    ("urine retention", "yellow", None),
    # severe pain (MTS) -> orange, whatever the pain score field says
    ("severe pain", "orange", None),
    ("severe abdominal pain", "orange", None),
    # 'burn' is yellow, but these are everyday OPD complaints, not burns
    ("burning micturition", "green", None),
    ("burning urination", "green", None),
    ("burning sensation", "green", None),
    ("burning feet", "green", None),
    # children
    ("newborn", "yellow", PAED),
    # non-urgent
    ("repeat prescription", "blue", None),
    ("medicine refill", "blue", None),
    ("followup", "blue", None),
    ("show report", "blue", None),
    ("suture removal", "blue", None),
    ("dressing change", "blue", None),
)

_RULE = sa.table(
    "triage_rule",
    sa.column("keyword", sa.String),
    sa.column("min_level", sa.String),
    sa.column("specialisation", sa.String),
    sa.column("is_active", sa.Boolean),
)


def upgrade() -> None:
    # offline (the sql/ scripts) the table holds just the 0003 rows, none of which is repeated here
    existing = (
        set()
        if context.is_offline_mode()
        else {k for (k,) in op.get_bind().execute(sa.select(_RULE.c.keyword))}
    )
    rows = [
        {"keyword": k, "min_level": lv, "specialisation": sp, "is_active": True}
        for k, lv, sp in RULES
        if k not in existing
    ]
    if rows:
        op.bulk_insert(_RULE, rows)


def downgrade() -> None:
    for k, lv, _sp in RULES:  # one statement per row: no IN list that grows with the data
        op.execute(_RULE.delete().where(_RULE.c.keyword == k, _RULE.c.min_level == lv))
