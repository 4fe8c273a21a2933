"""gunicorn settings: workers from the CPU count, logs to stdout, bind from PORT."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
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
