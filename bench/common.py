"""What the benchmark, the resilience check and the Lighthouse run share.

Only the standard library and the portal's own packages (psycopg) are used, so the scripts run
with the portal's virtualenv and nothing else. Every server these scripts start is stopped by
them, also when a step fails.
"""

import contextlib
import datetime
import gzip
import http.client
import os
import platform
import re
import runpy
import secrets
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import psycopg

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"  # logs and raw reports; ignored by git
RESULTS = BENCH_DIR / "results.md"
PYTHON = str(BASE_DIR / ".venv" / "bin" / "python")
if not Path(PYTHON).exists():
    PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")

DB_HOST = os.environ.get("BENCH_DB_HOST", "127.0.0.1")
DB_PORT = int(os.environ.get("BENCH_DB_PORT", "5432"))
DB_USER = os.environ.get("BENCH_DB_USER", "ogp")
DB_PASSWORD = os.environ.get("BENCH_DB_PASSWORD", "ogp-test-only")
# The name visitors' browsers send; the servers accept it and loopback addresses.
HOST = "ogp-bench.test"
# One key for every server a script starts, so they can read each other's sessions.
SECRET_KEY = secrets.token_urlsafe(64)
# The workers gunicorn.conf.py gives a server (its default, or WEB_CONCURRENCY): read from the
# file itself, which sets variables only, so the two cannot drift apart.
DEFAULT_WORKERS = runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))["workers"]


class BenchError(RuntimeError):
    """A precondition failed; the message says what to do."""


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


# ---------------------------------------------------------------------------- system


def as_root(command):
    if os.geteuid() == 0:
        return command
    if shutil.which("sudo"):
        return ["sudo", "-n", *command]
    raise BenchError(f"Needs root to run: {' '.join(command)}")


def ensure_wrk():
    """wrk comes from Debian; install it when absent (as root, through apt-get)."""
    if shutil.which("wrk"):
        return shutil.which("wrk")
    log("wrk is missing: installing Debian's package")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(as_root(["apt-get", "update", "-qq"]), check=True, env=env)
    subprocess.run(
        as_root(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"]),
        check=True,
        env=env,
    )
    if not shutil.which("wrk"):
        raise BenchError("apt-get did not install wrk")
    return shutil.which("wrk")


def command_output(command, default="?"):
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return default
    return (result.stdout or result.stderr).strip() or default


def machine_facts():
    """The machine and the versions the numbers were measured with."""
    cpu_model = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    with pg_connection("postgres") as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    versions = command_output(
        [
            PYTHON,
            "-c",
            "import django, gunicorn, psycopg; "
            "print(django.get_version(), gunicorn.__version__, psycopg.__version__)",
        ]
    ).split()
    wrk = command_output(["wrk", "-v"]).splitlines()[0] if shutil.which("wrk") else "absent"
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cpus": os.cpu_count(),
        "cpu_model": cpu_model,
        "memory": memory,
        "kernel": platform.release(),
        "python": command_output([PYTHON, "-c", "import sys; print(sys.version.split()[0])"]),
        "django": versions[0] if versions else "?",
        "gunicorn": versions[1] if len(versions) > 1 else "?",
        "psycopg": versions[2] if len(versions) > 2 else "?",
        "postgresql": postgres,
        "wrk": wrk.split(" Copyright")[0],
        "load": load_average(),
    }


def load_average():
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f}"


def machine_table(facts):
    rows = [
        ("Date", facts["date"]),
        ("CPUs (nproc)", facts["cpus"]),
        ("CPU model", facts["cpu_model"]),
        ("Memory", facts["memory"]),
        ("Kernel", facts["kernel"]),
        ("Python", facts["python"]),
        ("Django", facts["django"]),
        ("gunicorn", facts["gunicorn"]),
        ("psycopg", facts["psycopg"]),
        ("PostgreSQL", facts["postgresql"]),
        ("wrk", facts["wrk"]),
        ("Load average (1/5/15 min) at the start", facts["load"]),
    ]
    if facts.get("load_end"):
        rows.append(("Load average (1/5/15 min) at the end", facts["load_end"]))
    return markdown_table(["", ""], rows)


# ---------------------------------------------------------------------------- database


def database_url(name, port=None):
    return f"postgres://{DB_USER}:{DB_PASSWORD}@{DB_HOST}:{port or DB_PORT}/{name}"


