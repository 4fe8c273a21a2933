"""The open-data page and the full downloads of every dataset (CSV and JSON, streamed)."""

from django.conf import settings
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from publishing.downloads import readable_filename

from .datasets import DATASETS, LANGUAGES, LICENSE, LICENSE_URL, RowContext, get_dataset
from .encoding import csv_lines, json_pieces

DOWNLOAD_CACHE_SECONDS = 300
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
}


def _reverse_or_none(name, **kwargs):
    """Another app's address, or None while that app does not provide it."""
    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None


def _with_language(url, language):
    return f"{url}?lang={language}" if url else None


def _feeds(language):
    """The portal's feeds and calendar, in the visitor's language where they offer one."""
    feeds = [
        {
            "title": _("Changed commitments"),
            "kind": "atom",
            "url": _with_language(reverse("opendata_commitments_feed"), language),
        },
    ]
    transcripts = _reverse_or_none("forum_transcripts_atom")
    if transcripts:
        feeds.append(
            {
                "title": _("New transcripts"),
                "kind": "atom",
                "url": _with_language(transcripts, language),
            }
        )
    if language == settings.LANGUAGE_CODE:
        reports = _reverse_or_none("reports_feed")
    else:
        reports = _reverse_or_none("reports_feed_language", language=language)
    if reports:
        feeds.append({"title": _("New reports"), "kind": "atom", "url": reports})
    calendar = _reverse_or_none("forum_meetings_ics")
    if calendar:
        feeds.append(
            {
                "title": _("Forum meetings (calendar)"),
                "kind": "ics",
                "url": _with_language(calendar, language),
            }
        )
    return feeds


def _dataset_summary(dataset):
    count, updated = dataset.stats(dataset.base_queryset())
    return {
        "dataset": dataset,
        "count": count,
        "updated": updated,
        "csv_url": reverse("opendata_download", kwargs={"name": dataset.name, "extension": "csv"}),
        "json_url": reverse(
            "opendata_download", kwargs={"name": dataset.name, "extension": "json"}
        ),
        "api_url": reverse("opendata_api_list", kwargs={"name": dataset.name}),
        "fields": [
            {"columns": item.columns, "field": item, "type_label": _type_label(item)}
            for item in dataset.fields
        ],
    }


def _type_label(item):
    labels = {
        "integer": _("whole number"),
        "number": _("decimal number"),
        "string": _("text"),
        "boolean": _("true or false"),
        "date": _("date (YYYY-MM-DD)"),
        "datetime": _("date and time (ISO 8601)"),
        "url": _("web address"),
        "array": _("list"),
    }
    label = labels[item.type]
    if item.nullable:
        label = _("%(type)s, may be empty") % {"type": label}
    return label


@require_safe
def index(request):
    language = request.LANGUAGE_CODE
    context = {
        "datasets": [_dataset_summary(dataset) for dataset in DATASETS.values()],
        "license_url": LICENSE_URL,
        "api_index_url": reverse("opendata_api_index"),
        "openapi_url": reverse("opendata_openapi"),
        "example_url": reverse("opendata_api_list", kwargs={"name": "commitments"})
        + "?status=in_progress&page_size=10",
        "feeds": _feeds(language),
        "commitments_feed_url": _with_language(reverse("opendata_commitments_feed"), language),
        "sitemap_url": reverse("opendata_sitemap"),
        "languages": LANGUAGES,
    }
    return render(request, "opendata/index.html", context)


def _download_response(chunks, extension, filename, updated):
    response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[extension])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = f"public, max-age={DOWNLOAD_CACHE_SECONDS}"
    if updated is not None:
        response["Last-Modified"] = http_date(updated.timestamp())
    return response


@require_safe
def download(request, name, extension):
    """The whole dataset as one file: streamed, so memory does not grow with the rows."""
    dataset = get_dataset(name)
    if dataset is None:
        raise Http404(_("There is no such dataset."))
    queryset = dataset.base_queryset()
    count, updated = dataset.stats(queryset)
    records = dataset.rows(queryset, RowContext(request))
    if extension == "csv":
        chunks = (line.encode("utf-8") for line in csv_lines(dataset.columns, records))
    else:
        header = {
            "dataset": dataset.name,
            "license": LICENSE,
            "license_url": LICENSE_URL,
            "updated": updated,
            "count": count,
        }
        chunks = (piece.encode("utf-8") for piece in json_pieces(header, records))
    filename = readable_filename(
        "ogp-kg", dataset.name, f"{timezone.localdate():%Y-%m-%d}", extension=extension
    )
    return _download_response(chunks, extension, filename, updated)
