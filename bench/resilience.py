"""Resilience of the portal (issue 9, point 4), written to the "resilience" section of results.md.

Three app servers (gunicorn, production settings) share one database and one cache (the
database cache table): A and B with the page cache, U without it. The script checks that

1. two servers: a change published through server A's admin (a staff editor's "return to draft"
   and "publish" actions) and a text saved from `manage.py shell` are visible through server B
   at once, although B had the page in its cache;
2. load: 64 connections for 30 seconds (wrk) on A and on U answer with no error, and no database
   connection is left behind (pg_stat_activity for the database, before, after, and once the
   servers are stopped);
3. outage: with the database gone, pages answer 503 with the friendly page in the visitor's
   language (ru, ky, en) and /healthz answers 503; once it is back, the same servers recover
   without a restart.

The outage is made one of two ways:
  --outage proxy     (default, safe on a shared machine) the servers reach PostgreSQL through a
                     TCP relay run by this script; "stopping" closes the relay and every
                     connection through it, so the portal sees exactly a database that went away;
  --outage postgres  the real thing: `pg_ctlcluster 15 main stop` / `start` (as root). It stops
                     PostgreSQL for everyone on the machine; PostgreSQL is started again at the
                     end whatever happens (try/finally).
  --outage none      skip part 3.

    .venv/bin/python bench/resilience.py [--outage proxy|postgres|none] [--reuse-database]
"""

import argparse
import contextlib
import json
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    BENCH_DIR,
    DB_HOST,
    DB_PORT,
    DEFAULT_WORKERS,
    HOST,
    OUT_DIR,
    PYTHON,
    BenchError,
    Server,
    app_env,
    as_root,
    collect_static,
    connection_count,
    database_exists,
    ensure_wrk,
    http_get,
    http_request,
    log,
    machine_facts,
    machine_table,
    manage,
    markdown_table,
    prepare_database,
    run_wrk,
    write_section,
)

DATABASE = "ogp_resilience"
PROXY_PORT = 55432
LANGUAGES = ("ru", "ky", "en")
CLUSTER = ("15", "main")


# ---------------------------------------------------------------------------- the outage


class TcpRelay:
    """A TCP relay to PostgreSQL that can be cut (as if the database went away) and restored."""

    def __init__(self, listen_port, target_host, target_port):
        self.listen_port = listen_port
        self.target = (target_host, target_port)
        self.listener = None
        self.sockets = set()
        self.lock = threading.Lock()

    def start(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.listen_port))
        self.listener.listen(128)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()
        return self

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # the listener was closed: the "database" is down
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self.lock:
                self.sockets.update((client, upstream))
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
                with self.lock:
                    self.sockets.discard(sock)

    def stop(self):
        """Refuse new connections and cut every open one."""
        if self.listener is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone would not, and the
            # kernel would go on accepting connections for it.
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            open_sockets = list(self.sockets)
        for sock in open_sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class Outage:
    """Takes the database away and brings it back, by relay or by pg_ctlcluster."""

    def __init__(self, mode):
        self.mode = mode
        self.relay = TcpRelay(PROXY_PORT, DB_HOST, DB_PORT) if mode == "proxy" else None
        self.postgres_stopped = False

    @property
    def db_port(self):
        return PROXY_PORT if self.relay else DB_PORT

    def open(self):
        if self.relay:
            self.relay.start()

    def stop_database(self):
        if self.relay:
            self.relay.stop()
        elif self.mode == "postgres":
            log("Stopping PostgreSQL: pg_ctlcluster 15 main stop")
            self.postgres_stopped = True
            subprocess.run(as_root(["pg_ctlcluster", *CLUSTER, "stop", "-m", "fast"]), check=True)

    def start_database(self):
        if self.relay:
            if self.relay.listener is None:
                self.relay.start()
        elif self.mode == "postgres" and self.postgres_stopped:
            log("Starting PostgreSQL: pg_ctlcluster 15 main start")
            subprocess.run(as_root(["pg_ctlcluster", *CLUSTER, "start"]), check=True)
            self.postgres_stopped = False
        wait_for_postgres()

    def close(self):
        """Always leaves PostgreSQL running, whatever failed before."""
        try:
            if self.mode == "postgres" and (self.postgres_stopped or not postgres_online()):
                self.postgres_stopped = True
                self.start_database()
        finally:
            if self.relay:
                self.relay.stop()


