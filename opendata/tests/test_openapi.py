"""The OpenAPI description validates, covers every endpoint, and matches what the API answers."""

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from opendata.datasets import DATASETS, LANGUAGES

from .conftest import parse_json, read_streamed

pytestmark = pytest.mark.django_db


@pytest.fixture
def spec(client):
    response = client.get("/api/openapi.json", {"lang": "en"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return response.json()


def schema_validator(spec, name):
    """A JSON Schema validator for one component schema, its $refs resolved in the document."""
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return Draft202012Validator(schema)


def assert_valid(spec, name, instance):
    errors = sorted(schema_validator(spec, name).iter_errors(instance), key=str)
    assert not errors, [f"{list(error.path)}: {error.message}" for error in errors[:5]]


def schema_name(dataset):
    return "".join(part.capitalize() for part in dataset.split("_"))


def test_the_description_is_valid_openapi_3_1(spec):
    assert spec["openapi"] == "3.1.0"
    validate(spec)  # raises on any violation of the OpenAPI 3.1 schema


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_description_validates_in_every_language(client, language):
    validate(client.get("/api/openapi.json", {"lang": language}).json())


def test_every_endpoint_and_parameter_is_described(spec):
    paths = spec["paths"]
    assert "/api/v1/" in paths
    for name, dataset in DATASETS.items():
        listing = paths[f"/api/v1/{name}/"]["get"]
        parameters = {
            parameter.get("name") or parameter["$ref"].rsplit("/", 1)[1]
            for parameter in listing["parameters"]
        }
        assert parameters == {"page", "page_size", "lang", *dataset.filters_by_name}
        assert {"200", "400", "404"} <= set(listing["responses"])
        detail = paths[f"/api/v1/{name}/{{id}}/"]["get"]
        assert {"200", "404"} <= set(detail["responses"])
        assert f"/data/{name}.csv" in paths
        assert f"/data/{name}.json" in paths
        properties = spec["components"]["schemas"][schema_name(name)]["properties"]
        assert list(properties) == dataset.columns
        assert all(schema.get("description") for schema in properties.values())


@pytest.mark.parametrize("name", list(DATASETS))
def test_real_pages_match_the_documented_schema(client, spec, name):
    page = client.get(f"/api/v1/{name}/", {"page_size": 100}).json()
    assert page["results"], f"the demo content has {name}"
    assert_valid(spec, f"{schema_name(name)}Page", page)
    documented = spec["components"]["schemas"][schema_name(name)]["properties"]
    for record in page["results"]:
        assert set(documented) <= set(record), "every documented property is in every record"
    detail = client.get(f"/api/v1/{name}/{page['results'][0]['id']}/").json()
    assert_valid(spec, schema_name(name), detail)


@pytest.mark.parametrize("name", list(DATASETS))
def test_json_downloads_match_the_documented_schema(client, spec, name):
    payload = parse_json(read_streamed(client.get(f"/data/{name}.json")))
    assert_valid(spec, f"{schema_name(name)}Download", payload)


def test_the_index_and_errors_match_the_documented_schema(client, spec):
    assert_valid(spec, "DatasetIndex", client.get("/api/v1/").json())
    for path, query in [
        ("/api/v1/commitments/", {"status": "nope"}),
        ("/api/v1/commitments/", {"page": "x"}),
        ("/api/v1/nope/", {}),
        ("/api/v1/commitments/0/", {}),
    ]:
        response = client.get(path, query)
        assert response.status_code in (400, 404)
        assert_valid(spec, "Error", response.json())


def test_documented_filter_choices_are_the_accepted_ones(client, spec):
    for name in DATASETS:
        for parameter in spec["paths"][f"/api/v1/{name}/"]["get"]["parameters"]:
            for value in parameter.get("schema", {}).get("enum", []):
                response = client.get(f"/api/v1/{name}/", {parameter["name"]: value})
                assert response.status_code == 200, (name, parameter["name"], value)
