"""The exports, parsed back: CSV with a byte-order mark, JSON, same filters, visitor's language."""

import csv
import io
import json

import pytest
from django.urls import reverse
from django.utils import translation

from ..exports import COMMITMENT_COLUMNS, MILESTONE_COLUMNS

pytestmark = pytest.mark.django_db


def export(client, name, language="en", **params):
    with translation.override(language):
        path = reverse(f"commitments:{name}")
    return client.get(path, params)


def parse_csv(response):
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf"), "spreadsheets need the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def test_commitments_csv_has_stable_columns_and_one_row_per_commitment(client):
    response = export(client, "export_csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="ogp-kg-commitments-en-')
    assert disposition.endswith('.csv"')
    rows = parse_csv(response)
    assert list(rows[0]) == COMMITMENT_COLUMNS
    assert [(row["plan"], row["number"]) for row in rows] == [
        ("2018-2020", "3"),
        ("2018-2020", "11"),
        ("2018-2020", "17"),
        ("2018-2020", "19"),
    ]
    open_data = rows[1]
    assert open_data["ogp_id"] == "KG0001"
    assert open_data["title"] == (
        "Implementation and promotion of open data policy in the Kyrgyz Republic"
    )
    assert open_data["responsible_official_emails"] == "k.shatemirov@gmail.com"
    assert open_data["co_implementers"] == "12 pilot state bodies"
    assert open_data["ogp_values"] == (
        "access_to_information; civic_participation; technology_and_innovation"
    )
    assert (open_data["start_date"], open_data["end_date"]) == ("2018-09-01", "2020-08-31")
    assert open_data["url"] == "http://testserver/en/commitments/2018-2020/11/"
    assert int(open_data["milestones_completed"]) <= int(open_data["milestones_total"])
    assert rows[2]["ogp_id"] == ""  # № 17: not known
    assert rows[3]["responsible_official_emails"] == "a.bekmatov@mail.ru; bekmatov@shailoo.gov.kg"


@pytest.mark.parametrize(
    ("language", "title", "status"),
    [
        ("ru", "Реализация и продвижение политики открытых данных", "Нет сведений"),
        ("ky", "Кыргыз Республикасында ачык маалыматтар саясатын", "Маалымат жок"),
    ],
)
def test_values_follow_the_visitors_language_but_the_columns_do_not(
    client, language, title, status
):
    rows = parse_csv(export(client, "export_csv", language, theme="access-to-information"))
    assert list(rows[0]) == COMMITMENT_COLUMNS
    assert len(rows) == 1
    assert rows[0]["title"].startswith(title)
    assert rows[0]["status"] == "not_reported"
    assert rows[0]["status_label"] == status


def test_commitments_json_parses_and_honours_the_filters(client, known_plan):
    response = export(client, "export_json", plan="2030-2032", overdue="no")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].endswith('.json"')
    data = json.loads(response.content)
    assert data["language"] == "en"
    assert data["count"] == 2
    records = data["commitments"]
    assert [record["number"] for record in records] == [2, 3]
    assert set(records[0]) == set(COMMITMENT_COLUMNS)
    budget_data = records[1]
    assert budget_data["ogp_id"] == "KG0999"
    assert budget_data["themes"] == ["Theme one", "Theme two"]
    assert budget_data["ogp_values"] == ["access_to_information", "public_accountability"]
    assert (budget_data["milestones_total"], budget_data["milestones_completed"]) == (1, 0)
    assert budget_data["milestones_overdue"] == 0
    assert budget_data["is_sample"] is False


def test_drafts_are_never_exported(client, known_plan):
    data = json.loads(export(client, "export_json").content)
    assert "Open secret draft" not in {record["title"] for record in data["commitments"]}
    milestones = json.loads(export(client, "milestones_json").content)["milestones"]
    exported = {(m["plan"], m["commitment_number"]) for m in milestones}
    assert ("2030-2032", known_plan.draft.number) not in exported
    assert ("2030-2032", 1) in exported


