"""Demo content of the reports app, idempotent.

- The eligibility table exactly as the source document (Bishkek, 2019) gives it.
- The OGP explainer pages (reports.explainers).
- Two real IRM reports on the 2018–2020 plan, from shared/reference/nap-2018-2020.md, with
  their source links and no files.
- Sample reports, one of each kind, marked as sample data, with a tiny file per language and
  assessments of commitments No. 3, 11, 17 and 19 that show every outcome of the star rule:
  starred, and not starred because of each single condition.
"""

from collections import Counter
from datetime import date, datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from commitments.models import ActionPlan, Commitment
from publishing.demo import fields, upsert
from publishing.models import PublicationState

from . import explainers
from .choices import Completion, OpenedGovernment, PotentialImpact, ReportKind, Specificity
from .models import Assessment, EligibilityScore, Report, ReportFile

PLAN_SLUG = "2018-2020"
PLAN_PERIOD = (date(2018, 9, 1), date(2020, 8, 31))


def _published(year, month=1, day=1):
    return {
        "publication_state": PublicationState.PUBLISHED,
        "published_at": timezone.make_aware(datetime(year, month, day)),
    }


# ---------------------------------------------------------------- eligibility (source document)

SOURCE_NOTE = {
    "ru": "по данным исходного документа 2019 года",
    "ky": "2019-жылдагы баштапкы документтеги маалымат боюнча",
    "en": "as given in the 2019 source document",
}

# Country, then budget (fiscal transparency), access to information, asset disclosure, civic
# participation; None is the source's "ND" (no data). The source's order and bold row kept.
ELIGIBILITY_2019 = [
    ("AZ", {"ru": "Азербайджан", "ky": "Азербайжан", "en": "Azerbaijan"}, (4, 4, 2, 2), False),
    ("KZ", {"ru": "Казахстан", "ky": "Казакстан", "en": "Kazakhstan"}, (4, 4, 2, 2), False),
    ("KG", {"ru": "Кыргызстан", "ky": "Кыргызстан", "en": "Kyrgyzstan"}, (4, 4, 4, 3), True),
    ("TJ", {"ru": "Таджикистан", "ky": "Тажикстан", "en": "Tajikistan"}, (2, 4, 2, 1), False),
    ("UZ", {"ru": "Узбекистан", "ky": "Өзбекстан", "en": "Uzbekistan"}, (None, 4, 0, 1), False),
]


def load_eligibility():
    counts = Counter()
    for order, (code, country, points, highlighted) in enumerate(ELIGIBILITY_2019, start=1):
        fiscal, information, assets, participation = points
        _score, outcome = upsert(
            EligibilityScore,
            {"country_code": code, "year": 2019},
            {
                **_published(2019, 4, 1),
                "is_sample": False,
                "fiscal_transparency": fiscal,
                "access_to_information": information,
                "asset_disclosure": assets,
                "civic_participation": participation,
                "highlighted": highlighted,
                "order": order,
                "source_url": "",
                **fields(country=country, source_note=SOURCE_NOTE),
            },
        )
        counts[outcome] += 1
    return counts


# ------------------------------------------------------------- real IRM reports (reference file)

