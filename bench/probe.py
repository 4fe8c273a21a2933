"""In-process look at the benchmark's database: which addresses to load, and their SQL queries.

Run by bench/run.py with the benchmark's settings in the environment:

    python bench/probe.py urls [--allow-missing] [--extra]  -> JSON {page: {"path", "rows"} | null}
    python bench/probe.py queries PATH...          -> JSON {path: {"status", "uncached", "cached"}}
    python bench/probe.py profile PATH             -> cProfile of ten uncached requests

`queries` renders each address with Django's test client under CaptureQueriesContext, on the
same database the servers use: once without the page cache (what rendering costs) and once
as a cache hit (what a visitor served from the shared cache costs). Each address is requested
once beforehand, so one-off start-up queries of the process are not counted. It also times
three uncached requests, one at a time (median): the whole request and its SQL part.
"""

import json
import os
import sys
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

# The page types of the benchmark, in the order of its table, with what each needs.
PAGE_TYPES = [
    ("home", "Home", "pages:home"),
    ("commitments", "Commitment list", "commitments:list"),
    ("commitments_filtered", "Commitment list, filtered", "commitments:list"),
    ("commitment", "Commitment detail", "commitments:detail"),
    ("meetings", "Forum meetings", "forum:meetings"),
    ("transcript", "Transcript", "forum:transcript"),
    ("coalition", "Coalition list", "coalition:index"),
    ("search", "Search", "search:search"),
    ("export_csv", "CSV export (commitments)", "commitments:export_csv"),
    ("healthz", "/healthz", "healthz"),
]
# More page types for Lighthouse (bench/lighthouse.py), not loaded by the benchmark.
EXTRA_PAGE_TYPES = [
    ("meeting", "Forum meeting", "forum:meeting"),
    ("reports", "Reports list", "reports:list"),
    ("report", "Report", "reports:report"),
    ("themes", "Themes", "commitments:themes"),
]
LANGUAGE = "ru"


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ogp_portal.settings.production")
    import django

    django.setup()


def search_word():
    """A word that occurs in many published commitment titles (Russian), for the search page."""
    from commitments.models import Commitment

    counts = Counter()
    for title in Commitment.objects.published().values_list("title_ru", flat=True)[:2000]:
        for word in title.lower().split():
            word = word.strip(".,:;«»\"'()")
            if len(word) >= 6 and word.isalpha():
                counts[word] += 1
    return counts.most_common(1)[0][0] if counts else "правительство"


def resolve_urls(allow_missing, extra=False):
    """Each page type's address on this database, chosen by a rule that holds at any size."""
    from urllib.parse import urlencode

    from django.db.models import Count
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    from commitments.models import Commitment, Theme
    from forum.models import Meeting, Transcript

    pages, missing = {}, []

    def route(name, **kwargs):
        try:
            return reverse(name, kwargs=kwargs or None)
        except NoReverseMatch:
            return None

    with translation.override(LANGUAGE):
        published = Commitment.objects.published()
        pages["home"] = {"path": route("pages:home"), "rows": None}
        pages["commitments"] = {"path": route("commitments:list"), "rows": published.count()}
        theme = (
            Theme.objects.published()
            .annotate(used=Count("commitments"))
            .order_by("-used", "slug")
            .first()
        )
        status = (
            published.values("status")
            .annotate(count=Count("pk"))
            .order_by("-count", "status")
            .first()
        )
        list_path = route("commitments:list")
        if list_path and theme and status:
            query = urlencode({"theme": theme.slug, "status": status["status"]})
            filtered = published.filter(themes=theme, status=status["status"]).count()
            pages["commitments_filtered"] = {"path": f"{list_path}?{query}", "rows": filtered}
        else:
            pages["commitments_filtered"] = {"path": None, "rows": None}
        heaviest = (
            published.annotate(milestone_count=Count("milestones"))
            .order_by("-milestone_count", "-pk")
            .first()
        )
        pages["commitment"] = {
            "path": heaviest.get_absolute_url() if heaviest else None,
            "rows": heaviest.milestone_count if heaviest else None,
        }
        pages["meetings"] = {
            "path": route("forum:meetings"),
            "rows": Meeting.objects.published().count(),
        }
        transcript = (
            Transcript.objects.published()
            .annotate(turn_count=Count("turns"))
            .order_by("-turn_count", "-pk")
            .first()
        )
        pages["transcript"] = {
            "path": transcript.get_absolute_url() if transcript else None,
            "rows": transcript.turn_count if transcript else None,
        }
        coalition_rows = None
        try:
            from coalition.models import Member

            coalition_rows = Member.objects.published().count()
        except ImportError:
            pass
        pages["coalition"] = {"path": route("coalition:index"), "rows": coalition_rows}
        search_path = route("search:search")
        pages["search"] = {
            "path": f"{search_path}?{urlencode({'q': search_word()})}" if search_path else None,
            "rows": None,
        }
        pages["export_csv"] = {"path": route("commitments:export_csv"), "rows": published.count()}
        pages["healthz"] = {"path": route("healthz"), "rows": None}
        if extra:
            pages.update(extra_pages(route, transcript))

    for key, label, name in PAGE_TYPES + (EXTRA_PAGE_TYPES if extra else []):
        if not pages[key]["path"]:
            missing.append(f"{label}: route {name!r} (or the data it needs) is missing")
    if missing and not allow_missing:
        print(
            "These page types cannot be benchmarked on this database:\n  - "
            + "\n  - ".join(missing)
            + "\nFix the route names in bench/probe.py (PAGE_TYPES / resolve_urls) if they "
            "changed, or pass --allow-missing to bench/run.py to measure the rest.",
            file=sys.stderr,
        )
        sys.exit(2)
    for key in pages:
        if not pages[key]["path"]:
            pages[key] = None
    return pages


