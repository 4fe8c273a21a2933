"""The portal's benchmark (`make bench`): a large dataset, gunicorn, wrk, and the targets.

1. Creates its own PostgreSQL database (ogp_bench; dropped and recreated), migrates, loads the
   demo content and counts each page's SQL queries on it (few rows);
2. generates the large dataset (bench/generate.py), rebuilds the search index if the portal has
   one, VACUUM ANALYZE, and counts the queries again (many rows): they must not change;
3. serves it with gunicorn under production settings on 127.0.0.1, twice at once: one server with
   the shared page cache (PAGE_CACHE_SECONDS=300, database cache) and one without (0);
4. measures each page's own weight (gzip-compressed HTML + the CSS/JS/images it loads);
5. warms up, then loads every page type and /healthz with wrk (16 connections, 10 s each) on
   both servers, round after round, and reports medians and ratios to /healthz of the same round;
6. prints the table and writes the "benchmark" section of bench/results.md.

    .venv/bin/python bench/run.py            # the full run (about 15 minutes)
    .venv/bin/python bench/run.py --quick    # 1 round of 3 s on a tenth of the data (~3 minutes)

See bench/README.md for every option.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    BENCH_DIR,
    OUT_DIR,
    PYTHON,
    BenchError,
    Server,
    app_env,
    collect_static,
    database_exists,
    ensure_wrk,
    http_get,
    load_average,
    log,
    machine_facts,
    machine_table,
    manage,
    manage_commands,
    markdown_table,
    page_weight,
    pg_connection,
    prepare_database,
    run_wrk,
    write_section,
)
from probe import PAGE_TYPES

DATABASE = "ogp_bench"
LABELS = {key: label for key, label, _route in PAGE_TYPES}
MAX_QUERIES = 12
MAX_WEIGHT = 60 * 1024
MAX_REQUESTS = 6
CACHED_RATIO = 0.50
UNCACHED_RATIO = 0.10
CACHED_P99 = 100.0
UNCACHED_P99 = 300.0
# Not a page: a download. Its size is shown, but the page-weight target does not apply.
DOWNLOADS = {"export_csv"}


def probe(env, *arguments):
    result = subprocess.run(
        [PYTHON, str(BENCH_DIR / "probe.py"), *arguments],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BenchError(f"bench/probe.py {arguments[0]} failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout)


def query_counts(env, pages):
    paths = [page["path"] for page in pages.values() if page]
    counted = probe(env, "queries", *paths)
    return {
        key: {**counted[page["path"]], "rows": page["rows"], "path": page["path"]}
        for key, page in pages.items()
        if page
    }


def generate(env, scale):
    log(f"Generating the large dataset (scale {scale})")
    result = subprocess.run(
        [PYTHON, str(BENCH_DIR / "generate.py"), "--scale", str(scale)], env=env
    )
    if result.returncode != 0:
        raise BenchError("bench/generate.py failed; see its output above")
    if "reindex_search" in manage_commands(env):
        log("Rebuilding the search index (manage.py reindex_search)")
        # Building a GIN index once over all rows is many times faster than updating it row by
        # row: set the search tables' GIN indexes aside and build them again, as they were.
        with pg_connection(DATABASE) as connection:
            gin_indexes = connection.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                "AND tablename LIKE 'search\\_%%' AND indexdef ILIKE '%% USING gin %%'"
            ).fetchall()
            for name, _definition in gin_indexes:
                connection.execute(f'DROP INDEX "{name}"')
        started = time.monotonic()
        try:
            manage(env, "reindex_search")
        finally:
            with pg_connection(DATABASE) as connection:
                connection.execute("SET maintenance_work_mem = '256MB'")
                for name, definition in gin_indexes:
                    log(f"Building index {name}")
                    connection.execute(definition)
        log(f"Search index rebuilt in {time.monotonic() - started:.0f}s")
    else:
        log("No reindex_search command in the portal: search runs on the tables as they are")
    log("VACUUM ANALYZE")
    with pg_connection(DATABASE) as connection:
        connection.execute("VACUUM (ANALYZE)")


def check_pages(servers, pages):
    """Every address answers 200 on both servers; say which are served from the cache."""
    cache_state = {}
    for key, page in pages.items():
        for name, server in servers.items():
            for _attempt in range(2):
                status, headers, _body = http_get(server.port, page["path"])
            if status != 200:
                raise BenchError(
                    f"{LABELS[key]} ({page['path']}) answered {status} on the {name} server; "
                    f"see {server.log_path}"
                )
            if name == "cached":
                cache_state[key] = headers.get("X-Page-Cache", "not cached")
    return cache_state


def measure_rounds(servers, pages, rounds, duration):
    """rounds × servers × pages of wrk; /healthz first in each round, as the reference."""
    order = ["healthz"] + [key for key in pages if key != "healthz"]
    samples = {name: {key: [] for key in order} for name in servers}
    for round_number in range(1, rounds + 1):
        for name, server in servers.items():
            for key in order:
                # Entries live PAGE_CACHE_SECONDS (300 s), shorter than a round: fill the cache
                # again first, so the run measures pages served from it, not a miss stampede.
                for _attempt in range(3):
                    _status, headers, _body = http_get(server.port, pages[key]["path"])
                    if name != "cached" or headers.get("X-Page-Cache") != "miss":
                        break
                result = run_wrk(server.port, pages[key]["path"], duration=duration)
                samples[name][key].append(result)
                log(
                    f"round {round_number}/{rounds} {name:>8} {LABELS[key]:<30} "
                    f"{result['rps']:8.1f} req/s  p50 {result['p50']:7.1f} ms  "
                    f"p99 {result['p99']:7.1f} ms  errors {result['errors']}"
                )
    return samples


def summarise(samples):
    """Medians over rounds; ratio = the page's req/s over /healthz's req/s of the same round."""
    summary = {}
    for name, pages in samples.items():
        reference = [result["rps"] for result in pages["healthz"]]
        summary[name] = {}
        for key, results in pages.items():
            summary[name][key] = {
                "rps": statistics.median(result["rps"] for result in results),
                "p50": statistics.median(result["p50"] for result in results),
                "p99": statistics.median(result["p99"] for result in results),
                "p99_worst": max(result["p99"] for result in results),
                "errors": sum(result["errors"] for result in results),
                "requests": sum(result["requests"] for result in results),
                "ratio": statistics.median(
                    result["rps"] / max(healthz, 1e-9)
                    for result, healthz in zip(results, reference, strict=True)
                ),
                "rounds": len(results),
            }
    return summary


def kb(size):
    return f"{size / 1024:.1f} KB"


def ms(value, duration):
    """Latency for the tables; a run where nothing came back shows as longer than the run."""
    return f"> {duration * 1000:.0f}" if value == float("inf") else f"{value:.1f}"


def wait_for_quiet(limit):
    """Other work on a shared machine skews every figure: wait a while for it to calm down."""
    cpus = os.cpu_count() or 1
    deadline = time.monotonic() + limit
    while os.getloadavg()[0] > cpus and time.monotonic() < deadline:
        log(f"Load average {os.getloadavg()[0]:.1f} > {cpus} CPUs: waiting for other work to end")
        time.sleep(15)
    if os.getloadavg()[0] > cpus:
        log("The machine is still busy: measuring anyway (the load is recorded with the results)")


def evaluate(pages, summary, small, large, weights, cache_state):
    """Per page: the measured values and each target's verdict."""
    rows = []
    for key in pages:
        cached, uncached = summary["cached"][key], summary["uncached"][key]
        is_healthz = key == "healthz"
        p99_limit_cached = UNCACHED_P99 if key == "search" else CACHED_P99
        checks = {}
        if not is_healthz:
            checks["cached ≥ 50 % of /healthz"] = cached["ratio"] >= CACHED_RATIO
            checks["uncached ≥ 10 % of /healthz"] = uncached["ratio"] >= UNCACHED_RATIO
            checks[f"cached p99 < {p99_limit_cached:.0f} ms"] = cached["p99"] < p99_limit_cached
            checks["uncached p99 < 300 ms"] = uncached["p99"] < UNCACHED_P99
            checks["≤ 12 queries"] = large[key]["uncached"] <= MAX_QUERIES
            if key in small:
                checks["same queries for few and many rows"] = (
                    small[key]["uncached"] == large[key]["uncached"]
                )
            if key not in DOWNLOADS:
                checks["≤ 60 KB"] = weights[key]["total"] <= MAX_WEIGHT
                checks["≤ 6 requests"] = weights[key]["requests"] <= MAX_REQUESTS
            checks["no third-party host"] = not weights[key]["third_party"]
            checks["page cache hit"] = cache_state.get(key) == "hit"
        checks["zero errors"] = cached["errors"] == 0 and uncached["errors"] == 0
        rows.append({"key": key, "checks": checks})
    return rows


