"""Every dataset downloads as CSV and JSON that a researcher's script can read back."""

import re

import pytest
from django.utils import timezone

from commitments.models import Commitment
from opendata.datasets import DATASETS, LANGUAGES, LICENSE

from .conftest import parse_csv, parse_json, read_streamed
from .factories import CommitmentFactory, DraftCommitmentFactory, PlanFactory

pytestmark = pytest.mark.django_db

NAMES = list(DATASETS)
# Queries per download whatever the number of rows (count and update time, rows, and one per
# prefetched relation); pinned over 250 generated rows of every dataset.
DOWNLOAD_QUERIES = {
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


def published_count(name):
    dataset = DATASETS[name]
    return dataset.base_queryset().count()


@pytest.mark.parametrize("name", NAMES)
def test_csv_reads_back_with_bom_header_and_every_published_row(client, name):
    response = client.get(f"/data/{name}.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = read_streamed(response)
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for spreadsheet programs"
    header = body.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == DATASETS[name].columns
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", column) for column in header)
    rows = parse_csv(body)
    assert len(rows) == published_count(name) > 0
    assert len({row["id"] for row in rows}) == len(rows), "ids are unique"


@pytest.mark.parametrize("name", NAMES)
def test_json_reads_back_with_licence_update_time_and_count(client, name):
    response = client.get(f"/data/{name}.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    payload = parse_json(read_streamed(response))
    assert payload["dataset"] == name
    assert payload["license"] == LICENSE == "CC-BY-4.0"
    assert payload["count"] == len(payload["results"]) == published_count(name)
    assert payload["updated"] is not None, "every dataset says when it last changed"
    for record in payload["results"]:
        assert list(record) == DATASETS[name].columns


@pytest.mark.parametrize("name", NAMES)
def test_downloads_have_a_readable_filename_and_the_same_records_in_both_formats(client, name):
    csv_response = client.get(f"/data/{name}.csv")
    json_response = client.get(f"/data/{name}.json")
    today = timezone.localdate().isoformat()
    for response, extension in ((csv_response, "csv"), (json_response, "json")):
        assert response["Content-Disposition"] == (
            f'attachment; filename="ogp-kg-{name}-{today}.{extension}"'
        )
    rows = parse_csv(read_streamed(csv_response))
    records = parse_json(read_streamed(json_response))["results"]
    assert [row["id"] for row in rows] == [str(record["id"]) for record in records]
    for row, record in zip(rows, records, strict=True):
        for column, value in record.items():
            if isinstance(value, list):
                expected = "; ".join(str(item) for item in value)
            elif isinstance(value, bool):
                expected = "true" if value else "false"
            elif value is None:
                expected = ""
            else:
                expected = str(value)
            assert row[column] == expected, (name, column)


@pytest.mark.parametrize("name", NAMES)
def test_a_record_holds_all_three_languages(client, name):
    dataset = DATASETS[name]
    translated = [field for field in dataset.fields if field.translated]
    assert translated, f"{name} has text in three languages"
    records = parse_json(read_streamed(client.get(f"/data/{name}.json")))["results"]
    complete = [
        record
        for record in records
        if all(record[f"{translated[0].name}_{code}"] for code in LANGUAGES)
    ]
    assert complete, f"some {name} record has {translated[0].name} in ru, ky and en"


def test_commitment_record_has_the_source_document_text_in_three_languages(client):
    records = parse_json(read_streamed(client.get("/data/commitments.json")))["results"]
    open_data = next(record for record in records if record["number"] == 11)
    assert open_data["plan"] == "2018-2020"
    assert "открытых данных" in open_data["title_ru"]
    assert "ачык маалымат" in open_data["title_ky"].lower()
    assert "open data" in open_data["title_en"]
    assert open_data["url_ky"].endswith("/ky/commitments/2018-2020/11/")
    assert open_data["status_label_en"]


def test_identifiers_stay_the_same_when_content_changes(client):
    before = parse_json(read_streamed(client.get("/data/commitments.json")))["results"]
    commitment = Commitment.objects.get(plan__slug="2018-2020", number=11)
    commitment.title_en = "A new English title"
    commitment.save()
    after = parse_json(read_streamed(client.get("/data/commitments.json")))["results"]
    keys = [(record["id"], record["plan"], record["number"], record["ogp_id"]) for record in after]
    assert keys == [
        (record["id"], record["plan"], record["number"], record["ogp_id"]) for record in before
    ]
    changed = next(record for record in after if record["id"] == commitment.pk)
    assert changed["title_en"] == "A new English title"
    assert changed["updated_at"] > next(r for r in before if r["id"] == commitment.pk)["updated_at"]


def test_only_published_content_is_exported(client):
    draft = DraftCommitmentFactory(title_en="Secret draft commitment")
    hidden_plan = PlanFactory(publication_state="draft", published_at=None)
    in_draft_plan = CommitmentFactory(plan=hidden_plan, title_en="Published, in a draft plan")
    future = CommitmentFactory(
        published_at=timezone.now() + timezone.timedelta(days=3), title_en="Not yet"
    )
    csv_text = read_streamed(client.get("/data/commitments.csv")).decode("utf-8-sig")
    records = parse_json(read_streamed(client.get("/data/commitments.json")))["results"]
    ids = {record["id"] for record in records}
    for hidden in (draft, in_draft_plan, future):
        assert hidden.pk not in ids
        assert hidden.title_en not in csv_text


def test_an_unknown_dataset_is_a_404(client):
    assert client.get("/data/secrets.csv").status_code == 404
    assert client.get("/data/commitments.xml").status_code == 404


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("extension", ["csv", "json"])
def test_download_queries_do_not_grow_with_rows(
    client, bulk, name, extension, django_assert_num_queries
):
    with django_assert_num_queries(DOWNLOAD_QUERIES[name]):
        response = client.get(f"/data/{name}.{extension}")
        body = read_streamed(response)
    count = len(parse_csv(body)) if extension == "csv" else parse_json(body)["count"]
    assert count >= 250


def test_head_answers_without_a_body(client):
    response = client.head("/data/commitments.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
