"""The JSON API: pages, filters, records by id, and clear JSON errors for bad input."""

import pytest

from coalition.models import MemberKind, Region
from commitments.models import Commitment, CommitmentStatus
from forum.models import MeetingStatus
from opendata.datasets import DATASETS
from reports.choices import ReportKind

from .factories import (
    CommitmentFactory,
    DraftCommitmentFactory,
    MeetingFactory,
    MemberFactory,
    PlanFactory,
    ReportFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

# Queries of one page of up to 100 records: count and update time, the page, its relations.
LIST_QUERIES = {
    "commitments": 5,
    "milestones": 3,
    "meetings": 4,
    "transcripts": 4,
    "members": 4,
    "reports": 3,
    "assessments": 2,
    "eligibility_scores": 2,
    "themes": 2,
    "organizations": 3,
}


def ids(response):
    return [record["id"] for record in response.json()["results"]]


def assert_error(response, status, code, parameter=None):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    if parameter is not None:
        assert error["parameter"] == parameter
    return error


def test_index_lists_every_dataset_with_its_addresses(client):
    payload = client.get("/api/v1/").json()
    assert [item["name"] for item in payload["datasets"]] == list(DATASETS)
    commitments = payload["datasets"][0]
    assert commitments["url"] == "http://testserver/api/v1/commitments/"
    assert commitments["csv"] == "http://testserver/data/commitments.csv"
    assert commitments["json"] == "http://testserver/data/commitments.json"
    assert commitments["count"] == Commitment.objects.published().count()
    assert payload["openapi"] == "http://testserver/api/openapi.json"
    assert payload["license"] == "CC-BY-4.0"


def test_pages_link_to_each_other_and_cover_every_record_once(client):
    plan = PlanFactory()
    CommitmentFactory.create_batch(45, plan=plan)
    total = Commitment.objects.published().count()
    first = client.get("/api/v1/commitments/", {"plan": plan.slug, "page_size": 20}).json()
    assert first["count"] == 45
    assert first["pages"] == 3
    assert first["previous"] is None
    assert first["next"] == (
        f"http://testserver/api/v1/commitments/?plan={plan.slug}&page_size=20&page=2"
    )
    seen = [record["id"] for record in first["results"]]
    page = first
    while page["next"]:
        page = client.get(page["next"]).json()
        seen += [record["id"] for record in page["results"]]
    assert page["page"] == 3
    assert len(page["results"]) == 5
    assert page["previous"].endswith("page=2")
    assert len(seen) == len(set(seen)) == 45
    assert client.get("/api/v1/commitments/").json()["count"] == total


def test_default_page_size_is_20_and_at_most_100(client):
    CommitmentFactory.create_batch(25)
    assert client.get("/api/v1/commitments/").json()["page_size"] == 20
    assert len(ids(client.get("/api/v1/commitments/"))) == 20
    assert client.get("/api/v1/commitments/", {"page_size": 100}).json()["page_size"] == 100
    assert_error(
        client.get("/api/v1/commitments/", {"page_size": 101}),
        400,
        "invalid_page_size",
        "page_size",
    )


@pytest.mark.parametrize("value", ["abc", "0", "-1", "1.5", "１", "\x00", "' OR 1=1 --"])
def test_a_malformed_page_is_a_400(client, value):
    assert_error(client.get("/api/v1/commitments/", {"page": value}), 400, "invalid_page", "page")
    assert_error(
        client.get("/api/v1/commitments/", {"page_size": value}),
        400,
        "invalid_page_size",
        "page_size",
    )


@pytest.mark.parametrize("value", ["2", "999", "99999999999999999999999"])
def test_a_page_past_the_end_is_a_404(client, value):
    assert_error(client.get("/api/v1/themes/", {"page": value}), 404, "page_not_found", "page")


def test_commitments_filter_by_plan_theme_and_status(client):
    plan = PlanFactory()
    theme = ThemeFactory()
    first = CommitmentFactory(plan=plan, status=CommitmentStatus.COMPLETED)
    first.themes.add(theme)
    second = CommitmentFactory(plan=plan, status=CommitmentStatus.DELAYED)
    other_plan = CommitmentFactory(status=CommitmentStatus.COMPLETED)
    other_plan.themes.add(theme)
    assert ids(client.get("/api/v1/commitments/", {"plan": plan.slug})) == [first.pk, second.pk]
    assert set(ids(client.get("/api/v1/commitments/", {"theme": theme.slug}))) == {
        first.pk,
        other_plan.pk,
    }
    assert ids(client.get("/api/v1/commitments/", {"plan": plan.slug, "status": "completed"})) == [
        first.pk
    ]


def test_meetings_filter_by_year_and_status(client):
    held = MeetingFactory(number=901, status=MeetingStatus.HELD)
    cancelled = MeetingFactory(number=902, status=MeetingStatus.CANCELLED)
    assert set(ids(client.get("/api/v1/meetings/", {"year": 2031}))) == {held.pk, cancelled.pk}
    assert ids(client.get("/api/v1/meetings/", {"year": 2031, "status": "cancelled"})) == [
        cancelled.pk
    ]
    assert ids(client.get("/api/v1/meetings/", {"year": 2099})) == []


def test_reports_filter_by_kind_plan_and_year(client):
    plan = PlanFactory()
    irm = ReportFactory(kind=ReportKind.IRM_DESIGN, plan=plan, publication_year=2032)
    ReportFactory(kind=ReportKind.ALTERNATIVE, plan=plan, publication_year=2032)
    assert ids(client.get("/api/v1/reports/", {"plan": plan.slug, "kind": "irm_design"})) == [
        irm.pk
    ]
    assert len(ids(client.get("/api/v1/reports/", {"year": 2032}))) == 2


def test_members_filter_by_kind_region_and_theme(client):
    theme = ThemeFactory()
    media = MemberFactory(kind=MemberKind.MEDIA, region=Region.BATKEN)
    media.themes.add(theme)
    MemberFactory(kind=MemberKind.EXPERT, region=Region.BATKEN)
    assert ids(client.get("/api/v1/members/", {"kind": "media", "region": "batken"})) == [media.pk]
    assert ids(client.get("/api/v1/members/", {"theme": theme.slug})) == [media.pk]


def test_assessments_filter_by_star(client):
    every = client.get("/api/v1/assessments/", {"page_size": 100}).json()
    starred = client.get("/api/v1/assessments/", {"starred": "true", "page_size": 100}).json()
    others = client.get("/api/v1/assessments/", {"starred": "false", "page_size": 100}).json()
    assert starred["count"] + others["count"] == every["count"]
    assert all(record["starred"] for record in starred["results"])
    assert not any(record["starred"] for record in others["results"])


@pytest.mark.parametrize(
    ("path", "parameter", "value"),
    [
        ("commitments", "status", "finished"),
        ("commitments", "plan", "1999-2000"),
        ("commitments", "theme", "no-such-theme"),
        ("meetings", "year", "last"),
        ("meetings", "year", "1800"),
        ("meetings", "status", "HELD"),
        ("reports", "kind", "annual"),
        ("reports", "year", "99999999999999999999999999"),
        ("members", "region", "moscow"),
        ("members", "kind", "\x00"),
        ("assessments", "starred", "maybe"),
        ("milestones", "commitment", "-3"),
        ("eligibility_scores", "country", "XX"),
        ("organizations", "kind", "' OR 1=1 --"),
    ],
)
def test_a_bad_filter_value_is_a_400_naming_the_parameter(client, path, parameter, value):
    assert_error(
        client.get(f"/api/v1/{path}/", {parameter: value}), 400, "invalid_filter", parameter
    )


def test_an_unknown_parameter_is_a_400_listing_the_accepted_ones(client):
    error = assert_error(
        client.get("/api/v1/commitments/", {"colour": "red"}), 400, "unknown_parameter", "colour"
    )
    for accepted in ("page", "page_size", "plan", "theme", "status"):
        assert accepted in error["message"]


def test_an_empty_filter_is_no_filter(client):
    every = client.get("/api/v1/commitments/").json()["count"]
    assert client.get("/api/v1/commitments/", {"status": ""}).json()["count"] == every


def test_a_record_by_id(client):
    commitment = Commitment.objects.published().get(number=11)
    record = client.get(f"/api/v1/commitments/{commitment.pk}/").json()
    assert record["id"] == commitment.pk
    assert record["number"] == 11
    assert record["ogp_id"] == commitment.ogp_id
    assert list(record) == DATASETS["commitments"].columns


@pytest.mark.parametrize(
    "identifier", ["abc", "0", "-1", "1.5", "01", "99999999999999999999999", "%00", "1e3"]
)
def test_a_malformed_or_unknown_id_is_a_json_404(client, identifier):
    assert_error(client.get(f"/api/v1/commitments/{identifier}/"), 404, "not_found")


def test_a_draft_record_is_a_404(client):
    draft = DraftCommitmentFactory()
    assert_error(client.get(f"/api/v1/commitments/{draft.pk}/"), 404, "not_found")


def test_an_unknown_dataset_is_a_json_404(client):
    assert_error(client.get("/api/v1/secrets/"), 404, "unknown_dataset")
    assert_error(client.get("/api/v1/secrets/1/"), 404, "unknown_dataset")


def test_other_methods_get_a_json_405(client):
    response = client.post("/api/v1/commitments/", {"title": "x"})
    assert_error(response, 405, "method_not_allowed")
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    ("headers", "query", "phrase"),
    [
        ({}, {"lang": "ru"}, "Неизвестный параметр"),
        ({}, {"lang": "ky"}, "Белгисиз параметр"),
        ({}, {"lang": "en"}, "Unknown parameter"),
        ({"accept-language": "ky-KG,ky;q=0.9"}, {}, "Белгисиз параметр"),
        ({"accept-language": "en-GB,en;q=0.9"}, {}, "Unknown parameter"),
        ({"accept-language": "en-GB"}, {"lang": "ru"}, "Неизвестный параметр"),
    ],
)
def test_errors_speak_the_clients_language(client, headers, query, phrase):
    response = client.get("/api/v1/commitments/", {"colour": "red", **query}, headers=headers)
    assert phrase in assert_error(response, 400, "unknown_parameter")["message"]


