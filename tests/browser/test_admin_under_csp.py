"""Admin pages render under the Content-Security-Policy with nothing blocked."""

import pytest
from django.contrib.auth import get_user_model

from pages.models import Page

from .conftest import csp_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long enough passphrase 42"


def sign_in(page, live_server):
    get_user_model().objects.create_superuser("chief", "chief@example.kg", PASSWORD)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def test_admin_pages_load_every_resource_under_the_csp(watched_page, live_server, demo_content):
    page = watched_page
    sign_in(page, live_server)
    target = Page.objects.create(slug="csp-check", title_ru="Проверка", title_en="Check")
    for path in [
        "/admin/",
        "/admin/pages/page/",
        f"/admin/pages/page/{target.pk}/change/",
        "/admin/pages/page/add/",
        f"/admin/pages/page/{target.pk}/history/",
        "/admin/translations/missing/",
        "/admin/history/deleted/",
    ]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
        assert csp_violations(page) == [], path
    assert page.failed_requests == []
    assert page.external_requests == []


def test_language_tabs_work_offline_in_admin(watched_page, live_server, demo_content):
    page = watched_page
    sign_in(page, live_server)
    target = Page.objects.create(slug="tabs-check", title_ru="Вкладки", title_ky="Өтмөктөр")
    page.goto(f"{live_server.url}/admin/pages/page/{target.pk}/change/")
    tabs = page.locator(".ui-tabs-nav").first
    tabs.wait_for()
    assert page.locator("#id_title_ky").is_hidden()
    page.locator(".ui-tabs-nav a", has_text="ky").first.click()
    assert page.locator("#id_title_ky").is_visible()
    assert page.locator("#id_title_ky").input_value() == "Өтмөктөр"
    assert csp_violations(page) == []
    assert page.external_requests == []