REAL_REPORTS = [
    {
        "kind": ReportKind.IRM_DESIGN,
        "publication_year": 2021,
        "source_url": "https://www.opengovpartnership.org/documents/"
        "kyrgyz-republic-design-report-2018-2020/",
        "published": (2021, 10, 1),
        "title": {
            "ru": "Отчет IRM о разработке плана действий Кыргызской Республики на 2018–2020 годы",
            "ky": "Кыргыз Республикасынын 2018–2020-жылдарга иш-аракеттер планын иштеп чыгуу "
            "боюнча IRM отчету",
            "en": "IRM Design Report: Kyrgyz Republic 2018–2020",
        },
        "summary": {
            "ru": "Опубликован Независимым механизмом отчетности в 2021 году; общественное "
            "обсуждение проекта завершилось 29 сентября 2021 года.\n\n"
            "Кратко: 18 обязательств в девяти тематических областях — от открытых данных до "
            "политического финансирования и прозрачности бюджета. Многосторонний форум: есть. "
            "Уровень влияния общественности: «сотрудничество» (Collaborate). Обязательств, "
            "релевантных ценностям OGP: 17 (94 %). Преобразующих: 0 (0 %). Потенциально "
            "звездных: 0 (0 %).",
            "ky": "Отчеттуулуктун Көз карандысыз Механизми тарабынан 2021-жылы жарыяланган; "
            "долбоорду коомдук талкуулоо 2021-жылдын 29-сентябрында аяктаган.\n\n"
            "Кыскача: ачык маалыматтардан баштап саясий каржылоого жана бюджеттик "
            "ачык-айкындуулукка чейинки тогуз тематикалык чөйрөдө 18 милдеттенме. Көп "
            "тараптуу форум: бар. Коомчулуктун таасир деңгээли: «кызматташуу» (Collaborate). "
            "OGP баалуулуктарына тиешелүү милдеттенмелер: 17 (94 %). Өзгөртүп түзүүчү: 0 (0 %). "
            "Потенциалдуу жылдызчалуу: 0 (0 %).",
            "en": "Published by the Independent Reporting Mechanism in 2021; public comment on "
            "the draft closed on 29 September 2021.\n\n"
            "At a glance: 18 commitments across nine thematic areas, from open data to "
            "political financing and fiscal transparency. Multi-stakeholder forum: yes. Level "
            "of public influence: Collaborate. Commitments relevant to OGP values: 17 (94 %). "
            "Transformative: 0 (0 %). Potentially starred: 0 (0 %).",
        },
    },
    {
        "kind": ReportKind.IRM_IMPLEMENTATION,
        "publication_year": 2021,
        "source_url": "https://www.opengovpartnership.org/documents/"
        "kyrgyz-republic-transitional-results-report-2018-2020/",
        "published": (2021, 12, 1),
        "title": {
            "ru": "Переходный отчет IRM о результатах: Кыргызская Республика, 2018–2020",
            "ky": "IRMдин натыйжалар боюнча өткөөл отчету: Кыргыз Республикасы, 2018–2020",
            "en": "IRM Transitional Results Report: Kyrgyz Republic 2018–2020",
        },
        "summary": {
            "ru": "Отчет Независимого механизма отчетности о выполнении плана действий на "
            "2018–2020 годы (Transitional Results Report). Подготовлен в июле–августе 2021 "
            "года.",
            "ky": "Отчеттуулуктун Көз карандысыз Механизминин 2018–2020-жылдарга иш-аракеттер "
            "планынын аткарылышы жөнүндө отчету (Transitional Results Report). 2021-жылдын "
            "июль–август айларында даярдалган.",
            "en": "The Independent Reporting Mechanism's report on the implementation of the "
            "2018–2020 action plan (Transitional Results Report). Prepared in July and August "
            "2021.",
        },
    },
]


def load_real_reports(plan):
    counts = Counter()
    for item in REAL_REPORTS:
        _report, outcome = upsert(
            Report,
            {"source_url": item["source_url"]},
            {
                "kind": item["kind"],
                "plan": plan,
                "period_start": PLAN_PERIOD[0],
                "period_end": PLAN_PERIOD[1],
                "author": None,
                "publication_year": item["publication_year"],
                "publication_date": None,
                "is_sample": False,
                **_published(*item["published"]),
                **fields(title=item["title"], summary=item["summary"]),
            },
        )
        counts[outcome] += 1
    return counts


# ------------------------------------------------------------------- sample reports and stars

SAMPLE_SUMMARY = {
    "ru": "Пример для знакомства с порталом: этот отчет и его оценки придуманы, чтобы показать, "
    "как сравниваются оценки обязательств и как вычисляется звезда.",
    "ky": "Порталды таанышуу үчүн үлгү: бул отчет жана анын баалары милдеттенмелердин баалары "
    "кантип салыштырылаарын жана жылдызча кантип аныкталаарын көрсөтүү үчүн ойлонуп табылган.",
    "en": "A sample to try the portal with: this report and its assessments are made up to show "
    "how the assessments of commitments compare and how the star is worked out.",
}