@contextlib.contextmanager
def pg_connection(dbname, port=None):
    try:
        connection = psycopg.connect(
            host=DB_HOST,
            port=port or DB_PORT,
            user=DB_USER,
            password=DB_PASSWORD,
            dbname=dbname,
            autocommit=True,
            connect_timeout=5,
        )
    except psycopg.OperationalError as error:
        raise BenchError(
            f"Cannot reach PostgreSQL at {DB_HOST}:{port or DB_PORT} as {DB_USER}: {error}\n"
            "Start it with `bash scripts/test-services.sh` (as root)."
        ) from error
    try:
        yield connection
    finally:
        connection.close()


def database_exists(name):
    with pg_connection("postgres") as connection:
        return bool(
            connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        )


def recreate_database(name):
    """Drop (ending any session still attached) and create the database afresh."""
    if not re.fullmatch(r"ogp_[a-z0-9_]+", name):
        raise BenchError(f"Refusing to drop a database not named ogp_…: {name!r}")
    with pg_connection("postgres") as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}" OWNER "{DB_USER}"')


def connection_count(name):
    """Sessions open on the database, except the one asking."""
    with pg_connection("postgres") as connection:
        return connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchone()[0]


# ---------------------------------------------------------------------------- the portal


def app_env(database, *, page_cache_seconds=300, db_port=None, extra=None):
    """Production settings on the given database, with the database as the shared cache."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "CACHE_", "PAGE_CACHE"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "ogp_portal.settings.production",
            "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": f"{HOST},127.0.0.1,localhost",
            "DATABASE_URL": database_url(database, db_port),
            "CACHE_URL": "db://portal_cache",
            "PAGE_CACHE_SECONDS": str(page_cache_seconds),
            "STATIC_ROOT": str(OUT_DIR / "static"),
            "MEDIA_ROOT": str(OUT_DIR / "media"),
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            # No forwarded client address: the servers are reached over loopback directly.
            "TRUSTED_PROXY_COUNT": "0",
        }
    )
    env.update(extra or {})
    return env


def manage(env, *args, quiet=False, stdin_text=None):
    command = [PYTHON, str(BASE_DIR / "manage.py"), *args]
    result = subprocess.run(
        command,
        cwd=BASE_DIR,
        env=env,
        input=stdin_text,
        stdout=subprocess.PIPE if quiet else None,
        stderr=subprocess.STDOUT if quiet else None,
        text=True,
    )
    if result.returncode != 0:
        output = result.stdout or ""
        raise BenchError(f"manage.py {' '.join(args)} failed ({result.returncode})\n{output}")
    return result.stdout or ""


def manage_commands(env):
    output = manage(env, "help", "--commands", quiet=True)
    return set(output.split())


def prepare_database(database, *, log_step=log):
    """A new database with the schema, the cache table, the demo content and static files."""
    OUT_DIR.mkdir(exist_ok=True)
    env = app_env(database)
    log_step(f"Creating database {database}")
    recreate_database(database)
    log_step("Compiling translations, migrating, creating the cache table")
    manage(env, "compile_translations", "--verbosity", "0", quiet=True)
    manage(env, "migrate", "--no-input", "--verbosity", "0")
    manage(env, "createcachetable")
    log_step("Loading the demo content")
    manage(env, "load_demo")
    collect_static(env)
    return env


def collect_static(env):
    log("Collecting static files")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0", quiet=True)


class Server:
    """gunicorn with the portal's own gunicorn.conf.py on 127.0.0.1:port, stopped on exit."""

    def __init__(self, env, port, name, workers=None):
        self.env = dict(env)
        self.env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
        if workers:
            self.env["WEB_CONCURRENCY"] = str(workers)
        self.port = port
        self.name = name
        self.process = None
        self.log_path = OUT_DIR / f"gunicorn-{name}.log"

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=60):
        OUT_DIR.mkdir(exist_ok=True)
        if port_answers(self.port):
            raise BenchError(f"Port {self.port} is already taken; stop whatever listens there.")
        self.log_file = open(self.log_path, "w")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [GUNICORN, "--config", str(BASE_DIR / "gunicorn.conf.py"), "ogp_portal.wsgi"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(
                    f"gunicorn ({self.name}) exited with {self.process.returncode}; "
                    f"see {self.log_path}:\n{self.log_tail()}"
                )
            with contextlib.suppress(OSError):
                status, _headers, _body = http_get(self.port, "/healthz", timeout=5)
                if status == 200:
                    return self
            time.sleep(0.3)
        self.stop()
        raise BenchError(f"gunicorn ({self.name}) did not answer /healthz within {timeout}s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=25)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if self.process is not None and not self.log_file.closed:
            self.log_file.close()

    def log_tail(self, lines=30):
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def port_answers(port):
    import socket

    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


# ---------------------------------------------------------------------------- HTTP


class FrontProxy:
    """Stands in for the TLS-terminating proxy of a deployment: it forwards every request to
    gunicorn with X-Forwarded-Proto: https and X-Forwarded-For, and nothing else (no
    compression, no caching), so a browser sees the portal as production serves it.
    """

    HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection"}

    def __init__(self, port, backend_port):
        import http.server
        import threading

        backend = backend_port
        hop_by_hop = self.HOP_BY_HOP

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in hop_by_hop}
                headers["X-Forwarded-Proto"] = "https"
                headers["X-Forwarded-For"] = self.client_address[0]
                upstream = http.client.HTTPConnection("127.0.0.1", backend, timeout=60)
                try:
                    upstream.request(self.command, self.path, body=body, headers=headers)
                    response = upstream.getresponse()
                    content = response.read()
                    self.send_response(response.status, response.reason)
                    for name, value in response.getheaders():
                        if name.lower() not in hop_by_hop | {"content-length"}:
                            self.send_header(name, value)
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(content)
                finally:
                    upstream.close()

            do_GET = do_HEAD = do_POST = _forward

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.port = port

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def request_headers(extra=None):
    headers = {"Host": HOST, "X-Forwarded-Proto": "https", "User-Agent": "ogp-bench"}
    headers.update(extra or {})
    return headers


def http_request(port, method, path, *, body=None, headers=None, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=request_headers(headers))
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def http_get(port, path, *, headers=None, timeout=30):
    return http_request(port, "GET", path, headers=headers, timeout=timeout)


class _AssetCollector(HTMLParser):
    """The sub-resources a browser fetches for a page: styles, scripts, images, icons, frames."""

    def __init__(self):
        super().__init__()
        self.assets = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        rel = (attributes.get("rel") or "").lower().split()
        if tag == "link" and set(rel) & {"stylesheet", "icon", "preload", "modulepreload"}:
            self.assets.append(attributes.get("href"))
        elif tag in {"script", "img", "iframe", "audio", "video", "source", "embed"}:
            self.assets.append(attributes.get("src"))
            if attributes.get("srcset"):
                self.assets.extend(part.split()[0] for part in attributes["srcset"].split(","))
        elif tag == "object":
            self.assets.append(attributes.get("data"))
        if tag == "video" and attributes.get("poster"):
            self.assets.append(attributes["poster"])
        self.assets = [asset for asset in self.assets if asset]


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=6))