def postgres_online():
    result = subprocess.run(
        ["pg_isready", "-q", "-h", DB_HOST, "-p", str(DB_PORT)], capture_output=True
    )
    return result.returncode == 0


def wait_for_postgres(timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if postgres_online():
            return
        time.sleep(0.5)
    raise BenchError(f"PostgreSQL did not come back within {timeout}s")


# ---------------------------------------------------------------------------- a staff browser


class StaffBrowser:
    """Just enough of a browser for the admin: cookies, the CSRF token, same-origin headers."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def _headers(self, extra=None):
        headers = dict(extra or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return headers

    def _remember(self, headers):
        for header in headers.get_all("Set-Cookie") or []:
            name, _sep, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "max-age=0" in header.lower() or value in ("", '""'):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value

    def get(self, path):
        status, headers, body = http_get(self.port, path, headers=self._headers())
        self._remember(headers)
        return status, headers, body.decode("utf-8", errors="replace")

    def post(self, path, data):
        token = self.csrf_token()
        status, headers, body = http_request(
            self.port,
            "POST",
            path,
            body=urlencode({**data, "csrfmiddlewaretoken": token}),
            headers=self._headers(
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Origin": f"https://{HOST}",
                    "Referer": f"https://{HOST}{path}",
                }
            ),
        )
        self._remember(headers)
        return status, headers, body.decode("utf-8", errors="replace")

    def csrf_token(self):
        for name, value in self.cookies.items():
            if name.endswith("csrftoken"):
                return value
        raise BenchError("The admin set no CSRF cookie")

    def log_in(self, username, password):
        self.get("/admin/login/")
        status, _headers, body = self.post(
            "/admin/login/?next=/admin/",
            {"username": username, "password": password, "next": "/admin/"},
        )
        if status != 302 or not any(name.endswith("sessionid") for name in self.cookies):
            raise BenchError(f"Staff login through server A failed ({status}):\n{body[:500]}")


# ---------------------------------------------------------------------------- checks


class Report:
    def __init__(self):
        self.rows = []

    def check(self, part, name, passed, detail=""):
        self.rows.append((part, name, bool(passed), detail))
        log(f"{'PASS' if passed else 'FAIL'} [{part}] {name}{': ' + detail if detail else ''}")
        return passed

    @property
    def failures(self):
        return [row for row in self.rows if not row[2]]


def django_snippet(env, code):
    """Run a few lines of Django (as `manage.py shell -c`) and return their JSON output."""
    output = manage(env, "shell", "--no-imports", "-c", code, quiet=True)
    return json.loads(output.strip().splitlines()[-1])


def page_cache_state(server, path):
    status, headers, body = http_get(server.port, path)
    return status, headers.get("X-Page-Cache", "none"), body.decode("utf-8", errors="replace")


def warm(server, path):
    for _attempt in range(2):
        status, state, _body = page_cache_state(server, path)
    return status, state


def check_two_servers(report, env, server_a, server_b):
    part = "two servers"
    target = django_snippet(
        env,
        "import json\n"
        "from django.utils import translation\n"
        "from commitments.models import Commitment\n"
        "c = Commitment.objects.published().select_related('plan').order_by('-plan__number',"
        " 'number').first()\n"
        "with translation.override('ru'):\n"
        "    print(json.dumps({'pk': c.pk, 'title': c.title_ru, 'detail': c.get_absolute_url()}))",
    )
    list_path = "/ru/commitments/"
    status, state = warm(server_b, list_path)
    report.check(
        part,
        "B serves the commitment list from the shared cache before the change",
        status == 200 and state == "hit",
        f"{list_path}: {status}, X-Page-Cache {state}",
    )

    # A staff editor logs in on A and returns the commitment to draft, then publishes it again.
    username = f"bench-editor-{secrets.token_hex(3)}"
    password = secrets.token_urlsafe(18)
    manage(
        env,
        "create_staff",
        username,
        "--email",
        f"{username}@example.org",
        "--role",
        "editor",
        "--password-stdin",
        quiet=True,
        stdin_text=password + "\n",
    )
    editor = StaffBrowser(server_a.port)
    editor.log_in(username, password)
    changelist = "/admin/commitments/commitment/"
    title = target["title"]
    for action, visible in (("unpublish", False), ("publish", True)):
        status, _headers, _body = editor.post(
            changelist, {"action": action, "_selected_action": target["pk"], "index": 0}
        )
        posted = status == 302
        list_status, state, html = page_cache_state(server_b, list_path)
        shown = title in html
        detail_status, _state, _html = page_cache_state(server_b, target["detail"])
        report.check(
            part,
            f"admin action '{action}' posted through A is visible through B at once",
            posted
            and list_status == 200
            and shown == visible
            and detail_status == (200 if visible else 404),
            f"POST {changelist} → {status}; B {list_path}: X-Page-Cache {state}, "
            f"title {'shown' if shown else 'absent'}; B {target['detail']} → {detail_status}",
        )
        warm(server_b, list_path)

    # A text saved outside any server (manage.py shell, as a data fix would be).
    marker = f"Проверка кэша {secrets.token_hex(4)}"
    django_snippet(
        env,
        "import json\n"
        "from commitments.models import Commitment\n"
        f"c = Commitment.objects.get(pk={target['pk']})\n"
        f"c.title_ru = {marker!r}\n"
        "c.save()\n"
        "print(json.dumps(True))",
    )
    list_status, state, html = page_cache_state(server_b, list_path)
    _status, state_a, html_a = page_cache_state(server_a, list_path)
    report.check(
        part,
        "a title saved through manage.py shell shows on A and B at once",
        list_status == 200 and marker in html and marker in html_a,
        f"B: X-Page-Cache {state}, new title {'shown' if marker in html else 'absent'}; "
        f"A: X-Page-Cache {state_a}, new title {'shown' if marker in html_a else 'absent'}",
    )
    django_snippet(
        env,
        "import json\n"
        "from commitments.models import Commitment\n"
        f"c = Commitment.objects.get(pk={target['pk']})\n"
        f"c.title_ru = {title!r}\n"
        "c.save()\n"
        "print(json.dumps(True))",
    )


WRK_MIX = """
local paths = {%s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def check_load(report, servers, database, paths, workers, server_count):
    part = "64 connections"
    script = Path(tempfile.mkstemp(suffix=".lua", dir=OUT_DIR)[1])
    script.write_text(WRK_MIX % ", ".join(json.dumps(path) for path in paths))
    limit = workers * server_count
    before = connection_count(database)
    results = {}
    for name, server in servers.items():
        result = run_wrk(server.port, paths[0], connections=64, duration=30, script=script)
        results[name] = result
        report.check(
            part,
            f"server {name}: 64 connections for 30 s, no errors",
            result["errors"] == 0 and result["requests"] > 0,
            f"{result['requests']:,} requests, {result['rps']:.0f} req/s, p50 "
            f"{result['p50']:.0f} ms, p99 {result['p99']:.0f} ms, "
            f"non-2xx/3xx {result['non_2xx_3xx']}, socket errors {result['socket_errors']}"
            + (f" ({result['socket_detail']})" if result["socket_errors"] else ""),
        )
    time.sleep(2)
    after = connection_count(database)
    report.check(
        part,
        "database connections stay within one per worker",
        after <= limit,
        f"{before} before the load, {after} after it; {limit} workers in all "
        "(each keeps at most one connection, CONN_MAX_AGE)",
    )
    script.unlink()
    return results


def expected_503_titles(env):
    """The 503 page's <h1> in each language, rendered by Django itself from the catalogues."""
    return django_snippet(
        env,
        "import json, re\n"
        "from django.template.loader import render_to_string\n"
        "from django.test import RequestFactory\n"
        "from django.utils import translation\n"
        "titles = {}\n"
        f"for code in {list(LANGUAGES)!r}:\n"
        "    with translation.override(code):\n"
        "        request = RequestFactory().get(f'/{code}/', HTTP_HOST='127.0.0.1')\n"
        "        request.LANGUAGE_CODE = code\n"
        "        html = render_to_string('503.html', {'database_down': True}, request=request)\n"
        "    titles[code] = re.search(r'<h1[^>]*>(.*?)</h1>', html, re.S).group(1).strip()\n"
        "print(json.dumps(titles, ensure_ascii=False))",
    )


def check_outage(report, outage, servers, pages, titles):
    part = f"database outage ({outage.mode})"
    for server in servers.values():
        for path in pages:
            warm(server, path)
    outage.stop_database()
    started = time.monotonic()
    try:
        # A and B keep pages in the shared cache; U renders every page: both must answer 503.
        for name in ("A", "U"):
            for code in LANGUAGES:
                answers, friendly = [], True
                for path in pages:
                    localized = re.sub(r"^/ru/", f"/{code}/", path)
                    status, headers, body = http_get(servers[name].port, localized, timeout=30)
                    html = body.decode("utf-8", errors="replace")
                    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
                    title = h1.group(1).strip() if h1 else None
                    ok = (
                        status == 503
                        and f'lang="{code}"' in html
                        and title == titles[code]
                        and headers.get("Retry-After") is not None
                    )
                    friendly &= ok
                    answers.append(f"{localized} → {status}" + ("" if ok else f" «{title}»"))
                report.check(
                    part,
                    f"server {name}: pages answer 503 with the friendly page in '{code}' "
                    f"(«{titles[code]}»)",
                    friendly,
                    "; ".join(answers),
                )
        for name, each in servers.items():
            status, _headers, body = http_get(each.port, "/healthz", timeout=30)
            report.check(part, f"/healthz on {name} answers 503", status == 503, f"{status}")
    finally:
        outage.start_database()
    down_for = time.monotonic() - started
    deadline = time.monotonic() + 60
    recovered = {}
    while time.monotonic() < deadline and len(recovered) < len(servers):
        for name, each in servers.items():
            if name in recovered:
                continue
            statuses = [http_get(each.port, path, timeout=30)[0] for path in ["/healthz", *pages]]
            if all(status == 200 for status in statuses):
                recovered[name] = time.monotonic() - started - down_for
        time.sleep(0.5)
    for name in servers:
        report.check(
            part,
            f"server {name} recovers without a restart",
            name in recovered,
            f"every page 200 again {recovered[name]:.1f} s after the database came back"
            if name in recovered
            else "still failing 60 s after the database came back",
        )


def write_report(report, facts, args, load_results):
    lines = ["## Resilience (bench/resilience.py)\n"]
    lines.append(
        "Three gunicorn servers under production settings on one database and one shared cache "
        "(the database cache table): A and B with the page cache (PAGE_CACHE_SECONDS=300), U "
        f"without it. Outage made by: **{args.outage}**"
        + (
            " (a TCP relay between the servers and PostgreSQL, cut and restored by the script: "
            "the servers see a database that went away; PostgreSQL itself keeps running for "
            "the other users of this machine; run with `--outage postgres` for the real stop)"
            if args.outage == "proxy"
            else " (`pg_ctlcluster 15 main stop` / `start`)"
            if args.outage == "postgres"
            else " (part 3 skipped)"
        )
        + ".\n"
    )
    lines.append(machine_table(facts) + "\n")
    lines.append(
        markdown_table(
            ["Part", "Check", "Result", "Detail"],
            [
                (part, name, "pass" if passed else "**FAIL**", detail.replace("|", "\\|"))
                for part, name, passed, detail in report.rows
            ],
        )
        + "\n"
    )
    failures = report.failures
    lines.append(
        f"**{len(failures)} check(s) failed.**\n" if failures else "**Every check passed.**\n"
    )
    write_section("resilience", "\n".join(lines))


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--outage", choices=["proxy", "postgres", "none"], default="proxy")
    parser.add_argument("--database", default=DATABASE, help=f"(default {DATABASE})")
    parser.add_argument(
        "--reuse-database", action="store_true", help="keep the database if it exists"
    )
    parser.add_argument("--port", type=int, default=8201, help="first of three ports (8201)")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers per server")
    parser.add_argument("--no-write", action="store_true", help="do not touch bench/results.md")
    args = parser.parse_args()
    if args.outage == "postgres" and not sys.stdin.isatty():
        log("--outage postgres: PostgreSQL will be stopped for everyone on this machine")

    ensure_wrk()
    OUT_DIR.mkdir(exist_ok=True)
    if args.reuse_database and database_exists(args.database):
        log(f"Reusing database {args.database}")
        collect_static(app_env(args.database))
    else:
        prepare_database(args.database)
    facts = machine_facts()
    report = Report()
    outage = Outage(args.outage)
    load_results = {}
    servers = {}
    try:
        outage.open()
        workers = args.workers or DEFAULT_WORKERS
        env = app_env(args.database, db_port=outage.db_port)
        uncached_env = app_env(args.database, page_cache_seconds=0, db_port=outage.db_port)
        baseline = connection_count(args.database)
        servers = {
            "A": Server(env, args.port, "resilience-A", workers=workers),
            "B": Server(env, args.port + 1, "resilience-B", workers=workers),
            "U": Server(uncached_env, args.port + 2, "resilience-U", workers=workers),
        }
        for name, server in servers.items():
            log(f"Starting server {name} on {server.base}")
            server.start()
        resolved = json.loads(
            subprocess.run(
                [PYTHON, str(BENCH_DIR / "probe.py"), "urls", "--allow-missing"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        paths = [page["path"] for page in resolved.values() if page]
        check_two_servers(report, env, servers["A"], servers["B"])
        load_results = check_load(
            report,
            {"A": servers["A"], "U": servers["U"]},
            args.database,
            paths,
            workers,
            server_count=len(servers),
        )
        if args.outage != "none":
            titles = expected_503_titles(env)
            outage_pages = [
                resolved[key]["path"]
                for key in ("home", "commitments", "commitment", "transcript")
                if resolved.get(key)
            ]
            check_outage(report, outage, servers, outage_pages, titles)
    finally:
        for server in servers.values():
            server.stop()
        outage.close()
    deadline = time.monotonic() + 15
    while connection_count(args.database) > baseline and time.monotonic() < deadline:
        time.sleep(0.5)
    final = connection_count(args.database)
    report.check(
        "64 connections",
        "no connection left once the servers stop",
        final <= baseline,
        f"{baseline} before the servers started, {final} after they stopped",
    )
    if not args.no_write:
        write_report(report, facts, args, load_results)
        log("Wrote the resilience section of bench/results.md")
    if report.failures:
        print(f"\n{len(report.failures)} check(s) FAILED:")
        for part, name, _passed, detail in report.failures:
            print(f"  - [{part}] {name}: {detail}")
        sys.exit(1)
    print("\nEvery resilience check passed.")


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        print(f"\nresilience: {error}", file=sys.stderr)
        sys.exit(1)
