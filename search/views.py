"""The search page: one GET form, ranked results by kind, pages of twenty.

Whatever arrives in the address gets an answer in the visitor's language and a fitting
status, never a server error: an empty query (200, a prompt); one too long, or without a
single letter or digit, e.g. binary or control characters (400); an unknown kind (400, with
results of every kind); a page that is not a number or does not exist (404, with a way back).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .models import Kind
from .queries import run_search
from .text import MAX_QUERY_LENGTH, clean_query, words

RESULTS_PER_PAGE = 20


@dataclass
class Notice:
    text: str
    is_error: bool = False


def _address(query, kind="", page=None):
    params = {"q": query}
    if kind:
        params["kind"] = kind
    if page and page > 1:
        params["page"] = page
    return "?" + urlencode(params)


def _kind_links(results, query):
    links = [
        {
            "label": pgettext("search results", "All kinds"),
            "count": results.total,
            "url": _address(query),
            "current": not results.kind,
            "capped": bool(results.capped_kinds),
        }
    ]
    for kind, count in results.counts.items():
        links.append(
            {
                "label": Kind(kind).label,
                "count": count,
                "url": _address(query, kind),
                "current": results.kind == kind,
                "capped": kind in results.capped_kinds,
            }
        )
    return links


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query, removed = clean_query(raw_query)
    kind = request.GET.get("kind", "")
    notices = []
    status = 200
    context = {"query": query, "form_value": query, "searched": False}

    if len(query) > MAX_QUERY_LENGTH:
        status = 400
        context["form_value"] = query[:MAX_QUERY_LENGTH]
        notices.append(
            Notice(
                _(
                    "Your search is %(length)s characters long; at most %(limit)s can be "
                    "searched. Shorten it and try again."
                )
                % {"length": len(query), "limit": MAX_QUERY_LENGTH},
                is_error=True,
            )
        )
    elif not words(query):
        if raw_query.strip():
            status = 400
            notices.append(
                Notice(
                    _(
                        "Your search held only characters that cannot be searched. Type "
                        "words, names or numbers."
                    ),
                    is_error=True,
                )
            )
    else:
        if removed:
            notices.append(
                Notice(_("Some characters that cannot be searched were left out of your search."))
            )
        if kind and kind not in Kind.values:
            status = 400
            notices.append(
                Notice(
                    _(
                        "There is no kind of result called “%(kind)s”; results of every kind "
                        "are shown."
                    )
                    % {"kind": kind[:40]},
                    is_error=True,
                )
            )
            kind = ""
        page_number = request.GET.get("page", "1")
        results = run_search(
            query=query,
            language=get_language(),
            kind=kind or None,
            page_number=page_number,
            per_page=RESULTS_PER_PAGE,
        )
        paginator = Paginator(results.pages, RESULTS_PER_PAGE)
        page = None
        try:
            page = paginator.page(page_number)
        except PageNotAnInteger:
            status = 404
            notices.append(
                Notice(
                    _("“%(page)s” is not a page number.") % {"page": page_number[:20]},
                    is_error=True,
                )
            )
        except EmptyPage:
            status = 404
            notices.append(
                Notice(
                    _("There is no page %(page)s of these results.") % {"page": page_number[:20]},
                    is_error=True,
                )
            )
        context.update(
            searched=True,
            results=results,
            kind=kind,
            kind_links=_kind_links(results, query),
            page_obj=page,
            hits=page.object_list if page else [],
            first_page_url=_address(query, kind),
            last_page_url=_address(query, kind, paginator.num_pages),
            previous_url=_address(query, kind, page.previous_page_number())
            if page and page.has_previous()
            else "",
            next_url=_address(query, kind, page.next_page_number())
            if page and page.has_next()
            else "",
        )

    context["notices"] = notices
    context["max_length"] = MAX_QUERY_LENGTH
    return render(request, "search/search.html", context, status=status)
