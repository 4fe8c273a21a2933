"""Fill the benchmark's database with a large, published, generated dataset, fast.

Run by bench/run.py after `migrate` and `load_demo`, with the benchmark's settings in the
environment (DJANGO_SETTINGS_MODULE, DATABASE_URL, ...):

    python bench/generate.py [--scale 1.0] [--seed 2019]

Rows are written with bulk_create (no per-row signals or history) and are marked
is_sample=True wherever the model has that flag: none of it comes from the source document.
The text is Russian, Kyrgyz and English words drawn from the portal's own catalogues and the
source document, so pages weigh what real pages would. At scale 1 it makes:
5 plans, 1,000 commitments, 10,000 milestones, 300 meetings with 2,000 agenda items,
300 transcripts of about 20,000 words each (as speakers' turns), 5,000 Coalition members,
200 reports with 5,000 assessments.
"""

import argparse
import datetime
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

TARGETS = {
    "plans": 5,
    "commitments": 1000,
    "milestones": 10000,
    "meetings": 300,
    "agenda_items": 2000,
    "transcripts": 300,
    "transcript_words": 20000,
    "coalition_members": 5000,
    "reports": 200,
    "assessments": 5000,
}
BATCH = 1000


class ModelChanged(RuntimeError):
    """The portal's models no longer match what this generator writes."""


def progress(message):
    print(f"  {message}", flush=True)


# ---------------------------------------------------------------------------- text


def _words_from(path, pattern):
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return re.findall(pattern, text)


def _catalogue_words(language):
    """Words of the interface catalogues' translations (msgstr) or message ids (English)."""
    words = []
    for po in BASE_DIR.glob(f"*/locale/{'ru' if language == 'en' else language}/LC_MESSAGES/*.po"):
        text = po.read_text(encoding="utf-8", errors="replace")
        key = "msgid" if language == "en" else "msgstr"
        for line in re.findall(rf'^{key}(?:\[\d\])? "(.*)"$', text, flags=re.MULTILINE):
            words.extend(re.findall(r"[^\W\d_]{2,}", line))
    return words


class Words:
    """Random text in three languages, from real vocabulary (so it compresses like real text)."""

    def __init__(self, rng):
        self.rng = rng
        seed = Path("/work/shared/seed")
        russian = _catalogue_words("ru")
        for path in seed.glob("*.txt") if seed.exists() else []:
            russian += _words_from(path, r"[А-Яа-яЁё]{2,}")
        fallback = "открытое правительство обязательство план действий гражданское общество"
        self.vocabulary = {
            "ru": sorted(set(russian)) or fallback.split(),
            "ky": sorted(set(_catalogue_words("ky"))) or ["ачык", "өкмөт", "милдеттенме"],
            "en": sorted(set(_catalogue_words("en"))) or ["open", "government", "commitment"],
        }

    def text(self, language, count):
        words = self.rng.choices(self.vocabulary[language], k=count)
        return " ".join(words).capitalize()

    def title(self, count=8):
        return {language: self.text(language, count) for language in ("ru", "ky", "en")}

    def paragraphs(self, language, words, per_paragraph=60):
        parts = []
        while words > 0:
            size = min(words, max(10, int(self.rng.gauss(per_paragraph, 15))))
            parts.append(self.text(language, size) + ".")
            words -= size
        return "\n".join(parts)


# ---------------------------------------------------------------------------- helpers


def translated(model, **values):
    """Keyword arguments for a model: {field: {"ru":..,"ky":..,"en":..}} for translated fields.

    A field that is not translated gets the Russian text; an unknown field is a clear error.
    """
    from modeltranslation.translator import NotRegistered, translator

    try:
        translated_fields = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        translated_fields = set()
    names = {field.name for field in model._meta.get_fields()}
    arguments = {}
    for name, value in values.items():
        if name not in names:
            raise ModelChanged(f"{model._meta.label} has no field {name!r}")
        if isinstance(value, dict):
            if name in translated_fields:
                for language, text in value.items():
                    arguments[f"{name}_{language}"] = text
            else:
                arguments[name] = value["ru"]
        else:
            arguments[name] = value
    return arguments