def test_milestones_csv_and_json_agree(client, known_plan):
    csv_rows = parse_csv(export(client, "milestones_csv", plan="2030-2032"))
    json_rows = json.loads(export(client, "milestones_json", plan="2030-2032").content)
    assert list(csv_rows[0]) == MILESTONE_COLUMNS
    assert json_rows["count"] == len(csv_rows) == 5
    assert [(r["commitment_number"], r["order"]) for r in csv_rows] == [
        ("1", "1"),
        ("1", "2"),
        ("2", "1"),
        ("3", "1"),
        ("3", "2"),
    ]
    overdue = {(r["commitment_number"], r["order"]): r["is_overdue"] for r in csv_rows}
    assert overdue == {
        ("1", "1"): "false",
        ("1", "2"): "true",
        ("2", "1"): "false",
        ("3", "1"): "false",  # cancelled
        ("3", "2"): "false",  # ends today
    }
    assert [m["is_overdue"] for m in json_rows["milestones"]] == [
        False,
        True,
        False,
        False,
        False,
    ]
    assert json_rows["milestones"][3]["completion"] == "cancelled"
    assert json_rows["milestones"][3]["completion_label"] == "Cancelled"


def test_demo_milestones_are_marked_as_sample_in_the_export(client):
    rows = parse_csv(export(client, "milestones_csv", q="KG0017"))
    assert len(rows) == 4
    assert {row["is_sample"] for row in rows} == {"true"}
    assert {row["commitment_url"] for row in rows} == {
        "http://testserver/en/commitments/2018-2020/19/"
    }
    commitments = parse_csv(export(client, "export_csv", q="KG0017"))
    assert commitments[0]["milestones_sample"] == "4"


@pytest.mark.parametrize("name", ["export_csv", "export_json", "milestones_csv", "milestones_json"])
@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "The filters are not valid"), ("ru", "Фильтры указаны неверно")],
)
def test_an_invalid_filter_is_a_400_that_says_why(client, name, language, message):
    response = export(client, name, language, status="bogus")
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert "bogus" in body


def test_an_export_of_nothing_is_still_a_valid_file(client):
    rows = parse_csv(export(client, "export_csv", q="no such commitment"))
    assert rows == []
    response = export(client, "export_csv", q="no such commitment")
    assert response.content.decode("utf-8-sig").splitlines() == [",".join(COMMITMENT_COLUMNS)]
    data = json.loads(export(client, "milestones_json", q="no such commitment").content)
    assert data["count"] == 0 and data["milestones"] == []


def test_partners_officials_and_untranslated_texts_read_as_on_the_commitment_page(
    client, known_plan
):
    """The export picks its texts in the database: it must say what the models say, a
    partner as the source writes it and the Russian text where a translation is missing."""
    from directory.models import Organization

    from .factories import OrganizationFactory, PartnerFactory, PersonFactory

    commitment = known_plan.c3
    commitment.title_ky = ""
    commitment.responsible_official = PersonFactory(
        email="a@example.org, b@example.org", phone="+996 312 11-22-33; 0555 123 456"
    )
    commitment.save()
    ngo = OrganizationFactory(name_en="Open Data NGO", name_ky="")
    with_position = PersonFactory(full_name_en="Aida Asanova", position_en="Coordinator")
    no_position = {"position_ru": "", "position_ky": "", "position_en": ""}
    with_organization = PersonFactory(full_name_en="Bakyt Beishenov", **no_position)
    on_their_own = PersonFactory(full_name_en="Chyngyz Chynaliev", organization=None, **no_position)
    PartnerFactory(commitment=commitment, organization=ngo, order=1)
    PartnerFactory(commitment=commitment, organization=ngo, person=with_position, order=2)
    PartnerFactory(commitment=commitment, organization=ngo, person=with_organization, order=3)
    PartnerFactory(commitment=commitment, organization=None, person=on_their_own, order=4)
    commitment.co_implementers.set(
        [OrganizationFactory(name_en="Zeta ministry"), OrganizationFactory(name_en="Alpha agency")]
    )

    records = json.loads(export(client, "export_json", q="KG0999").content)["commitments"]
    assert records[0]["partners"] == [
        "Open Data NGO",
        "Aida Asanova – Coordinator",
        "Bakyt Beishenov – Open Data NGO",
        "Chyngyz Chynaliev",
    ]
    assert records[0]["co_implementers"] == ["Alpha agency", "Zeta ministry"]
    assert records[0]["responsible_official_emails"] == ["a@example.org", "b@example.org"]
    assert records[0]["responsible_official_phones"] == ["+996 312 11-22-33", "0555 123 456"]

    kyrgyz = parse_csv(export(client, "export_csv", "ky", q="KG0999"))[0]
    assert kyrgyz["title"] == "Открытые бюджетные данные"  # no Kyrgyz title: the Russian one
    assert kyrgyz["partners"].startswith(Organization.objects.get(pk=ngo.pk).name_ru)


