"""Lighthouse scores of the portal's pages, written to the "lighthouse" section of results.md.

Serves the portal with gunicorn under production settings on 127.0.0.1 (its own database with
the demo content, or the benchmark's large one with --database ogp_bench --reuse-database),
then runs Lighthouse 12 (pinned in bench/package.json, run with npx from bench/node_modules)
in Debian's Chromium on the home, list and detail pages, for a phone (Lighthouse's default:
emulated mid-range phone, simulated slow 4G) and for a desktop (--preset=desktop).

Targets (issue 9): 100 for accessibility and SEO, at least 95 for performance and best
practices. Every audit that fails is listed by name with the elements it points at, so the
templates can be fixed.

    .venv/bin/python bench/lighthouse.py [--form-factor mobile|desktop|both] [--pages home,...]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    BENCH_DIR,
    OUT_DIR,
    PYTHON,
    BenchError,
    FrontProxy,
    Server,
    app_env,
    as_root,
    collect_static,
    database_exists,
    http_get,
    log,
    machine_facts,
    machine_table,
    markdown_table,
    prepare_database,
    write_section,
)

DATABASE = "ogp_lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 100}
DEFAULT_PAGES = [
    "home",
    "commitments",
    "commitment",
    "meetings",
    "meeting",
    "transcript",
    "coalition",
    "reports",
    "report",
]
LABELS = {
    "home": "Home",
    "commitments": "Commitment list",
    "commitments_filtered": "Commitment list, filtered",
    "commitment": "Commitment",
    "meetings": "Forum meetings",
    "meeting": "Forum meeting",
    "transcript": "Transcript",
    "coalition": "Coalition list",
    "reports": "Reports list",
    "report": "Report",
    "themes": "Themes",
    "search": "Search",
}
METRICS = [
    ("first-contentful-paint", "FCP"),
    ("largest-contentful-paint", "LCP"),
    ("total-blocking-time", "TBT"),
    ("cumulative-layout-shift", "CLS"),
    ("speed-index", "SI"),
]


def ensure_tools():
    lighthouse = BENCH_DIR / "node_modules" / ".bin" / "lighthouse"
    if not lighthouse.exists():
        if not shutil.which("npm"):
            raise BenchError(
                "Lighthouse needs Node.js and npm (Debian: apt-get install nodejs npm)"
            )
        log("Installing Lighthouse from bench/package-lock.json (npm ci)")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=BENCH_DIR, check=True)
    if not Path(CHROMIUM).exists():
        log("Chromium is missing: installing Debian's package")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(as_root(["apt-get", "update", "-qq"]), check=True, env=env)
        subprocess.run(
            as_root(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]),
            check=True,
            env=env,
        )
    version = subprocess.run(
        ["npx", "--no-install", "lighthouse", "--version"],
        cwd=BENCH_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout
    return version, chromium.strip()


def run_lighthouse(url, key, form_factor):
    report_path = OUT_DIR / f"lighthouse-{key}-{form_factor}.json"
    command = [
        "npx",
        "--no-install",
        "lighthouse",
        url,
        "--output=json",
        f"--output-path={report_path}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
        "--quiet",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    for attempt in range(1, 4):
        report_path.unlink(missing_ok=True)
        result = subprocess.run(
            command,
            cwd=BENCH_DIR,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode == 0 and report_path.exists():
            return json.loads(report_path.read_text())
        # Chromium on a busy machine now and then loses the trace (NO_NAVSTART): try again.
        log(f"  Lighthouse failed (attempt {attempt}/3): {result.stderr.strip()[-300:]}")
    raise BenchError(f"Lighthouse failed on {url} ({form_factor}):\n{result.stderr[-3000:]}")


def failing_audits(report):
    """(category, audit id, title, display value, up to 5 elements) for audits below 100 %."""
    failures = []
    for category_key in CATEGORIES:
        category = report["categories"][category_key]
        for reference in category["auditRefs"]:
            audit = report["audits"][reference["id"]]
            if audit.get("scoreDisplayMode") == "error":
                failures.append(
                    {
                        "category": category_key,
                        "id": reference["id"],
                        "title": f"{audit.get('title', '')} (the audit failed to run)",
                        "value": "",
                        "elements": [audit.get("errorMessage", "")],
                        "weight": reference.get("weight", 0),
                    }
                )
                continue
            if audit.get("scoreDisplayMode") not in {"binary", "numeric", "metricSavings"}:
                continue
            if audit.get("score") is None or audit["score"] >= 1:
                continue
            if category_key == "performance" and reference.get("group") == "metrics":
                continue  # metrics are shown separately
            elements = []
            items = (audit.get("details") or {}).get("items")
            for item in items[:5] if isinstance(items, list) else []:
                if not isinstance(item, dict):
                    continue
                node = item.get("node") or {}
                if node.get("selector") or node.get("snippet"):
                    elements.append(f"{node.get('selector', '')} {node.get('snippet', '')}".strip())
                elif item.get("url"):
                    elements.append(item["url"])
                elif item.get("description"):
                    elements.append(str(item["description"]))
            failures.append(
                {
                    "category": category_key,
                    "id": reference["id"],
                    "title": audit.get("title", ""),
                    "value": audit.get("displayValue", ""),
                    "elements": elements,
                    "weight": reference.get("weight", 0),
                }
            )
    return failures


def summarise(report):
    # A category whose audit errored has no score: count it as 0 and list the error.
    scores = {key: round((report["categories"][key]["score"] or 0) * 100) for key in CATEGORIES}
    metrics = {
        label: report["audits"][audit_id].get("displayValue", "")
        for audit_id, label in METRICS
        if audit_id in report["audits"]
    }
    return {"scores": scores, "metrics": metrics, "failures": failing_audits(report)}


def markdown_report(results, facts, versions, database, form_factors):
    lines = ["## Lighthouse (bench/lighthouse.py)\n"]
    lines.append(
        f"Lighthouse {versions[0]} in {versions[1]} (`--headless=new --no-sandbox`), against "
        "gunicorn under production settings on 127.0.0.1, behind a small local proxy standing "
        "in for the TLS-terminating one (it adds `X-Forwarded-Proto: https` to every request, "
        "robots.txt included, and neither compresses nor caches), "
        f"database `{database}`, page cache on. Form factors: {', '.join(form_factors)} "
        "(mobile = Lighthouse's default emulated phone on simulated slow 4G; desktop = "
        "`--preset=desktop`). Targets: accessibility 100, SEO 100, performance ≥ 95, best "
        "practices ≥ 95.\n"
    )
    lines.append(machine_table(facts) + "\n")
    rows, unmet = [], []
    for (key, form_factor), result in results.items():
        scores = result["scores"]
        cells = []
        for category in CATEGORIES:
            met = scores[category] >= TARGETS[category]
            cells.append(str(scores[category]) if met else f"**{scores[category]}**")
            if not met:
                unmet.append(
                    f"{LABELS.get(key, key)} ({form_factor}): {category} {scores[category]}"
                )
        rows.append(
            [
                LABELS.get(key, key),
                f"`{result['path']}`",
                form_factor,
                *cells,
                ", ".join(f"{label} {value}" for label, value in result["metrics"].items()),
            ]
        )
    lines.append(
        markdown_table(
            [
                *("Page", "Address", "Form factor", "Performance", "Accessibility"),
                *("Best practices", "SEO", "Metrics"),
            ],
            rows,
        )
        + "\n"
    )
    lines.append(
        f"**{len(unmet)} score(s) below target** (bold above).\n"
        if unmet
        else "**Every score meets its target.**\n"
    )
    failures = {}
    for (key, form_factor), result in results.items():
        for failure in result["failures"]:
            entry = failures.setdefault(
                (failure["category"], failure["id"]),
                {
                    "title": failure["title"],
                    "pages": [],
                    "elements": [],
                    "weight": failure["weight"],
                },
            )
            entry["pages"].append(f"{LABELS.get(key, key)} ({form_factor})")
            for element in failure["elements"]:
                if element not in entry["elements"] and len(entry["elements"]) < 6:
                    entry["elements"].append(element)
    lines.append("### Audits that fail\n")
    lines.append(
        "Audits that count towards a score (weight > 0) and did not pass, with up to six of the "
        "elements or resources they point at:\n"
    )
    counted = {key: entry for key, entry in failures.items() if entry["weight"] > 0}
    advice = {key: entry for key, entry in failures.items() if entry["weight"] == 0}
    if not counted:
        lines.append("None.\n")
    for (category, audit_id), entry in sorted(counted.items()):
        pages_list = ", ".join(entry["pages"])
        lines.append(f"- **{category} / `{audit_id}`**: {entry['title']} — on {pages_list}")
        for element in entry["elements"]:
            shown = element.replace("`", "'")[:200]
            lines.append(f"  - `{shown}`")
    if advice:
        lines.append(
            "\nAdvice that does not count towards the score (weight 0): "
            + "; ".join(
                f"`{audit_id}` ({entry['title']}, {len(entry['pages'])} page(s))"
                for (_category, audit_id), entry in sorted(advice.items())
            )
            + "."
        )
    lines.append("")
    lines.append(
        "The full reports are in bench/out/lighthouse-*.json (not kept in git); open one with "
        "`npx lighthouse --view` or the Lighthouse viewer.\n"
    )
    return "\n".join(lines), unmet, failures


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--database", default=DATABASE, help=f"(default {DATABASE}, demo content)")
    parser.add_argument("--reuse-database", action="store_true")
    parser.add_argument("--form-factor", choices=["mobile", "desktop", "both"], default="both")
    parser.add_argument(
        "--pages", default=",".join(DEFAULT_PAGES), help=f"(default {','.join(DEFAULT_PAGES)})"
    )
    parser.add_argument("--port", type=int, default=8301)
    parser.add_argument("--no-write", action="store_true", help="do not touch bench/results.md")
    args = parser.parse_args()
    form_factors = ["mobile", "desktop"] if args.form_factor == "both" else [args.form_factor]
    OUT_DIR.mkdir(exist_ok=True)
    versions = ensure_tools()
    if args.reuse_database and database_exists(args.database):
        log(f"Reusing database {args.database}")
        collect_static(app_env(args.database))
    else:
        prepare_database(args.database)
    env = app_env(args.database)
    resolved = subprocess.run(
        [PYTHON, str(BENCH_DIR / "probe.py"), "urls", "--allow-missing", "--extra"],
        env=env,
        capture_output=True,
        text=True,
    )
    if resolved.returncode != 0:
        raise BenchError(f"bench/probe.py urls failed:\n{resolved.stderr[-3000:]}")
    pages = json.loads(resolved.stdout)
    wanted = [key.strip() for key in args.pages.split(",") if key.strip()]
    missing = [key for key in wanted if not pages.get(key)]
    if missing:
        raise BenchError(f"No address for these pages on {args.database}: {', '.join(missing)}")
    facts = machine_facts()
    results = {}
    with (
        Server(env, args.port, "lighthouse") as server,
        FrontProxy(args.port + 1, server.port) as proxy,
    ):
        for key in wanted:
            path = pages[key]["path"]
            status, _headers, _body = http_get(server.port, path)
            if status != 200:
                raise BenchError(f"{path} answered {status}; see {server.log_path}")
            for form_factor in form_factors:
                log(f"Lighthouse: {LABELS.get(key, key)} ({form_factor}) {path}")
                result = summarise(run_lighthouse(f"{proxy.base}{path}", key, form_factor))
                result["path"] = path
                results[(key, form_factor)] = result
                log(
                    "  "
                    + ", ".join(f"{name} {score}" for name, score in result["scores"].items())
                    + (
                        "; failing: " + ", ".join(f["id"] for f in counted)
                        if (counted := [f for f in result["failures"] if f["weight"] > 0])
                        else ""
                    )
                )
    report, unmet, _failures = markdown_report(
        results, facts, versions, args.database, form_factors
    )
    if not args.no_write:
        write_section("lighthouse", report)
        log("Wrote the lighthouse section of bench/results.md")
    print()
    print(report)
    sys.exit(1 if unmet else 0)


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        print(f"\nlighthouse: {error}", file=sys.stderr)
        sys.exit(1)