def test_an_unknown_language_is_a_400(client):
    assert_error(client.get("/api/v1/commitments/", {"lang": "de"}), 400, "invalid_parameter")


NASTY = ["", " ", "-1", "0", "1e9", "NaN", "' OR 1=1 --", "%00", "\x00", "../..", "ы" * 300]


@pytest.mark.parametrize("name", [*DATASETS, "unknown"])
def test_nothing_a_client_sends_causes_a_server_error(client, name):
    parameters = ["page", "page_size", "lang", "q"]
    if name in DATASETS:
        parameters += [item.name for item in DATASETS[name].filters]
    for parameter in parameters:
        for value in NASTY:
            response = client.get(f"/api/v1/{name}/", {parameter: value})
            assert response.status_code < 500, (name, parameter, value)
            assert response["Content-Type"] == "application/json; charset=utf-8"
    for identifier in ["x", "0", "ы", "1" * 40, "..", "%2e"]:
        assert client.get(f"/api/v1/{name}/{identifier}/").status_code == 404


@pytest.mark.parametrize("name", list(DATASETS))
def test_a_page_costs_the_same_queries_whatever_the_rows(
    client, bulk, name, django_assert_num_queries
):
    with django_assert_num_queries(LIST_QUERIES[name]):
        response = client.get(f"/api/v1/{name}/", {"page_size": 100})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 100


def test_index_queries_are_fixed(client, bulk, django_assert_num_queries):
    # One aggregate per dataset, and the organizations' version history.
    with django_assert_num_queries(len(DATASETS) + 1):
        assert client.get("/api/v1/").status_code == 200