def test_milestone_export_links_each_evidence_file(client, known_plan):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ..models import MilestoneEvidence

    milestone = known_plan.c2.milestones.get()
    files = [
        MilestoneEvidence.objects.create(
            milestone=milestone, file=SimpleUploadedFile(f"{name}.txt", b"minutes")
        )
        for name in ("first", "second")
    ]
    records = json.loads(export(client, "milestones_json", plan="2030-2032").content)
    by_commitment = {r["commitment_number"]: r for r in records["milestones"]}
    with translation.override("en"):
        addresses = [reverse("commitments:evidence", args=[file.pk]) for file in files]
    expected = [f"http://testserver{address}" for address in addresses]
    assert by_commitment[2]["evidence_files"] == expected
    assert by_commitment[2]["commitment_url"] == "http://testserver/en/commitments/2030-2032/2/"
    assert by_commitment[1]["evidence_files"] == []


@pytest.fixture
def awkward_plan(db, today):
    """Commitments whose texts and numbers test every way the CSV can go wrong: quotes, commas,
    line breaks and semicolons, missing translations, no themes, partners without a role,
    officials with several e-mails, progress exactly halfway between two percentages."""
    from datetime import timedelta

    from ..models import CommitmentStatus, MilestoneCompletion
    from .factories import (
        DraftThemeFactory,
        MilestoneFactory,
        OrganizationFactory,
        PartnerFactory,
        PersonFactory,
        PublishedCommitmentFactory,
        PublishedPlanFactory,
        PublishedThemeFactory,
    )

    plan = PublishedPlanFactory(slug="2040-2042", title_ky="", title_en='Plan "B", revised')
    same_order = [PublishedThemeFactory(slug=slug, order=1) for slug in ("zeta", "alpha")]
    untranslated = PublishedThemeFactory(slug="beta", order=0, name_en="", name_ky=None)
    hidden = DraftThemeFactory(slug="hidden", order=0)
    twins = [OrganizationFactory(name_en="Twin agency") for _ in range(2)]
    nameless = OrganizationFactory(name_en="", name_ky=None)
    # No English name: they sort alike in English, and show their different Russian names.
    untranslated_pair = [OrganizationFactory(name_en=None, name_ky="") for _ in range(2)]
    official = PersonFactory(
        email=" a@example.org, b@example.org;\u00a0c@example.org ;; ,",
        phone="+996 (312) 62-04-52;\u2003 0555 123 456\u3000",
        position_en="",
        position_ky="",
    )
    plain_official = PersonFactory(email="", phone="", position_ru="", position_ky="")

    tricky = PublishedCommitmentFactory(
        plan=plan,
        number=7,
        ogp_id="",
        title_en='Say "yes", then\nno; maybe,\r\nend',
        title_ky="",
        status=CommitmentStatus.WITHDRAWN,
        lead_agency=None,
        responsible_official=official,
        source_url='https://example.org/plan,7?q="x"',
        end_date=today + timedelta(days=3),
        is_sample=True,
        relevant_to_civic_participation=True,
        relevant_to_technology_and_innovation=True,
        themes=[*same_order, untranslated, hidden],
    )
    tricky.co_implementers.set([*twins, nameless, *untranslated_pair])
    PartnerFactory(commitment=tricky, organization=nameless, order=2)
    PartnerFactory(commitment=tricky, organization=twins[0], person=official, order=1)
    PartnerFactory(commitment=tricky, organization=None, person=plain_official, order=1)
    PartnerFactory(commitment=tricky, organization=twins[1], person=plain_official, order=3)
    past = today - timedelta(days=10)
    for order, completion in enumerate(["completed"] + ["in_progress"] * 6 + ["cancelled"]):
        MilestoneFactory(commitment=tricky, order=order, completion=completion, end_date=past)
    MilestoneFactory(commitment=tricky, order=9, end_date=today, is_sample=True)

    halves = [(1, 8), (3, 8), (5, 8), (1, 3), (2, 3), (0, 0)]
    for number, (completed, total) in enumerate(halves, start=20):
        commitment = PublishedCommitmentFactory(
            plan=plan,
            number=number,
            title_en=f"Progress {completed} of {total}; awkward",
            status=CommitmentStatus.COMPLETED if completed else CommitmentStatus.NOT_STARTED,
            responsible_official=plain_official if number % 2 else None,
            start_date=None if number % 2 else today,
            end_date=None if number % 3 else today - timedelta(days=number),
        )
        for order in range(total):
            MilestoneFactory(
                commitment=commitment,
                order=order,
                completion=MilestoneCompletion.COMPLETED
                if order < completed
                else MilestoneCompletion.NOT_STARTED,
                end_date=today - timedelta(days=order - 2),
            )
    return tricky


