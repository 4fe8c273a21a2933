"""Reading settings from the environment, in one place."""

import os
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from error


DEFAULT_SESSION_OPTIONS = "-c random_page_cost=1.1 -c jit=off"


def database_from_env():
    """DATABASE_URL picks the database; without it the quick start uses SQLite under var/."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        (BASE_DIR / "var").mkdir(exist_ok=True)
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "var" / "db.sqlite3",
            "OPTIONS": {"timeout": 20},
        }
    config = dj_database_url.parse(url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    config["CONN_HEALTH_CHECKS"] = True
    if config["ENGINE"] == "django.db.backends.postgresql":
        config.setdefault("OPTIONS", {})["connect_timeout"] = env_int("DB_CONNECT_TIMEOUT", 3)
        # .iterator() (form choices, exports) would open a named server-side cursor: a round trip
        # more per query for lists of a few hundred rows, and broken behind PgBouncer's
        # transaction pooling.
        config["DISABLE_SERVER_SIDE_CURSORS"] = True
        # The portal's data fits in memory, so a random read costs about as little as a
        # sequential one (PostgreSQL's default of 4 is for spinning disks: with it a list page's
        # 20 rows came from reading and sorting every commitment, 3.7 ms instead of 0.8 ms); and
        # its queries are too short for JIT compilation to pay back. Behind PgBouncer, which
        # refuses this start-up parameter, set DB_SESSION_OPTIONS= and put the same settings on
        # the database (ALTER DATABASE … SET random_page_cost = 1.1).
        session_options = env_str("DB_SESSION_OPTIONS", DEFAULT_SESSION_OPTIONS)
        if session_options:
            config["OPTIONS"].setdefault("options", session_options)
    return config


def cache_from_env():
    """CACHE_URL: unset or locmem:// (one process), redis://… or db://table (shared by servers)."""
    url = os.environ.get("CACHE_URL", "").strip() or "locmem://"
    parsed = urlparse(url)
    options = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
    if parsed.scheme == "locmem":
        backend = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": parsed.netloc or "ogp-portal",
        }
    elif parsed.scheme in {"redis", "rediss"}:
        backend = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url.split("?")[0],
        }
    elif parsed.scheme == "db":
        backend = {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": parsed.netloc or parsed.path.strip("/") or "portal_cache",
        }
    elif parsed.scheme == "dummy":
        backend = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    else:
        raise ImproperlyConfigured(
            f"CACHE_URL scheme {parsed.scheme!r} is not supported: use locmem, redis or db"
        )
    backend["TIMEOUT"] = int(options.get("timeout", 600))
    backend["KEY_PREFIX"] = options.get("prefix", "ogp")
    return {"default": backend}
