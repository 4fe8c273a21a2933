"""The OpenAPI 3.1 description of the API and downloads, generated from the dataset definitions."""

from django.urls import reverse
from django.utils.translation import gettext as _

from .api import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, api_view, json_response
from .datasets import DATASETS, FIELD_TYPES, LANGUAGES, LICENSE, LICENSE_URL

OPENAPI_VERSION = "3.1.0"
API_VERSION = "1.0.0"


def _schema_name(dataset):
    return "".join(part.capitalize() for part in dataset.name.split("_"))


def _ref(kind, name):
    return {"$ref": f"#/components/{kind}/{name}"}


def field_schema(item):
    schema = dict(FIELD_TYPES[item.type])
    if item.type == "array":
        schema["items"] = dict(FIELD_TYPES[item.items])
    if item.enum:
        schema["enum"] = [*item.enum, None] if item.nullable else list(item.enum)
    if item.nullable:
        schema["type"] = [schema["type"], "null"]
    schema["description"] = str(item.description)
    return schema


def record_schema(dataset):
    properties = {}
    for item in dataset.fields:
        for column in item.columns:
            schema = field_schema(item)
            if item.translated:
                language = column.rsplit("_", 1)[1]
                schema["description"] = f"{schema['description']} [{language}]"
            properties[column] = schema
    return {
        "type": "object",
        "description": str(dataset.description),
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _filter_parameter(item):
    if item.kind == "integer":
        schema = {"type": "integer", "minimum": item.minimum, "maximum": item.maximum}
    elif item.kind == "boolean":
        schema = {"type": "boolean"}
    elif item.kind == "choice":
        schema = {"type": "string", "enum": list(item.choices)}
    else:
        schema = {"type": "string"}
    return {
        "name": item.name,
        "in": "query",
        "required": False,
        "description": str(item.description),
        "schema": schema,
    }


def _error_responses(*statuses):
    names = {400: "BadRequest", 404: "NotFound", 405: "MethodNotAllowed"}
    return {str(status): _ref("responses", names[status]) for status in statuses}


def _list_operation(dataset, name):
    return {
        "get": {
            "operationId": f"list_{dataset.name}",
            "tags": [dataset.name],
            "summary": str(dataset.title),
            "description": str(dataset.description),
            "parameters": [
                _ref("parameters", "page"),
                _ref("parameters", "page_size"),
                _ref("parameters", "lang"),
                *(_filter_parameter(item) for item in dataset.filters),
            ],
            "responses": {
                "200": {
                    "description": _("One page of published records"),
                    "content": {"application/json": {"schema": _ref("schemas", f"{name}Page")}},
                },
                **_error_responses(400, 404, 405),
            },
        }
    }


def _detail_operation(dataset, name):
    return {
        "get": {
            "operationId": f"get_{dataset.name}",
            "tags": [dataset.name],
            "summary": _("One record by its identifier"),
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "description": _("The record's id"),
                    "schema": {"type": "integer", "minimum": 1},
                },
                _ref("parameters", "lang"),
            ],
            "responses": {
                "200": {
                    "description": _("The published record"),
                    "content": {"application/json": {"schema": _ref("schemas", name)}},
                },
                **_error_responses(400, 404, 405),
            },
        }
    }


def _download_operations(dataset, name):
    csv_path = reverse("opendata_download", kwargs={"name": dataset.name, "extension": "csv"})
    json_path = reverse("opendata_download", kwargs={"name": dataset.name, "extension": "json"})
    return {
        csv_path: {
            "get": {
                "operationId": f"download_{dataset.name}_csv",
                "tags": [dataset.name],
                "summary": _("Every published record as CSV"),
                "description": _(
                    "UTF-8 with a byte-order mark; a header row with the record's property "
                    "names; lists joined with “; ”; true/false for booleans; empty cells for "
                    "missing values."
                ),
                "responses": {
                    "200": {
                        "description": _("The CSV file"),
                        "content": {"text/csv": {"schema": {"type": "string"}}},
                    },
                    "404": {"description": _("There is no such dataset")},
                },
            }
        },
        json_path: {
            "get": {
                "operationId": f"download_{dataset.name}_json",
                "tags": [dataset.name],
                "summary": _("Every published record as JSON"),
                "responses": {
                    "200": {
                        "description": _("The JSON file"),
                        "content": {
                            "application/json": {"schema": _ref("schemas", f"{name}Download")}
                        },
                    },
                    "404": {"description": _("There is no such dataset")},
                },
            }
        },
    }