SAMPLE_REPORTS = [
    {
        "key": ReportKind.FORUM_SEMIANNUAL,
        "period": (date(2019, 1, 1), date(2019, 6, 30)),
        "published_on": date(2019, 7, 15),
        "title": {
            "ru": "Пример: полугодовой отчет Национального форума о реализации НПД, "
            "I полугодие 2019 года",
            "ky": "Үлгү: Улуттук форумдун УИПти ишке ашыруу боюнча жарым жылдык отчету, "
            "2019-жылдын I жарым жылдыгы",
            "en": "Sample: the National Forum's semi-annual implementation report, "
            "first half of 2019",
        },
    },
    {
        "key": ReportKind.IRM_DESIGN,
        "period": (date(2018, 9, 1), date(2019, 3, 31)),
        "published_on": date(2019, 9, 20),
        "title": {
            "ru": "Пример: отчет IRM о разработке плана действий",
            "ky": "Үлгү: иш-аракеттер планын иштеп чыгуу боюнча IRM отчету",
            "en": "Sample: IRM design report",
        },
    },
    {
        "key": ReportKind.ALTERNATIVE,
        "period": (date(2018, 9, 1), date(2020, 2, 29)),
        "published_on": date(2020, 4, 10),
        "title": {
            "ru": "Пример: альтернативный отчет гражданского общества о выполнении НПД",
            "ky": "Үлгү: жарандык коомдун УИПтин аткарылышы жөнүндө альтернативдүү отчету",
            "en": "Sample: alternative civil-society report on the NAP",
        },
    },
    {
        "key": ReportKind.SELF_ASSESSMENT,
        "period": PLAN_PERIOD,
        "published_on": date(2020, 10, 5),
        "title": {
            "ru": "Пример: отчет Правительства о самооценке выполнения НПД",
            "ky": "Үлгү: Өкмөттүн УИПтин аткарылышын өз алдынча баалоо отчету",
            "en": "Sample: the Government's self-assessment of the NAP",
        },
    },
    {
        "key": ReportKind.IRM_IMPLEMENTATION,
        "period": PLAN_PERIOD,
        "published_on": date(2021, 3, 1),
        "title": {
            "ru": "Пример: отчет IRM о ходе реализации плана действий",
            "ky": "Үлгү: иш-аракеттер планын ишке ашыруунун жүрүшү жөнүндө IRM отчету",
            "en": "Sample: IRM implementation report",
        },
    },
]

S, IMPACT, C = Specificity, PotentialImpact, Completion
AI, CP, PA, TI = "ai", "cp", "pa", "ti"
# (specificity, values, potential impact, completion, did it open government)
SAMPLE_ASSESSMENTS = {
    ReportKind.IRM_IMPLEMENTATION: {
        3: (
            S.HIGH,
            {AI, CP, PA},
            IMPACT.TRANSFORMATIVE,
            C.COMPLETE,
            OpenedGovernment.MAJOR,
        ),  # starred
        11: (S.LOW, {AI, CP}, IMPACT.TRANSFORMATIVE, C.SUBSTANTIAL, OpenedGovernment.MARGINAL),
        17: (S.MEDIUM, {TI}, IMPACT.TRANSFORMATIVE, C.COMPLETE, OpenedGovernment.MARGINAL),
        19: (S.HIGH, {AI, PA}, IMPACT.MODERATE, C.SUBSTANTIAL, OpenedGovernment.MAJOR),
    },
    ReportKind.FORUM_SEMIANNUAL: {
        3: (S.HIGH, {AI, CP, PA}, IMPACT.TRANSFORMATIVE, C.LIMITED, None),  # completion fails
        11: (S.MEDIUM, {AI}, IMPACT.MODERATE, C.LIMITED, None),
        17: (S.MEDIUM, {AI, TI}, IMPACT.MODERATE, C.NOT_STARTED, None),
        19: (S.HIGH, {AI, PA}, IMPACT.TRANSFORMATIVE, C.LIMITED, None),
    },
    ReportKind.IRM_DESIGN: {
        3: (S.HIGH, {AI, CP, PA}, IMPACT.TRANSFORMATIVE, C.NO_EVIDENCE, None),
        11: (S.LOW, {AI, CP}, IMPACT.TRANSFORMATIVE, C.NO_EVIDENCE, None),
        17: (S.MEDIUM, {TI}, IMPACT.MODERATE, C.NO_EVIDENCE, None),
        19: (S.HIGH, {AI, PA}, IMPACT.MODERATE, C.NO_EVIDENCE, None),
    },
    ReportKind.ALTERNATIVE: {
        3: (S.MEDIUM, {AI, CP}, IMPACT.TRANSFORMATIVE, C.SUBSTANTIAL, OpenedGovernment.MAJOR),
        11: (S.LOW, {AI}, IMPACT.MINOR, C.LIMITED, OpenedGovernment.DID_NOT_CHANGE),
        19: (S.HIGH, {AI, PA}, IMPACT.TRANSFORMATIVE, C.LIMITED, OpenedGovernment.MARGINAL),
    },
    ReportKind.SELF_ASSESSMENT: {
        3: (S.HIGH, {AI, CP, PA}, IMPACT.TRANSFORMATIVE, C.COMPLETE, OpenedGovernment.OUTSTANDING),
        11: (S.HIGH, {AI, CP}, IMPACT.TRANSFORMATIVE, C.COMPLETE, OpenedGovernment.MAJOR),
        17: (S.MEDIUM, {AI, TI}, IMPACT.TRANSFORMATIVE, C.SUBSTANTIAL, OpenedGovernment.MAJOR),
        19: (S.HIGH, {AI, PA}, IMPACT.TRANSFORMATIVE, C.COMPLETE, OpenedGovernment.MAJOR),
    },
}

