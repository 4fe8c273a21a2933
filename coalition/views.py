"""Public pages of the Coalition: the registry, a member's page, joining, and the exports."""

import csv
import json

from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html_join
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from publishing.filtersets import drawn_fields
from publishing.pagination import CountedPaginator
from publishing.security import client_ip
from publishing.templatetags.portal import sample_badge, tr
from publishing.translation import current_language
from publishing.views import get_visible_or_404, mark_preview

from . import selectors
from .forms import JoinForm
from .models import MemberKind, Region
from .services import address_fingerprint, application_submit

MEMBERS_PER_PAGE = 30

# A person fills the form in once or twice; a burst from one address is a robot or a mistake.
JOIN_LIMIT = 5
JOIN_WINDOW_SECONDS = 10 * 60


def member_url_maker():
    """slug -> the member's address: reversed once per page, not once per row."""
    marker = "member-slug"
    head, tail = reverse("coalition:member", kwargs={"slug": marker}).rsplit(marker, 1)
    return lambda slug: f"{head}{slug}{tail}"


def member_rows(members):
    """What each row of the list shows, worked out here rather than in the template.

    A page shows 30 members; a handful of plain values per row keeps the template to simple
    lookups, where template tags, filters and lazy labels per row cost most of the page.
    """
    members = list(members)
    theme_names = selectors.theme_names_by_member([member.id for member in members])
    url_of = member_url_maker()
    kind_names = {value: str(label) for value, label in MemberKind.choices}
    region_names = {value: str(label) for value, label in Region.choices}
    badge = None  # the same markup on every sample row
    rows = []
    for member in members:
        if member.is_sample and badge is None:
            badge = sample_badge(member)
        joined_on = member.joined_on
        rows.append(
            {
                "url": url_of(member.slug),
                "name": tr(member, "name"),
                "badge": badge if member.is_sample else "",
                "kind": kind_names.get(member.kind, member.kind),
                "region": region_names.get(member.region, member.region),
                "joined_iso": joined_on.isoformat() if joined_on else "",
                "joined_shown": date_format(joined_on, "SHORT_DATE_FORMAT") if joined_on else "",
                "themes": format_html_join(
                    " ",
                    '<span class="coalition-tag">{}</span>',
                    ((name,) for name in theme_names.get(member.id, ())),
                ),
            }
        )
    return rows


@require_GET
def index(request):
    filterset, members = selectors.member_list(params=request.GET)
    # Counted along with the regions and kinds; unfiltered, the list is all of them.
    counts = selectors.member_counts(matching=members if filterset.active else None)
    paginator = CountedPaginator(members, MEMBERS_PER_PAGE, count=counts["matching"])
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "info": selectors.coalition_info(),
        "filter_fields": drawn_fields(filterset, "coalition/_filter_fields.html"),
        "filters_invalid": filterset.is_bound and not filterset.is_valid(),
        "page": page,
        "members": member_rows(page.object_list),
        "counts": counts,
        "partners": selectors.published_partners(),
        "query_string": query.urlencode(),
    }
    return render(request, "coalition/index.html", context)


@require_GET
def member_detail(request, slug):
    member = get_visible_or_404(selectors.member_detail_queryset(), request, slug=slug)
    try:
        profile = member.profile
    except ObjectDoesNotExist:
        profile = None
    response = render(
        request, "coalition/member_detail.html", {"member": member, "profile": profile}
    )
    return mark_preview(request, response, member)


def _over_the_limit(request):
    """Count this submission for the sender's address; True once a burst passes the limit."""
    key = f"coalition:join:{address_fingerprint(client_ip(request))}"
    if cache.add(key, 1, timeout=JOIN_WINDOW_SECONDS):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add() and incr()
        cache.set(key, 1, timeout=JOIN_WINDOW_SECONDS)
        return False
    return count > JOIN_LIMIT


@never_cache
@require_http_methods(["GET", "POST"])
def join(request):
    if request.method == "GET":
        return render(request, "coalition/join.html", {"form": JoinForm()})
    if _over_the_limit(request):
        response = render(
            request,
            "coalition/rate_limited.html",
            {"minutes": JOIN_WINDOW_SECONDS // 60},
            status=429,
        )
        response["Retry-After"] = str(JOIN_WINDOW_SECONDS)
        return response
    form = JoinForm(request.POST)
    if form.is_robot:
        # Robots get the same thanks as people, so they learn nothing; nothing is stored.
        return redirect("coalition:join_thanks")
    if form.is_valid():
        data = form.cleaned_data
        try:
            application_submit(
                data=data,
                themes=list(data["themes"]),
                language=request.LANGUAGE_CODE,
                client_address=client_ip(request),
                site_url=request.build_absolute_uri("/"),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("coalition:join_thanks")
    return render(request, "coalition/join.html", {"form": form}, status=200)


@require_GET
def join_thanks(request):
    return render(request, "coalition/join_thanks.html")


EXPORT_FIELDS = [
    "slug",
    "name",
    "kind",
    "kind_label",
    "region",
    "region_label",
    "themes",
    "commitments",
    "joined_on",
    "website",
    "email",
    "phone",
    "url",
    "is_sample",
]


def _export_rows(request):
    """The public fields of the filtered members; nothing private ever leaves the database."""
    filterset, members = selectors.member_list(params=request.GET, for_export=True)
    rows = []
    for member in members:
        rows.append(
            {
                "slug": member.slug,
                "name": member.display_name,
                "kind": member.kind,
                "kind_label": str(member.kind_label),
                "region": member.region,
                "region_label": str(member.region_label),
                "themes": [theme.name for theme in member.themes.all()],
                "commitments": [
                    f"{commitment.plan.slug} № {commitment.number}"
                    for commitment in member.commitments.all()
                ],
                "joined_on": member.joined_on.isoformat() if member.joined_on else "",
                "website": member.website,
                "email": member.emails,
                "phone": [phone["shown"] for phone in member.phones],
                "url": request.build_absolute_uri(member.get_absolute_url()),
                "is_sample": member.is_sample,
            }
        )
    return filterset, rows


# A spreadsheet runs a cell that begins with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Text a spreadsheet shows as text, never runs: a leading apostrophe defuses formulas."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value


def _download_name(extension):
    language = current_language()
    return f"coalition-members-{language}-{timezone.localdate():%Y-%m-%d}.{extension}"


@require_GET
def members_csv(request):
    _filterset, rows = _export_rows(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_download_name("csv")}"'
    # The byte-order mark lets spreadsheet programs read the UTF-8 text as such.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(EXPORT_FIELDS)
    for row in rows:
        # Names come from applicants; phone numbers rightly begin with "+".
        row["name"] = spreadsheet_safe(row["name"])
        writer.writerow(
            [
                "; ".join(value) if isinstance(value, list) else value
                for value in (row[field] for field in EXPORT_FIELDS)
            ]
        )
    return response


@require_GET
def members_json(request):
    filterset, rows = _export_rows(request)
    filters = {key: getattr(value, "slug", value) for key, value in filterset.active.items()}
    payload = {
        "language": current_language(),
        "filters": filters,
        "count": len(rows),
        "members": rows,
    }
    response = HttpResponse(
        json.dumps(payload, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{_download_name("json")}"'
    return response
