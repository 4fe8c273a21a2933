"""gunicorn settings: workers from the CPU count, logs to stdout, bind from PORT."""

import os


def usable_cpus():
    """The CPUs this process may run on (a container's --cpuset-cpus), not all the host's. A CPU
    quota (--cpus) is not seen: set WEB_CONCURRENCY under one."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# One sync worker per CPU, and one more to fill the gaps while others wait for PostgreSQL.
# Rendering is CPU-bound: on the 2-CPU benchmark machine, with PostgreSQL on the same host,
# 3 workers served uncached pages 7-9 % faster than the usual 2 x CPUs + 1 (5), /healthz the
# same; the extra workers only took turns on the same CPUs. Raise WEB_CONCURRENCY where
# requests wait longer on I/O (a distant database, no buffering proxy in front).
workers = int(os.environ.get("WEB_CONCURRENCY", usable_cpus() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Workers are recycled now and then to bound memory; loading the app once in the master makes
# that a cheap fork instead of a fresh import of Django and every app in each new worker.
preload_app = True
# A new worker starts without its database connection and the memo of shared data: recycling
# is for bounding memory, rare enough not to show in response times.
max_requests = 10000
max_requests_jitter = 1000
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    """In the master, once the portal is loaded (preload_app) and before the first fork."""
    if preload_app:
        from ogp_portal.warmup import prepare_for_fork

        server.log.info("Compiled %d templates before forking workers", prepare_for_fork())