SAMPLE_FILE_TEXT = {
    "ru": "ПРИМЕР ОТЧЕТА (не официальный документ)\n{title}\n\n{summary}\n",
    "ky": "ОТЧЕТТУН ҮЛГҮСҮ (расмий документ эмес)\n{title}\n\n{summary}\n",
}


def tiny_pdf(lines):
    """A one-page PDF with a few lines of ASCII text, made by hand so no library is needed."""
    text_ops = ["BT", "/F1 12 Tf", "72 760 Td", "16 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({escaped}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("ascii", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(output)
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(output)


def sample_file(report, language):
    """(name, bytes): plain UTF-8 text in Russian and Kyrgyz, a PDF in English."""
    if language == "en":
        lines = [
            "SAMPLE REPORT (not an official document)",
            report.title_en,
            "",
            *_wrap(SAMPLE_SUMMARY["en"]),
        ]
        return f"sample-report-{report.kind}-en.pdf", tiny_pdf(lines)
    text = SAMPLE_FILE_TEXT[language].format(
        title=getattr(report, f"title_{language}"), summary=SAMPLE_SUMMARY[language]
    )
    return f"sample-report-{report.kind}-{language}.txt", text.encode("utf-8")


def _wrap(text, width=80):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current] if current else lines


def load_sample_files(report):
    """One file per language; an existing file is kept as it is (staff may have replaced it)."""
    counts = Counter()
    existing = set(report.files.values_list("language", flat=True))
    for language in explainers.LANGUAGES:
        if language in existing:
            counts["unchanged"] += 1
            continue
        name, content = sample_file(report, language)
        ReportFile.objects.create(report=report, language=language, file=ContentFile(content, name))
        counts["created"] += 1
    return counts


def load_sample_assessments(report, commitments):
    counts = Counter()
    for number, (specificity, values, impact, completion, opened) in SAMPLE_ASSESSMENTS[
        report.kind
    ].items():
        commitment = commitments.get(number)
        if commitment is None:
            continue  # the plan's demo has not got this commitment: nothing to assess
        _assessment, outcome = upsert(
            Assessment,
            {"report": report, "commitment": commitment},
            {
                "specificity": specificity,
                "relevant_to_access_to_information": AI in values,
                "relevant_to_civic_participation": CP in values,
                "relevant_to_public_accountability": PA in values,
                "relevant_to_technology_and_innovation": TI in values,
                "potential_impact": impact,
                "completion": completion,
                "did_it_open_government": opened,
            },
        )
        counts[outcome] += 1
    return counts


def load_sample_reports(plan):
    counts = Counter()
    commitments = {}
    if plan is not None:
        commitments = {
            commitment.number: commitment
            for commitment in Commitment.objects.filter(
                plan__slug=PLAN_SLUG, number__in=[3, 11, 17, 19]
            )
        }
    for item in SAMPLE_REPORTS:
        published_on = item["published_on"]
        report, outcome = upsert(
            Report,
            {"kind": item["key"], "is_sample": True, "title_ru": item["title"]["ru"]},
            {
                "plan": plan,
                "period_start": item["period"][0],
                "period_end": item["period"][1],
                "author": None,
                "publication_date": published_on,
                "publication_year": published_on.year,
                "source_url": "",
                **_published(published_on.year, published_on.month, published_on.day),
                **fields(title=item["title"], summary=SAMPLE_SUMMARY),
            },
        )
        counts[outcome] += 1
        counts.update(load_sample_files(report))
        counts.update(load_sample_assessments(report, commitments))
    return counts


def load():
    counts = Counter()
    counts.update(load_eligibility())
    counts.update(explainers.load())
    plan = ActionPlan.objects.filter(slug=PLAN_SLUG).first()
    counts.update(load_real_reports(plan))
    counts.update(load_sample_reports(plan))
    return counts