def published(model, when):
    """Publication fields, for models that have them."""
    names = {field.name for field in model._meta.get_fields()}
    values = {}
    if "publication_state" in names:
        values.update(publication_state="published", published_at=when)
    if "is_sample" in names:
        values["is_sample"] = True
    return values


def bulk(model, objects, label):
    started = time.monotonic()
    created = []
    for start in range(0, len(objects), BATCH):
        created += model.objects.bulk_create(objects[start : start + BATCH], batch_size=BATCH)
        if len(objects) > BATCH * 5 and (start // BATCH) % 5 == 4:
            progress(f"{label}: {start + BATCH:,}/{len(objects):,}")
    progress(f"{label}: {len(objects):,} rows in {time.monotonic() - started:.1f}s")
    return created


def spread(total, buckets, rng):
    """Split total into `buckets` positive parts that add up exactly."""
    base, extra = divmod(total, buckets)
    parts = [base + (1 if index < extra else 0) for index in range(buckets)]
    rng.shuffle(parts)
    return parts


# ---------------------------------------------------------------------------- generators


def make_organizations(words, rng, now):
    from directory.models import Organization, OrganizationKind

    objects = [
        Organization(
            slug=f"bench-org-{index}",
            kind=rng.choice([OrganizationKind.GOVERNMENT, OrganizationKind.CIVIL_SOCIETY]),
            **translated(Organization, name=words.title(4)),
            is_sample=True,
        )
        for index in range(1, 61)
    ]
    return bulk(Organization, objects, "organizations")


def make_people(words, rng, organizations):
    from directory.models import Person

    objects = [
        Person(
            organization=rng.choice(organizations),
            email=f"bench-person-{index}@example.org",
            phone="+996 312 000 000",
            is_sample=True,
            **translated(Person, full_name=words.title(3), position=words.title(6)),
        )
        for index in range(1, 121)
    ]
    return bulk(Person, objects, "people")


def make_plans(words, rng, now, scale):
    from django.db.models import Max

    from commitments.models import ActionPlan, PlanStatus

    first_number = (ActionPlan.objects.aggregate(top=Max("number"))["top"] or 0) + 1
    plans = []
    for offset in range(TARGETS["plans"]):
        start_year = 2031 + 2 * offset
        plans.append(
            ActionPlan(
                number=first_number + offset,
                slug=f"bench-{start_year}-{start_year + 2}",
                start_date=datetime.date(start_year, 1, 1),
                end_date=datetime.date(start_year + 2, 12, 31),
                status=PlanStatus.IN_IMPLEMENTATION,
                **translated(
                    ActionPlan,
                    title=words.title(10),
                    adopting_act=words.title(8),
                    description={lang: words.paragraphs(lang, 150) for lang in ("ru", "ky", "en")},
                ),
                **published(ActionPlan, now),
            )
        )
    return bulk(ActionPlan, plans, "action plans")


def make_commitments(words, rng, now, scale, plans, organizations, people):
    from commitments.models import Commitment, CommitmentPartner, CommitmentStatus, Theme

    themes = list(Theme.objects.published())
    if not themes:
        raise ModelChanged("No published themes: load_demo should have created them")
    per_plan = spread(round(TARGETS["commitments"] * scale), len(plans), rng)
    statuses = [choice for choice, _label in CommitmentStatus.choices]
    objects = []
    for plan, count in zip(plans, per_plan, strict=True):
        for number in range(1, count + 1):
            start = plan.start_date + datetime.timedelta(days=rng.randrange(0, 200))
            objects.append(
                Commitment(
                    plan=plan,
                    number=number,
                    ogp_id=f"KG{plan.number:02d}{number:03d}",
                    start_date=start,
                    end_date=start + datetime.timedelta(days=rng.randrange(200, 700)),
                    status=rng.choice(statuses),
                    lead_agency=rng.choice(organizations),
                    responsible_official=rng.choice(people),
                    relevant_to_access_to_information=rng.random() < 0.5,
                    relevant_to_civic_participation=rng.random() < 0.5,
                    relevant_to_public_accountability=rng.random() < 0.3,
                    relevant_to_technology_and_innovation=rng.random() < 0.3,
                    **translated(
                        Commitment,
                        title=words.title(rng.randint(6, 14)),
                        problem={lang: words.paragraphs(lang, 120) for lang in ("ru", "ky", "en")},
                        objective={lang: words.paragraphs(lang, 80) for lang in ("ru", "ky", "en")},
                        expected_change={
                            lang: words.paragraphs(lang, 80) for lang in ("ru", "ky", "en")
                        },
                    ),
                    **published(Commitment, now),
                )
            )
    commitments = bulk(Commitment, objects, "commitments")
    links = []
    for commitment in commitments:
        for theme in rng.sample(themes, rng.randint(1, 3)):
            links.append(Commitment.themes.through(commitment_id=commitment.pk, theme_id=theme.pk))
    bulk(Commitment.themes.through, links, "commitment themes")
    co_implementers = []
    for commitment in commitments:
        for organization in rng.sample(organizations, 2):
            co_implementers.append(
                Commitment.co_implementers.through(
                    commitment_id=commitment.pk, organization_id=organization.pk
                )
            )
    bulk(Commitment.co_implementers.through, co_implementers, "co-implementers")
    partners = [
        CommitmentPartner(
            commitment=commitment,
            organization=rng.choice(organizations),
            person=rng.choice(people),
            order=order,
        )
        for commitment in commitments
        for order in range(2)
    ]
    bulk(CommitmentPartner, partners, "commitment partners")
    return commitments


def make_milestones(words, rng, now, scale, commitments):
    from commitments.models import Milestone, MilestoneCompletion

    completions = [choice for choice, _label in MilestoneCompletion.choices]
    per_commitment = spread(round(TARGETS["milestones"] * scale), len(commitments), rng)
    objects = []
    for commitment, count in zip(commitments, per_commitment, strict=True):
        for order in range(1, count + 1):
            start = commitment.start_date + datetime.timedelta(days=30 * order)
            objects.append(
                Milestone(
                    commitment=commitment,
                    order=order,
                    start_date=start,
                    end_date=start + datetime.timedelta(days=rng.randrange(30, 200)),
                    completion=rng.choice(completions),
                    evidence_url=f"https://example.org/evidence/{commitment.pk}/{order}",
                    is_sample=True,
                    **translated(
                        Milestone,
                        activity=words.title(rng.randint(10, 25)),
                        deliverable=words.title(rng.randint(6, 15)),
                    ),
                )
            )
    return bulk(Milestone, objects, "milestones")


def make_meetings(words, rng, now, scale, commitments, people):
    from django.db.models import Max

    from forum.models import AgendaItem, Meeting, MeetingStatus, SpeakerTurn, Transcript

    count = round(TARGETS["meetings"] * scale)
    first_number = (Meeting.objects.aggregate(top=Max("number"))["top"] or 0) + 1
    meetings = []
    for offset in range(count):
        starts_at = now - datetime.timedelta(days=7 * (offset + 1), hours=rng.randrange(0, 6))
        meetings.append(
            Meeting(
                number=first_number + offset,
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=3),
                status=MeetingStatus.HELD,
                attendance_government=rng.randint(8, 19),
                attendance_civil_society=rng.randint(8, 19),
                **translated(
                    Meeting,
                    topic=words.title(10),
                    place=words.title(5),
                    decisions={lang: words.paragraphs(lang, 120) for lang in ("ru", "ky", "en")},
                ),
                **published(Meeting, now),
            )
        )
    meetings = bulk(Meeting, meetings, "meetings")

    agenda = []
    for meeting, items in zip(
        meetings, spread(round(TARGETS["agenda_items"] * scale), len(meetings), rng), strict=True
    ):
        for order in range(1, items + 1):
            agenda.append(
                AgendaItem(
                    meeting=meeting,
                    order=order,
                    **translated(AgendaItem, title=words.title(rng.randint(6, 16))),
                )
            )
    agenda = bulk(AgendaItem, agenda, "agenda items")
    links = []
    for item in agenda:
        for commitment in rng.sample(commitments, rng.randint(1, 2)):
            links.append(
                AgendaItem.commitments.through(agendaitem_id=item.pk, commitment_id=commitment.pk)
            )
    bulk(AgendaItem.commitments.through, links, "agenda item commitments")

    transcripts = bulk(
        Transcript,
        [
            Transcript(
                meeting=meeting,
                **translated(
                    Transcript,
                    summary={lang: words.paragraphs(lang, 100) for lang in ("ru", "ky", "en")},
                ),
                **published(Transcript, now),
            )
            for meeting in meetings[: round(TARGETS["transcripts"] * scale)]
        ],
        "transcripts",
    )
    # About 20,000 words per transcript in speakers' turns of 100-400 words (Russian; the
    # other languages fall back to it, as untranslated records do on the real site).
    words_per_transcript = TARGETS["transcript_words"]
    started = time.monotonic()
    total_turns = total_words = 0
    batch = []
    for index, transcript in enumerate(transcripts, start=1):
        remaining, number = words_per_transcript, 0
        while remaining > 0:
            number += 1
            size = min(remaining, rng.randint(100, 400))
            person = rng.choice(people)
            batch.append(
                SpeakerTurn(
                    transcript=transcript,
                    number=number,
                    person=person,
                    **translated(
                        SpeakerTurn,
                        speaker={"ru": person.full_name_ru, "ky": "", "en": ""},
                        text={"ru": words.paragraphs("ru", size, per_paragraph=80)},
                    ),
                )
            )
            remaining -= size
            total_words += size
        total_turns += number
        if len(batch) >= BATCH:
            SpeakerTurn.objects.bulk_create(batch, batch_size=BATCH)
            batch = []
        if index % 50 == 0:
            progress(f"transcript turns: {index}/{len(transcripts)} transcripts")
    SpeakerTurn.objects.bulk_create(batch, batch_size=BATCH)
    progress(
        f"speaker turns: {total_turns:,} rows, {total_words:,} words "
        f"in {time.monotonic() - started:.1f}s"
    )
    return meetings, agenda, transcripts, total_turns, total_words