def page_weight(port, path):
    """A page's own weight: its HTML and what it loads from us, gzip-compressed; third parties.

    Returns {"html", "assets", "total", "requests", "third_party", "status"}; sizes in bytes.
    """
    status, headers, body = http_get(port, path)
    page_url = f"https://{HOST}{path}"
    result = {
        "status": status,
        "html": gzip_size(body),
        "assets": [],
        "third_party": [],
        "content_type": headers.get("Content-Type", ""),
    }
    if "html" not in result["content_type"]:
        result.update(total=result["html"], requests=1)
        return result
    collector = _AssetCollector()
    collector.feed(body.decode("utf-8", errors="replace"))
    pending = list(dict.fromkeys(collector.assets))
    seen = set()
    while pending:
        reference = pending.pop(0)
        if reference.startswith("data:"):
            continue
        absolute = urljoin(page_url, reference)
        parts = urlsplit(absolute)
        if parts.netloc != HOST:
            result["third_party"].append(absolute)
            continue
        asset_path = parts.path + (f"?{parts.query}" if parts.query else "")
        if asset_path in seen:
            continue
        seen.add(asset_path)
        asset_status, asset_headers, asset_body = http_get(
            port, asset_path, headers={"Accept-Encoding": "gzip"}
        )
        if asset_headers.get("Content-Encoding") == "gzip":
            size = len(asset_body)
            raw = gzip.decompress(asset_body)
        else:
            size = gzip_size(asset_body)
            raw = asset_body
        result["assets"].append({"path": asset_path, "status": asset_status, "size": size})
        if asset_path.endswith(".css"):
            for match in CSS_URL.finditer(raw.decode("utf-8", errors="replace")):
                nested = match.group(1) or match.group(2)
                if nested and not nested.startswith(("data:", "#")):
                    pending.append(urljoin(urljoin(page_url, asset_path), nested))
    result["total"] = result["html"] + sum(asset["size"] for asset in result["assets"])
    result["requests"] = 1 + len(result["assets"])
    return result