def _csv_both_ways(client, monkeypatch, language, params):
    """The commitments CSV as PostgreSQL writes it and as the Python export writes it."""
    from .. import exports

    written_by_postgresql = export(client, "export_csv", language, **params)
    with monkeypatch.context() as patched:
        patched.setattr(exports, "_commitments_csv_from_postgresql", lambda *args: None)
        written_by_python = export(client, "export_csv", language, **params)
    assert written_by_postgresql.status_code == written_by_python.status_code == 200
    return written_by_postgresql.content, written_by_python.content


@pytest.mark.parametrize("language", ["ru", "ky", "en"])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"plan": "2040-2042"},
        {"theme": "alpha", "status": "withdrawn"},
        {"q": "awkward", "sort": "end"},
        {"overdue": "yes"},
        {"value": "civic_participation"},
        {"q": "no such commitment"},
    ],
)
def test_postgresql_writes_the_csv_byte_for_byte_as_python_does(
    client, monkeypatch, awkward_plan, language, params
):
    written_by_postgresql, written_by_python = _csv_both_ways(client, monkeypatch, language, params)
    assert written_by_postgresql == written_by_python


def test_the_awkward_commitment_reads_back_as_the_python_export_wrote_it(
    client, monkeypatch, awkward_plan
):
    written_by_postgresql, written_by_python = _csv_both_ways(
        client, monkeypatch, "en", {"plan": "2040-2042"}
    )
    assert written_by_postgresql == written_by_python
    rows = parse_csv(SimpleResponse(written_by_postgresql))
    tricky = next(row for row in rows if row["number"] == "7")
    assert tricky["title"] == 'Say "yes", then\nno; maybe,\r\nend'
    themes = {theme.slug: theme for theme in awkward_plan.themes.all()}
    assert tricky["themes"].split("; ") == [  # no English name: the Russian one; no draft
        themes["beta"].name_ru,
        themes["alpha"].name_en,
        themes["zeta"].name_en,
    ]
    assert tricky["responsible_official_emails"] == ("a@example.org; b@example.org; c@example.org")
    assert tricky["responsible_official_phones"] == "+996 (312) 62-04-52; 0555 123 456"
    assert tricky["ogp_id"] == "" and tricky["lead_agency"] == ""
    assert (tricky["milestones_total"], tricky["milestones_completed"]) == ("8", "1")
    assert (tricky["milestones_overdue"], tricky["milestones_sample"]) == ("6", "1")
    assert tricky["is_sample"] == "true"
    percents = {row["title"].split(";")[0]: row["progress_percent"] for row in rows}
    assert percents["Progress 1 of 8"] == "12"  # round() takes a half to the even neighbour
    assert percents["Progress 3 of 8"] == "38"
    assert percents["Progress 5 of 8"] == "62"
    assert percents["Progress 0 of 0"] == "0"


class SimpleResponse:
    def __init__(self, content):
        self.content = content


def test_a_filter_is_only_a_hint_for_how_postgresql_reads_the_lists(awkward_plan):
    from django.db import connection
    from django.utils import translation

    from .. import exports
    from ..models import Commitment

    def absolute(path):
        return f"http://testserver{path}"

    with translation.override("en"):
        for commitments in (
            Commitment.objects.published().order_by("-plan__number", "number"),
            Commitment.objects.published().filter(plan__slug="2040-2042").order_by("end_date"),
        ):
            by_python = exports._csv_body(
                exports.commitment_records(commitments, absolute), COMMITMENT_COLUMNS
            )
            for narrowed in (True, False):
                assert connection.vendor == "postgresql"
                written = exports._commitments_csv_from_postgresql(commitments, absolute, narrowed)
                assert written == by_python


def test_the_commitments_csv_is_one_query(client, awkward_plan, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = export(client, "export_csv")
    assert response.status_code == 200
    assert len(parse_csv(response)) > 7


def test_without_postgresql_the_python_export_writes_the_csv(client, monkeypatch, awkward_plan):
    """The SQLite quick start has no COPY: the export falls back to the Python writer."""
    from django.db import connection

    expected = export(client, "export_csv", "ky").content
    monkeypatch.setattr(connection, "vendor", "sqlite")
    assert export(client, "export_csv", "ky").content == expected


def test_the_sql_strips_what_python_strips():
    from ..exports import _WHITESPACE

    assert set(_WHITESPACE) == {chr(code) for code in range(0x110000) if chr(code).isspace()}