def make_coalition(words, rng, now, scale, commitments):
    from coalition.models import Member, MemberKind, Region
    from commitments.models import Theme

    themes = list(Theme.objects.published())
    kinds = [choice for choice, _label in MemberKind.choices]
    regions = [choice for choice, _label in Region.choices]
    members = [
        Member(
            slug=f"bench-member-{index:05d}",
            kind=rng.choice(kinds),
            region=rng.choice(regions),
            joined_on=datetime.date(2017, 1, 1) + datetime.timedelta(days=rng.randrange(0, 3000)),
            website=f"https://member-{index}.example.org",
            public_email=f"member-{index}@example.org",
            public_phone="+996 555 000 000",
            **translated(Member, name=words.title(rng.randint(3, 7))),
            **published(Member, now),
        )
        for index in range(1, round(TARGETS["coalition_members"] * scale) + 1)
    ]
    members = bulk(Member, members, "Coalition members")
    theme_links = [
        Member.themes.through(member_id=member.pk, theme_id=theme.pk)
        for member in members
        for theme in rng.sample(themes, rng.randint(1, 3))
    ]
    bulk(Member.themes.through, theme_links, "Coalition member themes")
    commitment_links = [
        Member.commitments.through(member_id=member.pk, commitment_id=commitment.pk)
        for member in members
        for commitment in rng.sample(commitments, rng.randint(0, 2))
    ]
    bulk(Member.commitments.through, commitment_links, "Coalition member commitments")
    return members


