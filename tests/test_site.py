"""Site-wide promises: one <h1>, health check, error pages, deploy checks, migrations, static."""

import os
import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections

from pages.models import KeyFigure, TimelineEvent

from .helpers import tags, text
from .public_pages import public_paths

pytestmark = pytest.mark.django_db

BASE_DIR = str(settings.BASE_DIR)


def run_manage(*args, env_overrides=None):
    env = {**os.environ, **(env_overrides or {})}
    # The browser tests need this switch; a production server never runs with it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("code", ["ru", "ky", "en"])
def test_every_public_page_has_exactly_one_h1(client, code):
    paths = public_paths(code)
    assert len(paths) >= 2
    for path in paths:
        html = text(client.get(path))
        assert len(tags(html, "h1")) == 1, path


def test_every_page_has_skip_link_and_landmarks(client):
    html = text(client.get("/ru/"))
    assert '<a class="skip-link" href="#main">' in html
    for landmark in ("<header", "<main", "<footer", "<nav"):
        assert landmark in html
    assert "<script" not in html, "pages must read without JavaScript"


def test_page_references_no_third_party_host(client):
    html = text(client.get("/ru/"))
    for attribute in ("src", "href"):
        for tag in ("script", "link", "img"):
            for attrs in tags(html, tag):
                url = attrs.get(attribute, "")
                if attrs.get("rel") == "alternate":
                    continue
                assert not url.startswith(("http://", "https://", "//")), url


@pytest.mark.parametrize(
    ("code", "figure_label", "event"),
    [
        ("ru", "Учреждено 20 сентября 2011 года", "Кыргызстан присоединился"),
        ("ky", "2011-жылдын 20-сентябрында негизделген", "Кыргызстан OGP эл аралык"),
        ("en", "Founded on 20 September 2011", "Kyrgyzstan joins the international"),
    ],
)
def test_home_shows_ogp_in_numbers_and_kyrgyzstans_path(client, code, figure_label, event):
    html = text(client.get(f"/{code}/"))
    assert figure_label in html
    assert event in html
    for number in ("79", "167", "3000+" if code != "en" else "3,000+", ">9<"):
        assert number in html
    assert "2017-09-19" in html and "2018-10-16" in html


def test_home_figures_are_content_staff_can_edit(client):
    figure = KeyFigure.objects.get(key="countries")
    figure.value_ru = "80"
    figure.save()
    assert "<strong>80</strong>" in text(client.get("/ru/"))


def test_footer_shows_the_secretariat_contacts(client):
    html = text(client.get("/en/"))
    assert "Imankadyr Zarlykovich Rysaliev" in html
    assert 'href="http://ogp.el.kg/"' in html


def test_load_demo_twice_changes_nothing():
    before = (KeyFigure.objects.count(), TimelineEvent.objects.count())
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert " 0 created, 0 updated" in output.getvalue().splitlines()[-1]
    assert (KeyFigure.objects.count(), TimelineEvent.objects.count()) == before


def test_healthz_answers_200_after_a_database_round_trip(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.fixture
def unreachable_database(django_db_blocker):
    connection = connections["default"]
    original = dict(connection.settings_dict)
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT="1")
        connection.settings_dict["OPTIONS"] = {**original.get("OPTIONS", {}), "connect_timeout": 1}
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(original)


@pytest.mark.django_db(transaction=True)
def test_healthz_answers_503_when_the_database_is_unreachable(client, unreachable_database):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("code", "phrase"), [("ru", "Портал временно недоступен"), ("ky", "Портал убактылуу")]
)
def test_pages_answer_a_friendly_503_when_the_database_is_unreachable(
    client, unreachable_database, code, phrase
):
    response = client.get(f"/{code}/about/")
    assert response.status_code == 503
    assert phrase in text(response)
    assert response["Retry-After"]


def test_no_pending_migrations():
    result = run_manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "ogp_portal.settings.production",
    "SECRET_KEY": "x7Qe2Lw9Vt4Rb8Np1Zk6Hs3Jd5Mf0Gc7Ya2Ux9Wq4Tr8Eo1Ip6As3Dl5Kj0Hg7Fb2Nv",
    "ALLOWED_HOSTS": "ogp.example.kg",
}


def test_check_deploy_reports_no_issues_under_production_settings():
    result = run_manage("check", "--deploy", env_overrides=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("secret", ["", "short", "django-insecure-" + "a" * 60])
def test_production_refuses_to_start_without_a_real_secret_key(secret):
    result = run_manage("check", env_overrides={**PRODUCTION_ENV, "SECRET_KEY": secret})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_trusts_the_proxy_scheme_header():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)",
        env_overrides=PRODUCTION_ENV,
    )
    assert "('HTTP_X_FORWARDED_PROTO', 'https')" in result.stdout, result.stderr


def test_static_files_are_hashed_compressed_and_cached_for_a_year(tmp_path, client, settings):
    result = run_manage(
        "collectstatic",
        "--no-input",
        env_overrides={
            "STATIC_ROOT": str(tmp_path),
            "DJANGO_SETTINGS_MODULE": "ogp_portal.settings.local",
        },
    )
    assert result.returncode == 0, result.stderr
    hashed = [p for p in (tmp_path / "css").iterdir() if p.name.startswith("portal.")]
    names = {p.name for p in hashed}
    assert any(n.endswith(".css.gz") for n in names)
    assert any(n.endswith(".css.br") for n in names)
    assert any(len(n.split(".")) == 3 and n.endswith(".css") for n in names), names
    assert settings.WHITENOISE_MAX_AGE >= 60 * 60 * 24 * 365
