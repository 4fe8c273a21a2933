"""How the portal talks to PostgreSQL: planner settings for a database that fits in memory."""

import pytest
from django.db import connection

from ogp_portal.settings.env import database_from_env

URL = "postgres://ogp:secret@db.example:5432/ogp"


@pytest.mark.django_db
def test_the_test_database_plans_for_data_in_memory():
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


def test_the_planner_settings_can_be_left_to_the_database(monkeypatch):
    """Behind PgBouncer, which refuses the start-up parameter, they are switched off."""
    monkeypatch.setenv("DATABASE_URL", URL)
    assert database_from_env()["OPTIONS"]["options"] == "-c random_page_cost=1.1 -c jit=off"
    monkeypatch.setenv("DB_SESSION_OPTIONS", "")
    assert "options" not in database_from_env()["OPTIONS"]
    monkeypatch.setenv("DB_SESSION_OPTIONS", "-c work_mem=8MB")
    assert database_from_env()["OPTIONS"]["options"] == "-c work_mem=8MB"