def make_reports(words, rng, now, scale, plans, commitments, organizations):
    from reports.choices import (
        Completion,
        OpenedGovernment,
        PotentialImpact,
        ReportKind,
        Specificity,
    )
    from reports.models import Assessment, Report

    def values(choices):
        return [choice for choice, _label in choices.choices]

    count = round(TARGETS["reports"] * scale)
    reports = []
    for index in range(count):
        published_on = datetime.date(2019, 1, 1) + datetime.timedelta(days=9 * index)
        reports.append(
            Report(
                kind=rng.choice(values(ReportKind)),
                plan=plans[index % len(plans)],
                author=rng.choice(organizations),
                publication_date=published_on,
                publication_year=published_on.year,
                period_start=published_on - datetime.timedelta(days=180),
                period_end=published_on - datetime.timedelta(days=1),
                source_url=f"https://example.org/reports/{index}",
                **translated(
                    Report,
                    title=words.title(10),
                    summary={lang: words.paragraphs(lang, 150) for lang in ("ru", "ky", "en")},
                ),
                **published(Report, now),
            )
        )
    reports = bulk(Report, reports, "reports")
    by_plan = {}
    for commitment in commitments:
        by_plan.setdefault(commitment.plan_id, []).append(commitment)
    assessments = []
    for report, per_report in zip(
        reports, spread(round(TARGETS["assessments"] * scale), len(reports), rng), strict=True
    ):
        candidates = by_plan[report.plan_id]
        if len(candidates) < per_report:  # a small --scale: assess commitments of any plan
            candidates = commitments
        for commitment in rng.sample(candidates, min(per_report, len(candidates))):
            assessments.append(
                Assessment(
                    report=report,
                    commitment=commitment,
                    specificity=rng.choice(values(Specificity)),
                    relevant_to_access_to_information=rng.random() < 0.5,
                    relevant_to_civic_participation=rng.random() < 0.5,
                    relevant_to_public_accountability=rng.random() < 0.5,
                    relevant_to_technology_and_innovation=rng.random() < 0.3,
                    potential_impact=rng.choice(values(PotentialImpact)),
                    completion=rng.choice(values(Completion)),
                    did_it_open_government=rng.choice([None, *values(OpenedGovernment)]),
                    **translated(Assessment, notes={"ru": words.paragraphs("ru", 40)}),
                )
            )
    assessments = bulk(Assessment, assessments, "assessments")
    return reports, assessments


