"""The read-only JSON API, written by hand: /api/v1/, /api/v1/<dataset>/, /api/v1/<dataset>/<id>/.

Every answer is JSON, errors included: {"error": {"code": ..., "message": ...}} with a 4xx
status and the message in the client's language (?lang=, else Accept-Language).
"""

import re
from functools import wraps
from math import ceil

from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from .datasets import (
    DATASETS,
    LANGUAGES,
    LICENSE,
    LICENSE_URL,
    FilterError,
    RowContext,
    get_dataset,
)
from .encoding import to_json

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
API_CACHE_SECONDS = 300
# Parameters every list accepts besides its filters.
COMMON_PARAMETERS = ("page", "page_size", "lang")
IDENTIFIER = re.compile(r"[1-9][0-9]{0,17}")
MAX_DIGITS = 18


class ApiError(Exception):
    def __init__(self, status, code, message, parameter=None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter


def json_response(payload, status=200):
    response = HttpResponse(
        to_json(payload, indent=1), content_type="application/json; charset=utf-8", status=status
    )
    response["Content-Language"] = get_language()
    return response


def error_response(status, code, message, parameter=None):
    error = {"code": code, "message": str(message)}
    if parameter is not None:
        error["parameter"] = parameter
    response = json_response({"error": error}, status=status)
    response["Cache-Control"] = "no-store"
    patch_vary_headers(response, ["Accept-Language"])
    return response


def api_view(view):
    """GET and HEAD only; the client's language for messages; every ApiError becomes JSON."""

    @csrf_exempt  # Nothing here changes state; other methods get a JSON 405, not a CSRF page.
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        requested = request.GET.get("lang", "")
        if requested and requested not in LANGUAGES:
            return error_response(
                400,
                "invalid_parameter",
                _("“%(value)s” is not a language of this portal: use ru, ky or en.")
                % {"value": requested[:20]},
                "lang",
            )
        with translation.override(requested or get_language()):
            if request.method not in ("GET", "HEAD"):
                response = error_response(
                    405, "method_not_allowed", _("This address only answers GET and HEAD.")
                )
                response["Allow"] = "GET, HEAD"
                return response
            try:
                response = view(request, *args, **kwargs)
            except ApiError as error:
                return error_response(error.status, error.code, error.message, error.parameter)
            response["Cache-Control"] = f"public, max-age={API_CACHE_SECONDS}"
            return response

    return wrapper


def _dataset_or_404(name):
    dataset = get_dataset(name)
    if dataset is None:
        raise ApiError(
            404,
            "unknown_dataset",
            _("There is no dataset “%(name)s”. The datasets are: %(names)s.")
            % {"name": name[:60], "names": ", ".join(DATASETS)},
        )
    return dataset


def _refuse_unknown_parameters(request, allowed):
    for key in request.GET:
        if key not in allowed:
            raise ApiError(
                400,
                "unknown_parameter",
                _("Unknown parameter “%(name)s”. Accepted here: %(allowed)s.")
                % {"name": key[:60], "allowed": ", ".join(allowed)},
                key[:60],
            )


def _positive_number(request, name, default):
    raw = request.GET.get(name, "").strip()
    if not raw:
        return default
    significant = raw.lstrip("0")
    if not (raw.isascii() and raw.isdigit()) or not significant:
        raise ApiError(
            400,
            f"invalid_{name}",
            _("“%(value)s” is not a positive whole number.") % {"value": raw[:60]},
            name,
        )
    # A number too long to be a real page is simply past the end.
    return int(significant) if len(significant) <= MAX_DIGITS else 10**MAX_DIGITS


def _page_url(request, page):
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def filtered_queryset(dataset, request):
    """The dataset's published rows narrowed by the request's filters, each checked first."""
    queryset = dataset.base_queryset()
    for item in dataset.filters:
        raw = request.GET.get(item.name, "")
        if not raw.strip():
            continue
        try:
            value = item.parse(raw)
        except FilterError as error:
            raise ApiError(400, "invalid_filter", str(error), item.name) from error
        queryset = item.filter(queryset, value)
    return queryset


@api_view
def api_index(request):
    """What the API offers: every dataset with its addresses, size and update time."""
    _refuse_unknown_parameters(request, ("lang",))
    datasets = []
    for dataset in DATASETS.values():
        count, updated = dataset.stats(dataset.base_queryset())
        datasets.append(
            {
                "name": dataset.name,
                "title": str(dataset.title),
                "description": str(dataset.description),
                "count": count,
                "updated": updated,
                "url": request.build_absolute_uri(
                    reverse("opendata_api_list", kwargs={"name": dataset.name})
                ),
                "csv": request.build_absolute_uri(
                    reverse("opendata_download", kwargs={"name": dataset.name, "extension": "csv"})
                ),
                "json": request.build_absolute_uri(
                    reverse("opendata_download", kwargs={"name": dataset.name, "extension": "json"})
                ),
            }
        )
    return json_response(
        {
            "license": LICENSE,
            "license_url": LICENSE_URL,
            "openapi": request.build_absolute_uri(reverse("opendata_openapi")),
            "datasets": datasets,
        }
    )


@api_view
def api_list(request, name):
    dataset = _dataset_or_404(name)
    _refuse_unknown_parameters(request, (*COMMON_PARAMETERS, *dataset.filters_by_name))
    page_size = _positive_number(request, "page_size", DEFAULT_PAGE_SIZE)
    if page_size > MAX_PAGE_SIZE:
        raise ApiError(
            400,
            "invalid_page_size",
            _("A page holds at most %(maximum)s records.") % {"maximum": MAX_PAGE_SIZE},
            "page_size",
        )
    page = _positive_number(request, "page", 1)
    queryset = filtered_queryset(dataset, request)
    count, updated = dataset.stats(queryset)
    pages = max(1, ceil(count / page_size))
    if page > pages:
        raise ApiError(
            404,
            "page_not_found",
            _("There is no page %(page)s: this list has %(pages)s.")
            % {"page": page, "pages": pages},
            "page",
        )
    results = dataset.page(
        queryset, RowContext(request), offset=(page - 1) * page_size, limit=page_size
    )
    return json_response(
        {
            "dataset": dataset.name,
            "license": LICENSE,
            "updated": updated,
            "count": count,
            "page": page,
            "pages": pages,
            "page_size": page_size,
            "next": _page_url(request, page + 1) if page < pages else None,
            "previous": _page_url(request, page - 1) if page > 1 else None,
            "results": results,
        }
    )


@api_view
def api_detail(request, name, identifier):
    dataset = _dataset_or_404(name)
    _refuse_unknown_parameters(request, ("lang",))
    not_found = ApiError(
        404,
        "not_found",
        _("There is no published record “%(id)s” in the dataset “%(name)s”.")
        % {"id": identifier[:60], "name": dataset.name},
    )
    if not IDENTIFIER.fullmatch(identifier):
        raise not_found
    records = dataset.page(
        dataset.base_queryset().filter(pk=int(identifier)),
        RowContext(request),
        offset=0,
        limit=1,
    )
    if not records:
        raise not_found
    return json_response(records[0])