def _common_components():
    error_content = {"application/json": {"schema": _ref("schemas", "Error")}}
    nullable_time = {
        "type": ["string", "null"],
        "format": "date-time",
        "description": _("When the newest record changed; null when unknown"),
    }
    return {
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code", "message"],
                        "properties": {
                            "code": {
                                "type": "string",
                                "description": _("A stable code for programs"),
                                "enum": [
                                    "unknown_dataset",
                                    "not_found",
                                    "unknown_parameter",
                                    "invalid_parameter",
                                    "invalid_filter",
                                    "invalid_page",
                                    "invalid_page_size",
                                    "page_not_found",
                                    "method_not_allowed",
                                ],
                            },
                            "message": {
                                "type": "string",
                                "description": _("What went wrong, in the client's language"),
                            },
                            "parameter": {
                                "type": "string",
                                "description": _("The query parameter at fault"),
                            },
                        },
                    }
                },
            },
            "UpdatedAt": nullable_time,
            "DatasetIndex": {
                "type": "object",
                "required": ["license", "license_url", "openapi", "datasets"],
                "properties": {
                    "license": {"type": "string", "const": LICENSE},
                    "license_url": {"type": "string", "format": "uri"},
                    "openapi": {"type": "string", "format": "uri"},
                    "datasets": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": [
                                "name",
                                "title",
                                "description",
                                "count",
                                "updated",
                                "url",
                                "csv",
                                "json",
                            ],
                            "properties": {
                                "name": {"type": "string", "enum": list(DATASETS)},
                                "title": {"type": "string"},
                                "description": {"type": "string"},
                                "count": {"type": "integer", "minimum": 0},
                                "updated": _ref("schemas", "UpdatedAt"),
                                "url": {"type": "string", "format": "uri"},
                                "csv": {"type": "string", "format": "uri"},
                                "json": {"type": "string", "format": "uri"},
                            },
                        },
                    },
                },
            },
        },
        "parameters": {
            "page": {
                "name": "page",
                "in": "query",
                "required": False,
                "description": _("Page number, from 1"),
                "schema": {"type": "integer", "minimum": 1, "default": 1},
            },
            "page_size": {
                "name": "page_size",
                "in": "query",
                "required": False,
                "description": _("Records per page"),
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": MAX_PAGE_SIZE,
                    "default": DEFAULT_PAGE_SIZE,
                },
            },
            "lang": {
                "name": "lang",
                "in": "query",
                "required": False,
                "description": _(
                    "Language of error messages; otherwise Accept-Language. Records always "
                    "hold all three languages."
                ),
                "schema": {"type": "string", "enum": list(LANGUAGES)},
            },
        },
        "responses": {
            "BadRequest": {
                "description": _("A parameter has a value the API cannot use"),
                "content": error_content,
            },
            "NotFound": {
                "description": _("No such dataset, record or page"),
                "content": error_content,
            },
            "MethodNotAllowed": {
                "description": _("Only GET and HEAD are answered"),
                "content": error_content,
            },
        },
    }


def _page_schema(dataset, name):
    nullable_uri = {"type": ["string", "null"], "format": "uri"}
    return {
        "type": "object",
        "required": [
            "dataset",
            "license",
            "updated",
            "count",
            "page",
            "pages",
            "page_size",
            "next",
            "previous",
            "results",
        ],
        "properties": {
            "dataset": {"type": "string", "const": dataset.name},
            "license": {"type": "string", "const": LICENSE},
            "updated": _ref("schemas", "UpdatedAt"),
            "count": {"type": "integer", "minimum": 0},
            "page": {"type": "integer", "minimum": 1},
            "pages": {"type": "integer", "minimum": 1},
            "page_size": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            "next": nullable_uri,
            "previous": nullable_uri,
            "results": {"type": "array", "items": _ref("schemas", name)},
        },
    }


def _download_schema(dataset, name):
    return {
        "type": "object",
        "required": ["dataset", "license", "license_url", "updated", "count", "results"],
        "properties": {
            "dataset": {"type": "string", "const": dataset.name},
            "license": {"type": "string", "const": LICENSE},
            "license_url": {"type": "string", "format": "uri"},
            "updated": _ref("schemas", "UpdatedAt"),
            "count": {"type": "integer", "minimum": 0},
            "results": {"type": "array", "items": _ref("schemas", name)},
        },
    }


def build_openapi():
    components = _common_components()
    paths = {
        reverse("opendata_api_index"): {
            "get": {
                "operationId": "list_datasets",
                "summary": _("Every dataset with its addresses, size and update time"),
                "parameters": [_ref("parameters", "lang")],
                "responses": {
                    "200": {
                        "description": _("The datasets"),
                        "content": {
                            "application/json": {"schema": _ref("schemas", "DatasetIndex")}
                        },
                    },
                    **_error_responses(400, 405),
                },
            }
        }
    }
    tags = []
    for dataset in DATASETS.values():
        name = _schema_name(dataset)
        components["schemas"][name] = record_schema(dataset)
        components["schemas"][f"{name}Page"] = _page_schema(dataset, name)
        components["schemas"][f"{name}Download"] = _download_schema(dataset, name)
        list_path = reverse("opendata_api_list", kwargs={"name": dataset.name})
        paths[list_path] = _list_operation(dataset, name)
        paths[list_path + "{id}/"] = _detail_operation(dataset, name)
        paths.update(_download_operations(dataset, name))
        tags.append({"name": dataset.name, "description": str(dataset.title)})
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": _("Open data of the OGP Kyrgyzstan portal"),
            "version": API_VERSION,
            "description": _(
                "Read-only access to the published content of the portal. Every record holds "
                "the text of all three languages (Russian, Kyrgyz, English) side by side. The "
                "data may be reused under CC BY 4.0."
            ),
            "license": {"name": "CC BY 4.0", "identifier": LICENSE},
        },
        "tags": tags,
        "paths": paths,
        "components": components,
        "externalDocs": {"url": LICENSE_URL, "description": "CC BY 4.0"},
    }


@api_view
def openapi_json(request):
    response = json_response(build_openapi())
    response["Content-Disposition"] = 'inline; filename="ogp-kg-openapi.json"'
    return response