# ---------------------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--seed", type=int, default=2019)
    arguments = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ogp_portal.settings.production")
    import django

    django.setup()
    from django.db import connection, transaction
    from django.utils import timezone, translation

    rng = random.Random(arguments.seed)
    words = Words(rng)
    now = timezone.now() - datetime.timedelta(days=1)
    scale = arguments.scale
    started = time.monotonic()
    counts = Counter()
    print(
        f"Generating the benchmark dataset at scale {scale} "
        f"(vocabulary: {', '.join(f'{k} {len(v)}' for k, v in words.vocabulary.items())} words)",
        flush=True,
    )
    try:
        with translation.override("ru"), transaction.atomic():
            organizations = make_organizations(words, rng, now)
            people = make_people(words, rng, organizations)
            plans = make_plans(words, rng, now, scale)
            commitments = make_commitments(words, rng, now, scale, plans, organizations, people)
            milestones = make_milestones(words, rng, now, scale, commitments)
            meetings, agenda, transcripts, turns, transcript_words = make_meetings(
                words, rng, now, scale, commitments, people
            )
            members = make_coalition(words, rng, now, scale, commitments)
            reports, assessments = make_reports(
                words, rng, now, scale, plans, commitments, organizations
            )
    except (ModelChanged, ImportError, TypeError, ValueError) as error:
        # A model was renamed or reshaped by the app's authors: say so instead of half-filling.
        print(
            f"\nbench/generate.py no longer matches the portal's models: {error}\n"
            "Update bench/generate.py to the current models (see the traceback).",
            file=sys.stderr,
        )
        raise
    counts.update(
        plans=len(plans),
        commitments=len(commitments),
        milestones=len(milestones),
        meetings=len(meetings),
        agenda_items=len(agenda),
        transcripts=len(transcripts),
        speaker_turns=turns,
        transcript_words=transcript_words,
        coalition_members=len(members),
        reports=len(reports),
        assessments=len(assessments),
        organizations=len(organizations),
        people=len(people),
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        size = cursor.fetchone()[0]
    print(f"Generated in {time.monotonic() - started:.0f}s; database size {size}:")
    for key, value in counts.items():
        print(f"  {key:>20}: {value:,}")
    shortfalls = [
        key
        for key in (
            *("plans", "commitments", "milestones", "meetings", "agenda_items"),
            *("transcripts", "coalition_members", "reports", "assessments"),
        )
        if counts[key] < TARGETS[key] * scale
    ]
    if shortfalls:
        print(f"Fewer rows than asked for: {', '.join(shortfalls)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
