"""The quick start: without PostgreSQL every migration applies and the search still works."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from ..queries import SimpleBackend

pytestmark = pytest.mark.django_db


def test_the_simple_search_finds_word_forms_in_every_alphabet():
    """The fallback's own logic, on whatever database the tests run."""
    for language, query, expected in [
        ("ru", "открытых данных", "/ru/commitments/2018-2020/11/"),
        ("ru", "ВЫБОРОВ", "/ru/commitments/2018-2020/19/"),
        ("en", "Open Data", "/en/commitments/2018-2020/11/"),
        ("ky", "ачык маалыматтарды", "/ky/commitments/2018-2020/11/"),
    ]:
        backend = SimpleBackend(query, language)
        assert backend.count_by_kind()
        hits = backend.page(None, 0, 20)
        assert hits[0].url == expected, (language, query)
    (hit,) = SimpleBackend("политики открытых", "ru").page("commitment", 0, 20)
    assert "<mark>открыт</mark>ых" in hit.title_html


SQLITE_CHECK = """
from search.models import SearchEntry
from search.queries import search_hits
from django.db import connection
columns = [c.name for c in connection.introspection.get_table_description(
    connection.cursor(), "search_searchentry")]
assert "document" not in columns, columns
SearchEntry.objects.create(kind="commitment", object_id=1, language="ky",
    title="Кыргыз Республикасында ачык маалыматтар саясатын ишке ашыруу", body="",
    url="/ky/commitments/2018-2020/11/", text_language="ky")
SearchEntry.objects.create(kind="commitment", object_id=1, language="ru",
    title="Прозрачность финансирования выборов", body="", url="/ru/c/19/", text_language="ru")
print(search_hits(query="АЧЫК МААЛЫМАТТАРДЫ", language="ky")[0].url)
print(search_hits(query="Прозрачность выборов", language="ru")[0].url)
print(len(search_hits(query="ачык", language="ru")))
"""


def test_every_migration_applies_on_sqlite_and_the_search_works_there(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'quick-start.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "ogp_portal.settings.test",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    manage("migrate", "--no-input", "-v", "0")
    assert manage("shell", "-v", "0", "-c", SQLITE_CHECK).split()[-3:] == [
        "/ky/commitments/2018-2020/11/",
        "/ru/c/19/",
        "0",
    ]
    # The PostgreSQL-only column exists here, on the database the tests run on.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            columns = connection.introspection.get_table_description(cursor, "search_searchentry")
        assert "document" in [column.name for column in columns]
