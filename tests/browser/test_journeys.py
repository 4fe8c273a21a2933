"""The portal as its users use it, in headless Chromium."""

import re

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from commitments.models import Commitment
from forum.models import TranscriptFile
from publishing.roles import COALITION_MODERATOR, SECRETARIAT_EDITOR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long enough passphrase 42"


def staff(username, role):
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


def sign_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


@pytest.fixture
def russian_page(browser):
    context = browser.new_context(locale="ru-RU")
    page = context.new_page()
    yield page
    context.close()


def test_citizen_finds_commitment_11_and_its_officials_email(
    russian_page, live_server, demo_content
):
    page = russian_page
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/ru/"
    assert page.locator("html").get_attribute("lang") == "ru"

    page.locator(".language-switcher a", has_text="Кыргызча").click()
    assert page.url == f"{live_server.url}/ky/"
    assert page.locator("html").get_attribute("lang") == "ky"
    page.locator(".language-switcher a", has_text="English").click()
    assert page.url == f"{live_server.url}/en/"

    page.locator(".main-nav a", has_text="Action plan").click()
    page.select_option("#id_theme", "access-to-information")
    page.locator("form.filters button[type=submit]").click()
    assert "theme=access-to-information" in page.url
    link = page.locator("a[href='/en/commitments/2018-2020/11/']").first
    link.click()
    assert page.url.endswith("/en/commitments/2018-2020/11/")
    email = page.locator("a[href^='mailto:k.shatemirov@gmail.com']").first
    assert email.is_visible()
    assert email.inner_text().strip() == "k.shatemirov@gmail.com"


def test_whole_navigation_works_with_the_keyboard_on_a_phone(
    russian_page, live_server, demo_content
):
    page = russian_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/ru/")
    nav_links = page.locator(".main-nav a")
    expected = nav_links.count()
    assert expected >= 7
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    reached = []
    for _step in range(40):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
              const el = document.activeElement;
              const box = el.getBoundingClientRect();
              return {inNav: !!el.closest('.main-nav'), href: el.getAttribute('href'),
                      visible: box.width > 0 && box.height > 0 && box.right <= window.innerWidth}
            }"""
        )
        if info["inNav"]:
            assert info["visible"], info
            reached.append(info["href"])
        elif reached:
            break
    assert len(reached) == expected
    page.locator(".main-nav a", has_text="Национальный форум").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ru/forum/$"))
    assert page.locator("h1").count() == 1


def test_journalist_downloads_a_transcript_and_subscribes_to_the_calendar(
    page, live_server, demo_content
):
    page.goto(f"{live_server.url}/ru/forum/transcripts/")
    link = page.locator(
        "a[href^='/forum/transcripts/'][href$='.txt'], a[href^='/forum/transcripts/'][href$='.pdf']"
    ).first
    href = link.get_attribute("href")
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    pk = int(href.split("/")[3])
    language = href.rsplit("/", 1)[1].split(".")[0]
    stored = TranscriptFile.objects.get(transcript_id=pk, language=language)
    with stored.file.open("rb") as handle:
        original = handle.read()
    with open(download.path(), "rb") as handle:
        assert handle.read() == original
    assert download.suggested_filename.endswith(href.rsplit(".", 1)[1])

    page.goto(f"{live_server.url}/ru/forum/meetings/")
    calendar_link = page.locator("a[href*='meetings.ics']").first
    response = page.request.get(f"{live_server.url}{calendar_link.get_attribute('href')}")
    assert response.ok
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.body())
    assert len(calendar.walk("VEVENT")) >= 5


def test_editor_changes_a_kyrgyz_title_and_restores_it(page, live_server, demo_content):
    staff("aigerim", SECRETARIAT_EDITOR)
    commitment = Commitment.objects.get(plan__slug="2018-2020", number=11)
    original = commitment.title_ky
    sign_in(page, live_server, "aigerim")
    page.goto(f"{live_server.url}/admin/commitments/commitment/{commitment.pk}/change/")
    page.locator(".ui-tabs-nav a", has_text="ky").first.click()
    page.fill("#id_title_ky", "Ачык маалыматтар саясаты (өзгөртүлдү)")
    page.locator("input[name=_save]").click()
    page.wait_for_url(re.compile(r"/admin/commitments/commitment/$"))

    public = page.context.new_page()
    public.goto(f"{live_server.url}/ky/commitments/2018-2020/11/")
    assert "Ачык маалыматтар саясаты (өзгөртүлдү)" in public.locator("h1").inner_text()

    page.goto(f"{live_server.url}/admin/commitments/commitment/{commitment.pk}/history/")
    assert "aigerim" in page.content()
    page.locator("table a[href*='/history/']").last.click()
    page.locator("input[type=submit][name=_save], input[type=submit]").first.click()
    public.goto(f"{live_server.url}/ky/commitments/2018-2020/11/")
    assert original in public.locator("h1").inner_text()
    commitment.refresh_from_db()
    assert commitment.title_ky == original


def test_applicant_joins_and_a_moderator_approves(page, live_server, demo_content):
    page.goto(f"{live_server.url}/ru/coalition/join/")
    page.check("input[name=applicant_type][value=organization]")
    if page.locator("#id_kind").count():
        page.select_option("#id_kind", "public_association")
    page.fill("#id_name", "ОО «Журналисты за открытый Талас»")
    page.fill("#id_contact_person", "Айгуль Токтогулова")
    page.fill("#id_email", "talas-press@example.kg")
    page.fill("#id_phone", "+996 555 000 111")
    page.select_option("#id_region", "talas")
    themes = page.locator("input[name=themes]")
    if themes.count():
        themes.first.check()
    page.fill("#id_interests", "Мониторинг открытых данных в Таласской области")
    page.check("#id_consent_to_processing")
    page.locator("form button[type=submit]").last.click()
    assert page.locator("h1").count() == 1
    page.goto(f"{live_server.url}/ru/coalition/")
    assert "Журналисты за открытый Талас" not in page.content()

    staff("moderator", COALITION_MODERATOR)
    sign_in(page, live_server, "moderator")
    page.goto(f"{live_server.url}/admin/coalition/application/")
    page.locator("tr", has_text="Журналисты за открытый Талас").locator(
        "input.action-select"
    ).check()
    page.select_option("select[name=action]", "approve_applications")
    page.locator("button[name=index]").click()
    page.goto(f"{live_server.url}/ru/coalition/")
    assert "Журналисты за открытый Талас" in page.content()