# ---------------------------------------------------------------------------- wrk

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _milliseconds(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"Unreadable wrk latency {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output):
    """Requests/s, p50/p99 (ms), requests, errors (non-2xx/3xx and socket) from wrk --latency."""
    result = {"non_2xx_3xx": 0, "socket_errors": 0, "raw": output}
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not match:
        raise BenchError(f"wrk printed no Requests/sec:\n{output}")
    result["rps"] = float(match.group(1))
    for percentile in ("50", "75", "90", "99"):
        match = re.search(rf"^\s+{percentile}%\s+(\S+)", output, re.MULTILINE)
        result[f"p{percentile}"] = _milliseconds(match.group(1)) if match else None
    match = re.search(r"(\d+) requests in", output)
    result["requests"] = int(match.group(1)) if match else 0
    if result["requests"] == 0:
        # Nothing came back within the run: latency is longer than the run itself.
        for percentile in ("50", "75", "90", "99"):
            result[f"p{percentile}"] = float("inf")
    match = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if match:
        result["non_2xx_3xx"] = int(match.group(1))
    match = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if match:
        result["socket_errors"] = sum(int(value) for value in match.groups())
        result["socket_detail"] = match.group(0)
    result["errors"] = result["non_2xx_3xx"] + result["socket_errors"]
    return result


def run_wrk(port, path, *, connections=16, duration=10, threads=2, script=None):
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "10s",
        "--latency",
        "-H",
        "X-Forwarded-Proto: https",
        "-H",
        f"Host: {HOST}",
        # What every browser sends: cached pages then go out as the cache keeps them.
        "-H",
        "Accept-Encoding: gzip, deflate, br",
    ]
    if script:
        command += ["-s", str(script)]
    command.append(f"http://127.0.0.1:{port}{path}")
    result = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    if result.returncode != 0:
        raise BenchError(f"wrk failed ({result.returncode}): {result.stderr or result.stdout}")
    parsed = parse_wrk(result.stdout)
    parsed["command"] = " ".join(command)
    wait_until_idle(port, connections, parsed["p50"])
    return parsed


def wait_until_idle(port, connections, p50_ms, workers=None):
    """Requests wrk left queued are still being served: let them finish before the next run.

    At most `connections` requests are in flight; the workers serve them in about
    connections × p50 / workers. Then one /healthz must come back.
    """
    workers = workers or DEFAULT_WORKERS
    latency = p50_ms if p50_ms != float("inf") else 10_000
    time.sleep(min(15.0, max(0.5, connections * latency / 1000 / workers)))
    with contextlib.suppress(OSError):
        http_get(port, "/healthz", timeout=30)


# ---------------------------------------------------------------------------- results.md


def markdown_table(header, rows):
    lines = ["| " + " | ".join(str(cell) for cell in header) + " |"]
    lines.append("|" + "|".join("---" for _cell in header) + "|")
    for row in rows:
        lines.append("| " + " | ".join(str(cell) for cell in row) + " |")
    return "\n".join(lines)


SECTION_ORDER = ["benchmark", "resilience", "lighthouse"]
RESULTS_TITLE = (
    "# Measurements of the OGP Kyrgyzstan portal\n\n"
    "Written by the scripts in `bench/` (see `bench/README.md`); each script rewrites only its "
    "own section. Do not edit by hand.\n"
)


def write_section(name, markdown):
    """Replace this script's section of bench/results.md, keeping the other scripts' sections."""
    sections = {}
    if RESULTS.exists():
        text = RESULTS.read_text()
        for match in re.finditer(
            r"<!-- BEGIN (\w+) -->\n(.*?)<!-- END \1 -->", text, flags=re.DOTALL
        ):
            sections[match.group(1)] = match.group(2)
    sections[name] = markdown.rstrip() + "\n"
    parts = [RESULTS_TITLE]
    for key in SECTION_ORDER + sorted(set(sections) - set(SECTION_ORDER)):
        if key in sections:
            parts.append(f"<!-- BEGIN {key} -->\n{sections[key]}<!-- END {key} -->\n")
    RESULTS.write_text("\n".join(parts))


def verdict(met):
    return "met" if met else "**NOT MET**"