def extra_pages(route, transcript):
    from reports.models import Report

    report = Report.objects.published().order_by("-publication_year", "-pk").first()
    return {
        "meeting": {
            "path": transcript.meeting.get_absolute_url() if transcript else None,
            "rows": None,
        },
        "reports": {"path": route("reports:list"), "rows": Report.objects.published().count()},
        "report": {"path": report.get_absolute_url() if report else None, "rows": None},
        "themes": {"path": route("commitments:themes"), "rows": None},
    }


def count_queries(paths):
    import statistics
    import time

    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    host = os.environ.get("BENCH_HOST", "ogp-bench.test")
    results = {}
    for path in paths:
        entry = {}
        # Warm: the page cache off, the memo of shared data on (as the uncached server runs).
        with override_settings(PAGE_CACHE_SECONDS=0):
            client = Client(HTTP_HOST=host, raise_request_exception=False)
            client.get(path, secure=True)
            timings = []
            for _attempt in range(3):
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as captured:
                    client.get(path, secure=True)
                timings.append((time.perf_counter() - started) * 1000)
            entry["memo_queries"] = len(captured.captured_queries)
            entry["memo_render_ms"] = statistics.median(timings)
        # Cold: nothing kept from earlier requests, what a page costs right after a change.
        with override_settings(PAGE_CACHE_SECONDS=0, CONTENT_MEMO_SECONDS=0):
            client = Client(HTTP_HOST=host, raise_request_exception=False)
            client.get(path, secure=True)
            timings, sql_timings = [], []
            for _attempt in range(3):
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(path, secure=True)
                timings.append((time.perf_counter() - started) * 1000)
                sql_timings.append(
                    sum(float(query["time"]) for query in captured.captured_queries) * 1000
                )
            entry["status"] = response.status_code
            entry["uncached"] = len(captured.captured_queries)
            entry["uncached_sql"] = [query["sql"][:300] for query in captured.captured_queries]
            # One request at a time, in this process: what rendering the page costs by itself.
            entry["render_ms"] = statistics.median(timings)
            entry["sql_ms"] = statistics.median(sql_timings)
            entry["slowest_sql"] = [
                {"ms": float(query["time"]) * 1000, "sql": query["sql"][:400]}
                for query in sorted(
                    captured.captured_queries, key=lambda query: float(query["time"]), reverse=True
                )[:2]
            ]
        with override_settings(PAGE_CACHE_SECONDS=300):
            client = Client(HTTP_HOST=host, raise_request_exception=False)
            client.get(path, secure=True)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path, secure=True)
            entry["cache"] = response.get("X-Page-Cache", "")
            entry["cached"] = len(captured.captured_queries)
        entry["cache_backend"] = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
        results[path] = entry
    return results


def profile(path, count=10):
    """Where one uncached request spends its time: the top functions by cumulative time."""
    import cProfile
    import pstats

    from django.test import Client
    from django.test.utils import override_settings

    host = os.environ.get("BENCH_HOST", "ogp-bench.test")
    with override_settings(PAGE_CACHE_SECONDS=0):
        client = Client(HTTP_HOST=host, raise_request_exception=False)
        client.get(path, secure=True)
        profiler = cProfile.Profile()
        profiler.enable()
        for _attempt in range(count):
            client.get(path, secure=True)
        profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in {"urls", "queries", "profile"}:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    setup()
    if sys.argv[1] == "profile":
        profile(sys.argv[2])
    elif sys.argv[1] == "urls":
        pages = resolve_urls("--allow-missing" in sys.argv[2:], extra="--extra" in sys.argv[2:])
        print(json.dumps(pages, ensure_ascii=False))
    else:
        print(json.dumps(count_queries(sys.argv[2:]), ensure_ascii=False))


if __name__ == "__main__":
    main()
