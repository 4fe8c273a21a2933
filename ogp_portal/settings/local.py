"""Quick start on one machine: SQLite under var/ unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", False)
# The quick start must run without any set-up; a real deployment uses production settings.
SECRET_KEY = env_str("SECRET_KEY") or "local-quick-start-only-not-for-production-use-0123456789"
