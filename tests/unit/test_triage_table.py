"""The seeded presenting-sign table (migrations 0003 + 0010) against typical presentations.

Each row: a complaint as a desk types it, the level a Manchester Triage System (MTS) triage nurse
would give it, and the MTS discriminator that gives that level (Mackway-Jones, Marsden, Windle,
"Emergency Triage", Manchester Triage Group, 2nd ed. 2006, discriminator dictionary; levels as in
the ADC/EMJ validation tables: red = immediate, orange = very urgent, yellow = urgent, green =
standard, blue = non-urgent). The rules are read from a freshly migrated database on each backend,
so the table an admin starts with is what is tested; every seeded keyword must have a row here.
"""

from __future__ import annotations

import pytest

from hms_desktop.db.engine import Database
from hms_desktop.domain.triage import Discriminator, suggest_level
from hms_desktop.services.triage import rules_for
from tests.unit.queue_clinic import QueueClinic

# keyword -> (typical complaint as typed, expected level, MTS discriminator)
TYPICAL: dict[str, tuple[str, str, str]] = {
    # red
    "unconscious": ("found unconscious at home", "red", "unresponsive"),
    "unresponsive": ("brought in unresponsive by son", "red", "unresponsive"),
    "not breathing": ("child not breathing properly, blue lips", "red", "inadequate breathing"),
    "seizure": ("seizure started 10 min back", "red", "currently fitting"),
    "convulsion": ("convulsions with fever in 2 yr old", "red", "currently fitting"),
    "fits": ("c/o fits since 5 minutes", "red", "currently fitting"),
    "fitting": ("still fitting on arrival", "red", "currently fitting"),
    "had a fit": ("had a fit in the bus, still jerking", "red", "currently fitting"),
    "having a fit": ("having a fit now", "red", "currently fitting"),
    "convulsing": ("child convulsing since 5 min", "red", "currently fitting"),
    "seizing": ("seizing in the waiting area", "red", "currently fitting"),
    "jerking": ("jerking of all limbs, not responding to name", "red", "currently fitting"),
    "anaphylaxis": ("anaphylaxis after injection", "red", "airway compromise / shock"),
    "choking": ("choking on a coin", "red", "airway compromise"),
    "stridor": ("barking cough with stridor", "red", "stridor"),
    "not responding": ("old man not responding since morning", "red", "unresponsive"),
    "gasping": ("gasping for breath", "red", "inadequate breathing"),
    # orange
    "chest pain": ("chest pain since 1 hour, sweating", "orange", "cardiac pain"),
    "pain in chest": ("pain in chest radiating to left arm", "orange", "cardiac pain"),
    "chest tightness": ("chest tightness on walking", "orange", "cardiac pain"),
    "tightness in chest": ("tightness in chest since morning", "orange", "cardiac pain"),
    "chest heaviness": ("chest heaviness and sweating", "orange", "cardiac pain"),
    "heaviness in chest": ("heaviness in chest after lunch", "orange", "cardiac pain"),
    "heaviness of chest": ("heaviness of chest 2 hrs", "orange", "cardiac pain"),
    "chest discomfort": ("chest discomfort and giddiness", "orange", "cardiac pain"),
    "cardiac pain": ("known IHD, cardiac pain again", "orange", "cardiac pain"),
    "heart attack": ("thinks he is having a heart attack", "orange", "cardiac pain"),
    "breathless": ("breathless on lying down", "orange", "increased work of breathing"),
    "shortness of breath": ("shortness of breath since night", "orange", "increased work of breathing"),
    "difficulty breathing": ("difficulty breathing after dust", "orange", "increased work of breathing"),
    "difficulty in breathing": ("difficulty in breathing 2 days", "orange", "increased work of breathing"),
    "breathing difficulty": ("breathing difficulty and cough", "orange", "increased work of breathing"),
    "difficult breathing": ("difficult breathing at night", "orange", "increased work of breathing"),
    "trouble breathing": ("trouble breathing after climbing stairs", "orange", "increased work of breathing"),
    "cannot breathe": ("says she cannot breathe", "orange", "increased work of breathing"),
    "can't breathe": ("can't breathe properly", "orange", "increased work of breathing"),
    "breathing problem": ("breathing problem since evening", "orange", "increased work of breathing"),
    "unable to breathe": ("unable to breathe lying flat", "orange", "increased work of breathing"),
    "breathing fast": ("baby breathing fast since night", "orange", "increased work of breathing"),
    "fast breathing": ("fast breathing and cough", "orange", "increased work of breathing"),
    "sob": ("c/o SOB and cough", "orange", "increased work of breathing"),
    "dyspnoea": ("dyspnoea on exertion, worse today", "orange", "increased work of breathing"),
    "dyspnea": ("dyspnea grade 3", "orange", "increased work of breathing"),
    "asthma attack": ("asthma attack, inhaler not helping", "orange", "increased work of breathing"),
    "severe bleeding": ("severe bleeding from scalp wound", "orange", "uncontrollable major haemorrhage"),
    "heavy bleeding": ("heavy bleeding from leg cut", "orange", "uncontrollable major haemorrhage"),
    "profuse bleeding": ("profuse bleeding from nose", "orange", "uncontrollable major haemorrhage"),
    "bleeding heavily": ("hand cut, bleeding heavily", "orange", "uncontrollable major haemorrhage"),
    "uncontrolled bleeding": ("uncontrolled bleeding after tooth extraction", "orange",
                              "uncontrollable major haemorrhage"),
    "bleeding not stopping": ("nose bleeding not stopping", "orange", "uncontrollable major haemorrhage"),
    "vomiting blood": ("vomiting blood since morning", "orange", "vomiting blood"),
    "blood vomiting": ("blood vomiting 2 times", "orange", "vomiting blood"),
    "haematemesis": ("haematemesis, known alcoholic", "orange", "vomiting blood"),
    "hematemesis": ("hematemesis x2", "orange", "vomiting blood"),
    "blood in stool": ("blood in stool and giddiness", "orange", "passing fresh or altered blood"),
    "black stool": ("black stools for 2 days", "orange", "passing fresh or altered blood"),
    "malena": ("malena since yesterday", "orange", "passing fresh or altered blood"),
    "melaena": ("melaena, on aspirin", "orange", "passing fresh or altered blood"),
    "slurred speech": ("sudden slurred speech", "orange", "acute neurological deficit"),
    "stroke": ("family thinks it is a stroke", "orange", "acute neurological deficit"),
    "paralysis": ("paralysis of right hand since morning", "orange", "acute neurological deficit"),
    "weakness of one side": ("weakness of one side of body", "orange", "acute neurological deficit"),
    "one side weakness": ("one side weakness since 2 hrs", "orange", "acute neurological deficit"),
    "facial deviation": ("facial deviation to left", "orange", "acute neurological deficit"),
    "mouth deviated": ("mouth deviated while talking", "orange", "acute neurological deficit"),
    "confused": ("confused since morning, diabetic", "orange", "altered conscious level"),
    "confusion": ("new confusion in elderly", "orange", "altered conscious level"),
    "altered sensorium": ("altered sensorium since night", "orange", "altered conscious level"),
    "drowsy": ("very drowsy after fall", "orange", "altered conscious level"),
    "disoriented": ("disoriented, not recognising family", "orange", "altered conscious level"),
    "collapse": ("collapsed in the market", "orange", "altered conscious level (collapsed adult)"),
    "head injury": ("head injury after fall from bike", "orange", "head injury with significant mechanism"),
    "fall from height": ("fall from height while painting", "orange", "significant mechanism of injury"),
    "electric shock": ("electric shock at work", "orange", "electrical injury"),
    "poisoning": ("suspected food poisoning with giddiness", "orange", "overdose and poisoning"),
    "poison": ("drank rat poison", "orange", "overdose and poisoning"),
    "overdose": ("overdose of sleeping pills", "orange", "overdose and poisoning"),
    "took tablets": ("took tablets after fight at home", "orange", "overdose and poisoning"),
    "consumed tablets": ("consumed tablets of mother", "orange", "overdose and poisoning"),
    "swallowed tablets": ("child swallowed tablets of grandmother", "orange", "overdose and poisoning"),
    "too many tablets": ("took too many tablets by mistake", "orange", "overdose and poisoning"),
    "ingestion": ("acid ingestion", "orange", "overdose and poisoning"),
    "ingested": ("ingested cleaning liquid", "orange", "overdose and poisoning"),
    "pesticide": ("consumed pesticide in field", "orange", "overdose and poisoning"),
    "insecticide": ("insecticide consumption", "orange", "overdose and poisoning"),
    "organophosphate": ("organophosphate poisoning suspected", "orange", "overdose and poisoning"),
    "kerosene": ("toddler drank kerosene", "orange", "overdose and poisoning"),
    "rat killer": ("consumed rat killer paste", "orange", "overdose and poisoning"),
    "phenyl": ("drank phenyl after quarrel", "orange", "overdose and poisoning"),
    "toilet cleaner": ("child drank toilet cleaner", "orange", "overdose and poisoning"),
    "drank acid": ("drank acid by mistake", "orange", "overdose and poisoning"),
    "ate tablets": ("ate tablets from the cupboard", "orange", "overdose and poisoning"),
    "suicide attempt": ("suicide attempt, wrist cut", "orange", "high risk of self harm"),
    "self harm": ("self harm with blade", "orange", "high risk of self harm"),
    "snake": ("snake bite on foot in the field", "orange", "envenomation risk (bites and stings)"),
    "scorpion": ("scorpion sting on finger, severe pain", "orange", "envenomation risk (bites and stings)"),
    "swelling of face": ("swelling of face after prawns", "orange", "facial oedema"),
    "face swelling": ("face swelling after tablet", "orange", "facial oedema"),
    "lip swelling": ("lip swelling and itching", "orange", "facial oedema"),
    "tongue swelling": ("tongue swelling, difficulty talking", "orange", "oedema of the tongue"),
    "throat swelling": ("feels throat swelling after bee sting", "orange", "airway oedema"),
    "hypoglycaemia": ("known diabetic, hypoglycaemia episode", "orange", "hypoglycaemia"),
    "hypoglycemia": ("hypoglycemia, sweating", "orange", "hypoglycaemia"),
    "low sugar": ("low sugar, shivering", "orange", "hypoglycaemia"),
    "sugar low": ("sugar low on glucometer", "orange", "hypoglycaemia"),
    "bleeding in pregnancy": ("bleeding in pregnancy 7 months", "orange", "PV bleeding in pregnancy"),
    "bleeding during pregnancy": ("bleeding during pregnancy", "orange", "PV bleeding in pregnancy"),
    "heavy pv bleeding": ("heavy pv bleeding with clots", "orange", "heavy PV blood loss"),
    "heavy vaginal bleeding": ("heavy vaginal bleeding, soaked pads", "orange", "heavy PV blood loss"),
    "pregnant and bleeding": ("3 months pregnant and bleeding", "orange", "PV bleeding in pregnancy"),
    "labour pain": ("labour pains since 4 hours", "orange", "active labour"),
    "leaking pv": ("leaking pv since morning, 8 months", "orange", "rupture of membranes in pregnancy"),
    "water broke": ("water broke 1 hour ago", "orange", "rupture of membranes in pregnancy"),
    # yellow
    "bleeding": ("bleeding from cut on hand", "yellow", "uncontrollable minor haemorrhage"),
    "active bleeding": ("active bleeding from toe", "yellow", "uncontrollable minor haemorrhage"),
    "still bleeding": ("nail injury, still bleeding", "yellow", "uncontrollable minor haemorrhage"),
    "nose bleed": ("nose bleed since 20 minutes", "yellow", "uncontrollable minor haemorrhage (epistaxis)"),
    "nosebleed": ("nosebleed in summer", "yellow", "uncontrollable minor haemorrhage (epistaxis)"),
    "epistaxis": ("epistaxis, on warfarin", "yellow", "uncontrollable minor haemorrhage (epistaxis)"),
    "pv bleeding": ("pv bleeding since 10 days", "yellow", "PV bleeding (not pregnant)"),
    "bleeding pv": ("bleeding pv heavy periods", "yellow", "PV bleeding (not pregnant)"),
    "vaginal bleeding": ("vaginal bleeding after menopause", "yellow", "PV bleeding (not pregnant)"),
    "bleeding per vagina": ("bleeding per vagina 5 days", "yellow", "PV bleeding (not pregnant)"),
    "high fever": ("high fever since 3 days", "yellow", "hot (adult)"),
    "vomiting": ("vomiting since night, 6 times", "yellow", "persistent vomiting"),
    "burn": ("burn on forearm from hot oil", "yellow", "burn (moderate pain)"),
    "fracture": ("suspected fracture of wrist", "yellow", "deformity / moderate pain"),
    "allergic reaction": ("allergic reaction, rash all over", "yellow", "widespread rash"),
    "infant": ("infant with loose motions", "yellow", "infant (hot baby / recent problem)"),
    "newborn": ("newborn not feeding well", "yellow", "infant (recent problem)"),
    "wheez": ("wheezing since night", "yellow", "wheeze"),
    "palpitation": ("palpitations on and off", "yellow", "palpitations"),
    "dog bit": ("dog bite on leg this morning", "yellow", "bite (moderate pain)"),
    "bitten by dog": ("bitten by dog, stray", "yellow", "bite (moderate pain)"),
    "monkey bit": ("monkey bit on hand", "yellow", "bite (moderate pain)"),
    "cat bit": ("cat bite on finger", "yellow", "bite (moderate pain)"),
    "animal bite": ("animal bite, unknown animal", "yellow", "bite (moderate pain)"),
    "road traffic accident": ("road traffic accident, bruises", "yellow", "injury (moderate pain)"),
    "rta": ("RTA, abrasions on knee", "yellow", "injury (moderate pain)"),
    "fainted": ("fainted at school assembly", "yellow", "history of unconsciousness"),
    "syncope": ("syncope while standing", "yellow", "history of unconsciousness"),
    "eye injury": ("eye injury with a stick", "yellow", "eye problem: recent injury"),
    "chemical in eye": ("chemical in eye at the factory", "orange", "chemical eye injury"),
    "not passing urine": ("not passing urine since morning", "yellow", "urinary retention"),
    "urine retention": ("urine retention, old man", "yellow", "urinary retention"),
    "severe pain": ("severe pain in the back since morning", "orange", "severe pain"),
    "severe abdominal pain": ("severe abdominal pain, vomiting", "orange", "severe pain"),
    # green
    "rash": ("itchy rash on arms", "green", "recent problem"),
    "ear pain": ("ear pain since 2 days", "green", "recent mild pain"),
    "joint pain": ("joint pain in knees", "green", "recent mild pain"),
    "bleeding stopped": ("cut on finger, bleeding stopped", "green",
                         "controlled haemorrhage: recent problem"),
    "bleeding controlled": ("cut on palm, bleeding controlled with pressure", "green",
                            "controlled haemorrhage: recent problem"),
    "spotting": ("spotting between periods", "green", "recent problem"),
    "burning micturition": ("burning micturition 3 days", "green", "recent problem (not a burn)"),
    "burning urination": ("burning urination and fever", "green", "recent problem (not a burn)"),
    "burning sensation": ("burning sensation in stomach", "green", "recent problem (not a burn)"),
    "burning feet": ("burning feet at night, diabetic", "green", "recent problem (not a burn)"),
    # blue
    "prescription refill": ("prescription refill for BP tablets", "blue", "non-urgent"),
    "follow-up": ("follow-up after 1 week", "blue", "non-urgent"),
    "followup": ("followup visit", "blue", "non-urgent"),
    "repeat prescription": ("repeat prescription sugar tablets", "blue", "non-urgent"),
    "medicine refill": ("medicine refill", "blue", "non-urgent"),
    "show report": ("came to show reports of blood test", "blue", "non-urgent"),
    "suture removal": ("suture removal", "blue", "non-urgent"),
    "dressing change": ("dressing change of leg wound", "blue", "non-urgent"),
}  # fmt: skip