def console_table(pages, summary, large, weights):
    header = (
        f"{'page':<30} {'mode':<9} {'req/s':>8} {'×healthz':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'errors':>6} {'queries':>7} {'weight':>9} {'reqs':>4}"
    )
    lines = [header, "-" * len(header)]
    for key in pages:
        for mode in ("cached", "uncached"):
            row = summary[mode][key]
            queries = large[key]["uncached"] if mode == "uncached" else large[key]["cached"]
            lines.append(
                f"{LABELS[key] if mode == 'cached' else '':<30} {mode:<9} {row['rps']:8.1f} "
                f"{row['ratio']:8.0%} {row['p50']:8.1f} {row['p99']:8.1f} {row['errors']:6d} "
                f"{queries:7d} {kb(weights[key]['total']):>9} {weights[key]['requests']:4d}"
            )
    return "\n".join(lines)


def markdown_report(args, facts, pages, summary, small, large, weights, cache_state, evaluation):
    out = []
    out.append("## Benchmark (`make bench`, bench/run.py)\n")
    out.append(
        f"{args.rounds} round(s) × 2 servers × {len(pages)} addresses, "
        f"`wrk -t2 -c16 -d{args.duration}s --timeout 10s --latency` each, with a browser's "
        "`Accept-Encoding: gzip, deflate, br`, over loopback, "
        "after a warm-up. Dataset scale "
        f'{args.scale}. Medians over rounds; "× healthz" is the page\'s requests/s divided by '
        "/healthz's in the same round and on the same server (median of the rounds). Both "
        "servers run gunicorn with the portal's gunicorn.conf.py "
        "(CPUs + 1 sync workers), production settings, the database as the shared cache; "
        "**cached** = PAGE_CACHE_SECONDS=300 (each worker also keeps copies of the pages it "
        "served, PAGE_CACHE_LOCAL_BYTES, under the content version it reads from the shared "
        "cache on every request), **uncached** = PAGE_CACHE_SECONDS=0 (every page "
        "rendered; the data many pages share, such as the footer, filter options, counts per "
        "theme and the home page's summaries, is kept per server process until content changes "
        "or for 60 s, ogp_portal/content_memo.py). Errors are "
        "non-2xx/3xx answers plus socket errors, summed over all rounds.\n"
    )
    out.append("### Machine\n")
    out.append(machine_table(facts) + "\n")
    out.append("### Dataset\n")
    if args.reuse_database:
        out.append(
            "This run reused the database built by an earlier full run (`--reuse-database`); "
            "the few-rows query counts come from that run too.\n"
        )
    out.append(
        "Generated by bench/generate.py on top of the demo content: "
        + ", ".join(f"{key.replace('_', ' ')} {value:,}" for key, value in args.dataset.items())
        + ".\n"
    )
    out.append("### Throughput and latency\n")
    table = []
    for key in pages:
        cached, uncached = summary["cached"][key], summary["uncached"][key]
        table.append(
            [
                LABELS[key],
                f"`{unquote(pages[key]['path'])}`",
                f"{cached['rps']:.0f}",
                f"{cached['ratio']:.0%}",
                ms(cached["p50"], args.duration),
                ms(cached["p99"], args.duration),
                f"{uncached['rps']:.0f}",
                f"{uncached['ratio']:.0%}",
                ms(uncached["p50"], args.duration),
                ms(uncached["p99"], args.duration),
                cached["errors"] + uncached["errors"],
                cache_state.get(key, "—") if key != "healthz" else "—",
            ]
        )
    out.append(
        markdown_table(
            [
                "Page",
                "Address",
                "cached req/s",
                "× healthz",
                "p50 ms",
                "p99 ms",
                "uncached req/s",
                "× healthz",
                "p50 ms",
                "p99 ms",
                "errors",
                "X-Page-Cache",
            ],
            table,
        )
        + "\n"
    )
    out.append("### Queries and weight\n")
    out.append(
        "SQL queries per request counted with Django's test client under CaptureQueriesContext "
        "on the same database, after one warm-up request: *uncached* = rendering the page with "
        "nothing kept from earlier requests (the page cache and the memo of shared data, "
        "ogp_portal/content_memo.py, both off: what the first visitor after a change costs), "
        "*memo* = the page cache off and the memo on, as the uncached server runs, "
        "*cache hit* = served from the shared (database) page cache. *Few rows* = the demo "
        "content alone, measured before the large dataset was generated. Weight = the HTML "
        "gzip-compressed (level 6) plus every same-origin stylesheet, script, image and icon it "
        'references, as whitenoise serves them gzip-compressed; requests = 1 + those. "1 request '
        'ms" is one uncached request on its own in the test client (median of three, many '
        "rows), and how much of it the SQL queries took: the cost of rendering without load; "
        '"memo ms" the same with the memo on.\n'
    )
    table = []
    for key in pages:
        weight = weights[key]
        few = small.get(key, {})
        table.append(
            [
                LABELS[key],
                "—" if few.get("rows") is None else f"{few['rows']:,}",
                few.get("uncached", "—"),
                "—" if large[key]["rows"] is None else f"{large[key]['rows']:,}",
                large[key]["uncached"],
                large[key].get("memo_queries", "—"),
                large[key]["cached"],
                f"{large[key].get('render_ms', 0):.0f}",
                f"{large[key].get('sql_ms', 0):.0f}",
                f"{large[key].get('memo_render_ms', 0):.0f}",
                kb(weight["html"]),
                kb(weight["total"]),
                weight["requests"],
                ", ".join(weight["third_party"]) or "none",
            ]
        )
    out.append(
        markdown_table(
            [
                "Page",
                "few rows",
                "queries",
                "many rows",
                "queries",
                "queries (memo)",
                "queries (cache hit)",
                "1 request ms",
                "of it SQL ms",
                "memo ms",
                "HTML gz",
                "total gz",
                "requests",
                "third-party",
            ],
            table,
        )
        + "\n"
    )
    out.append("### Slowest SQL per page (uncached, many rows, one request)\n")
    for key in pages:
        for query in large[key].get("slowest_sql", [])[:1]:
            sql = " ".join(query["sql"].split())[:300].replace("`", "'")
            out.append(f"- {LABELS[key]}: {query['ms']:.1f} ms — `{sql}`")
    out.append("")
    out.append("### Targets\n")
    out.append(
        "Targets from issue 9: cached ≥ 50 % and uncached ≥ 10 % of /healthz throughput; p99 "
        "< 100 ms cached, < 300 ms uncached and for search; ≤ 12 queries, the same for few or "
        "many rows; ≤ 60 KB (61,440 bytes) compressed in ≤ 6 requests, none third-party (the "
        'CSV export is a download: no weight target); zero errors. "page cache hit" checks '
        "that the cached server really served the page from the cache.\n"
    )
    unmet = []
    table = []
    for row in evaluation:
        for name, met in row["checks"].items():
            if not met:
                unmet.append(f"{LABELS[row['key']]}: {name}")
        table.append(
            [
                LABELS[row["key"]],
                "all met"
                if all(row["checks"].values())
                else "; ".join(
                    f"**{name}: NOT MET**" for name, met in row["checks"].items() if not met
                ),
            ]
        )
    out.append(markdown_table(["Page", "Verdict"], table) + "\n")
    out.append(f"**{len(unmet)} target(s) not met.**\n" if unmet else "**Every target is met.**\n")
    if args.missing:
        out.append(
            "Not measured (route or data missing in the portal at the time of the run): "
            + "; ".join(args.missing)
            + ".\n"
        )
    return "\n".join(out), unmet


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3, help="wrk rounds per server (3)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (10)")
    parser.add_argument("--scale", type=float, default=1.0, help="dataset size (1.0 = issue 9)")
    parser.add_argument(
        "--quick", action="store_true", help="1 round of 3 s on a tenth of the data"
    )
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="keep ogp_bench from the previous run (no new dataset)",
    )
    parser.add_argument(
        "--allow-missing",
        action="store_true",
        help="measure the page types that exist when a route is missing (else fail)",
    )
    parser.add_argument("--port", type=int, default=8101, help="first of two ports (8101)")
    parser.add_argument(
        "--wait-quiet",
        type=int,
        default=120,
        help="seconds to wait for the load average to drop below the CPU count (120)",
    )
    parser.add_argument("--no-write", action="store_true", help="do not touch bench/results.md")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.duration, args.scale = 1, 3, 0.1
    started = time.monotonic()
    OUT_DIR.mkdir(exist_ok=True)

    ensure_wrk()
    facts = machine_facts()
    env = app_env(DATABASE)
    small_file = OUT_DIR / "queries-few-rows.json"
    urls_arguments = ["urls"] + (["--allow-missing"] if args.allow_missing else [])
    if args.reuse_database and database_exists(DATABASE):
        log(f"Reusing database {DATABASE}")
        collect_static(env)
        small = json.loads(small_file.read_text()) if small_file.exists() else {}
    else:
        prepare_database(DATABASE)
        log("Counting queries on the demo content (few rows)")
        small = query_counts(env, probe(env, *urls_arguments))
        small_file.write_text(json.dumps(small, ensure_ascii=False, indent=1))
        generate(env, args.scale)
    with pg_connection(DATABASE) as connection:
        counted = {
            "plans": "commitments_actionplan",
            "commitments": "commitments_commitment",
            "milestones": "commitments_milestone",
            "meetings": "forum_meeting",
            "agenda_items": "forum_agendaitem",
            "transcripts": "forum_transcript",
            "speaker_turns": "forum_speakerturn",
            "coalition_members": "coalition_member",
            "reports": "reports_report",
            "assessments": "reports_assessment",
        }
        args.dataset = {
            key: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for key, table in counted.items()
        }
        args.dataset["transcript words (approx.)"] = connection.execute(
            "SELECT coalesce(sum(array_length(regexp_split_to_array(text_ru, '\\s+'), 1)), 0) "
            "FROM forum_speakerturn"
        ).fetchone()[0]
    log("Dataset: " + ", ".join(f"{key} {value:,}" for key, value in args.dataset.items()))

    resolved = probe(env, *urls_arguments)
    args.missing = [LABELS[key] for key, page in resolved.items() if page is None]
    pages = {key: page for key, page in resolved.items() if page}
    log("Counting queries on the large dataset (many rows)")
    large = query_counts(env, pages)
    small = {key: value for key, value in small.items() if key in pages}

    servers = {
        "cached": Server(app_env(DATABASE, page_cache_seconds=300), args.port, "bench-cached"),
        "uncached": Server(
            app_env(DATABASE, page_cache_seconds=0), args.port + 1, "bench-uncached"
        ),
    }
    try:
        for name, server in servers.items():
            log(f"Starting gunicorn ({name}) on {server.base}")
            server.start()
        cache_state = check_pages(servers, pages)
        log("Measuring page weight")
        weights = {
            key: page_weight(servers["uncached"].port, page["path"]) for key, page in pages.items()
        }
        log("Warming up (2 s per address and server)")
        for server in servers.values():
            for page in pages.values():
                run_wrk(server.port, page["path"], connections=4, duration=2)
        wait_for_quiet(args.wait_quiet)
        facts["load"] = load_average()
        samples = measure_rounds(servers, pages, args.rounds, args.duration)
        facts["load_end"] = load_average()
    finally:
        for server in servers.values():
            server.stop()
    (OUT_DIR / "wrk-samples.json").write_text(json.dumps(samples, indent=1))
    summary = summarise(samples)
    evaluation = evaluate(pages, summary, small, large, weights, cache_state)
    print()
    print(console_table(pages, summary, large, weights))
    report, unmet = markdown_report(
        args, facts, pages, summary, small, large, weights, cache_state, evaluation
    )
    if not args.no_write:
        write_section("benchmark", report)
        log("Wrote the benchmark section of bench/results.md")
    print()
    if unmet:
        print(f"{len(unmet)} target(s) NOT met:")
        for line in unmet:
            print(f"  - {line}")
    else:
        print("Every target is met.")
    log(f"Benchmark finished in {(time.monotonic() - started) / 60:.1f} minutes")


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        print(f"\nbench: {error}", file=sys.stderr)
        sys.exit(1)