# Phrasings that are not a keyword row themselves, and the level they must still get.
PHRASES: list[tuple[str, str]] = [
    ("chest pain", "orange"),
    ("CHEST PAIN since morning", "orange"),
    ("no chest pain, fever 3 days", "green"),  # a negated sign does not count
    ("no active bleeding now", "green"),  # nor the shorter sign inside it
    ("bleeding stopped after pressure but head injury", "orange"),  # the other sign still does
    ("5 months pregnant, bleeding pv since morning", "orange"),  # pregnancy words make any bleeding orange
    ("fits", "red"),
    ("snakebite", "orange"),
    ("sobbing child with ear pain", "green"),  # 'sob' matches the whole word only
    ("fever and body pain", "green"),
]


@pytest.fixture(name="seeded")
def _seeded(db: Database) -> list[Discriminator]:
    with db.read() as s:
        return rules_for(s)


def test_every_seeded_sign_gets_its_mts_level(seeded: list[Discriminator]) -> None:
    keywords = {r.keyword for r in seeded}
    assert keywords == set(TYPICAL), (keywords - set(TYPICAL), set(TYPICAL) - keywords)
    wrong = []
    for keyword, (complaint, expected, _why) in TYPICAL.items():
        got = suggest_level(complaint, seeded)
        if got.level != expected:
            wrong.append((keyword, complaint, expected, got.level, got.reasons))
    assert not wrong


@pytest.mark.parametrize(("complaint", "expected"), PHRASES)
def test_phrasing_the_desk_types(seeded: list[Discriminator], complaint: str, expected: str) -> None:
    assert suggest_level(complaint, seeded).level == expected


def test_pregnancy_flag_makes_pv_bleeding_very_urgent_for_the_gynaecologist(
    seeded: list[Discriminator],
) -> None:
    plain = suggest_level("pv bleeding since morning", seeded)
    pregnant = suggest_level("pv bleeding since morning", seeded, pregnant=True)
    assert (plain.level, pregnant.level) == ("yellow", "orange")
    assert pregnant.specialisation == "Gynaecologist"


# --- age: the chart used at triage and the doctor suggested -------------------------------------


def _clinic_with_paediatrician(db: Database) -> tuple[QueueClinic, int]:
    import datetime as dt
    from decimal import Decimal

    from hms_desktop.services.scheduling_types import DepartmentInput, DoctorInput, SessionInput
    from tests.unit.queue_clinic import build_clinic

    c = build_clinic(db)
    sched = c.sv.scheduling
    paed = sched.save_department(c.admin, DepartmentInput("Paediatrics", "PAED", "00:00", "24:00"))
    doc = sched.save_doctor(
        c.admin,
        DoctorInput("Dr. Kavya Nair", "MBBS, MD", "Paediatrician", paed.id, "KMC-P", None,
                    dt.date(2099, 1, 1), Decimal("300"), daily_cap=12, room="P-1"),
    )  # fmt: skip
    sched.set_schedule(c.admin, doc.id, [SessionInput(d, "00:00", "24:00", 15) for d in range(7)])
    return c, doc.id


def _walk_in(c: QueueClinic, name: str, age: int, complaint: str) -> int:
    from hms_desktop.services.visits_types import WalkInInput

    return int(c.sv.visits.register_walk_in(c.desk, WalkInInput(name, "F", age, None, complaint=complaint))
               .queue_entry_id)  # fmt: skip


def test_doctor_suggestion_respects_age(db: Database) -> None:
    c, paed_id = _clinic_with_paediatrician(db)
    # a paediatrician is never the first suggestion for an adult while others are on duty
    adult = _walk_in(c, "Asha", 40, "cough and cold")
    assert [d.doctor_id for d in c.sv.queue.suggest_doctors(c.desk, adult)][-1] == paed_id
    # a child with chest pain: the paediatrician first, not the (adult) cardiologist the sign asks for
    child = _walk_in(c, "Riya", 6, "chest pain since morning")
    ranked = c.sv.queue.suggest_doctors(c.desk, child)
    assert ranked[0].doctor_id == paed_id
    assert ranked[-1].doctor_id == c.cardio.doctor_id or not ranked[-1].matches_specialisation
    # the adult with chest pain still gets the cardiologist
    chest = _walk_in(c, "Ravi", 55, "chest pain on exertion")
    assert c.sv.queue.suggest_doctors(c.desk, chest)[0].doctor_id == c.cardio.doctor_id


def test_triage_of_a_child_uses_the_paediatric_chart(db: Database) -> None:
    from hms_desktop.services.queue_types import TriageInput

    c, _paed = _clinic_with_paediatrician(db)
    toddler = _walk_in(c, "Anu", 2, "cough and cold")
    well = TriageInput(
        chief_complaint="cough and cold",
        resp_rate=28,
        spo2=98,
        systolic_bp=92,
        pulse=120,
        temperature_c=37.2,
        consciousness="A",
        age_years=40,
    )  # the form's age is not trusted
    row = c.sv.triage.record(c.nurse, toddler, well)
    assert (row.triage_level, row.news2_score) == ("green", None)
    assert c.sv.triage.current(c.nurse, toddler).age_years is not None
    adult = _walk_in(c, "Bina", 40, "cough and cold")
    row = c.sv.triage.record(c.nurse, adult, well)
    assert (row.triage_level, row.news2_score) == ("red", 7)  # the same readings in an adult
