"""The public registry: pages in three languages, filters, counts, exports, speed."""

import csv
import io
import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.helpers import tags, text

from ..views import EXPORT_FIELDS
from .factories import (
    DraftMemberFactory,
    PublishedMemberFactory,
    ThemeFactory,
    bulk_members,
    public_path,
)

pytestmark = pytest.mark.django_db


def url(name, language="ru", **kwargs):
    with translation.override(language):
        return reverse(f"coalition:{name}", kwargs=kwargs or None)


@pytest.mark.parametrize(
    ("language", "title", "direction", "figure", "join_label"),
    [
        (
            "ru",
            "Коалиция «Открытого Правительства»",
            "Продвижении информации об Открытом Правительстве.",
            "члена Коалиции зарегистрировано на апрель месяц 2019 г.",
            "Подать заявку на вступление в Коалицию",
        ),
        (
            "ky",
            "«Ачык өкмөт» коалициясы",
            "Ачык өкмөт жөнүндө маалыматты жайылтууга.",
            "2019-жылдын апрель айына карата катталган",
            "Коалицияга кирүүгө арыз берүү",
        ),
        (
            "en",
            "Open Government Coalition",
            "spreading information about Open Government.",
            "members of the Coalition registered as of April 2019",
            "Apply to join the Coalition",
        ),
    ],
)
def test_coalition_page_speaks_the_visitors_language(
    client, language, title, direction, figure, join_label
):
    response = client.get(url("index", language))
    assert response.status_code == 200
    html = text(response)
    assert tags(html, "html")[0]["lang"] == language
    assert len(tags(html, "h1")) == 1
    assert title in html
    assert direction in html
    assert "<strong>182</strong>" in html
    assert figure in html
    assert join_label in html
    assert "http://ogp.el.kg/ru/koaliciya-otkrytoe-pravitelstvo" in html


def test_coalition_page_lists_the_partners_with_their_commitments(client, plan_commitments):
    html = text(client.get(url("index", "en")))
    partners = html.split('id="coalition-partners"')[1]
    for name in (
        "Public Association «Result»",
        "Development Policy Institute",
        "United Nations Development Programme (UNDP)",
        "Soros Foundation–Kyrgyzstan",
        "Coalition for Democracy and Civil Society",
        "Alliance for Civic Initiatives Promotion",
    ):
        assert name in partners
    assert "International partner" in partners
    assert "Commitment No. 19" in partners


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("ru", ["Айнуро Усупбекова", "Публичность и открытость Фонда", "Инициатива № 17"]),
        ("ky", ["Айнуро Усупбекова", "Фонддун коомчулукка ачыктыгы", "№ 17 демилге"]),
        ("en", ["Ainuro Usupbekova", "publicity and openness", "Initiative No. 17"]),
    ],
)
def test_civic_platform_page_shows_its_profile_and_contacts(
    client, plan_commitments, language, phrases
):
    response = client.get(url("member", language, slug="civic-platform"))
    assert response.status_code == 200
    html = text(response)
    assert len(tags(html, "h1")) == 1
    for phrase in [*phrases, "+996 (312) 88-71-71", "+996 (312) 88-91-91"]:
        assert phrase in html
    assert 'href="mailto:civic@platforma.kg"' in html
    assert 'href="mailto:info@platforma.kg"' in html
    assert 'href="tel:+996312887171"' in html
    for number in (3, 11, 17, 19):
        assert public_path(plan_commitments[number], language) in html


def test_a_draft_member_is_not_public_but_staff_preview_it(client, staff_user):
    draft = DraftMemberFactory(name_ru="Черновик участника")
    assert client.get(public_path(draft)).status_code == 404
    client.force_login(staff_user)
    response = client.get(public_path(draft))
    assert response.status_code == 200
    assert "Черновик участника" in text(response)
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.parametrize("slug", ["no-such-member", "%D0%B6"])
def test_an_unknown_member_is_a_404_in_the_visitors_language(client, slug):
    response = client.get(f"/ky/coalition/members/{slug}/")
    assert response.status_code == 404
    assert "Барак табылган жок" in text(response)


def test_members_without_translation_show_russian_marked_as_such(client):
    member = PublishedMemberFactory(name_ru="Только по-русски", name_ky="", name_en="")
    html = text(client.get(public_path(member, "en")))
    assert "Только по-русски" in html
    assert "not yet translated" in html


def test_filters_narrow_the_list_and_counts_say_how_many(client, theme):
    expert = PublishedMemberFactory(
        name_ru="Эксперт Нарына", kind="expert", region="naryn", themes=[theme]
    )
    PublishedMemberFactory(name_ru="Фонд Баткена", kind="foundation", region="batken")
    response = client.get(
        url("index", "en"), {"kind": "expert", "region": "naryn", "theme": theme.slug}
    )
    html = text(response)
    listing = html.split('class="coalition-members"')[1].split("</ul>")[0]
    assert public_path(expert, "en") in listing
    assert listing.count("<li>") == 1
    assert 'option value="expert" selected' in html
    count = html.split('id="coalition-count">')[1].split("</p>")[0]
    assert count.split()[0] == "1"


def test_name_search_finds_a_member_in_any_language(client):
    PublishedMemberFactory(name_ru="Ысык-Көл медиа", name_en="Issyk-Kul Media Lab")
    html = text(client.get(url("index", "ru"), {"q": "media lab"}))
    assert "Ысык-Көл медиа" in html


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "astronaut"},
        {"region": "mars"},
        {"theme": "no-such-theme"},
        {"q": "x" * 500},
        {"page": "abc"},
        {"page": "999999"},
        {"kind": "' OR 1=1 --"},
    ],
)
def test_bad_filter_values_show_the_whole_list_never_an_error(client, params):
    response = client.get(url("index", "en"), params)
    assert response.status_code == 200
    html = text(response)
    assert "Public Foundation «Civic Platform»" in html or "page" in params
    if "page" not in params:
        assert "Some filter values were not understood, so all members are shown." in html
        assert "errorlist" in html


def test_counts_per_region_and_per_kind_cover_every_published_member(client):
    PublishedMemberFactory(region="talas", kind="media")
    PublishedMemberFactory(region="talas", kind="media")
    DraftMemberFactory(region="talas", kind="media")
    html = text(client.get(url("index", "en")))
    counts = html.split('id="coalition-counts"')[1]
    talas_row = counts.split('?region=talas#coalition-members">Talas Region</a></th><td>')[1]
    assert talas_row.startswith("3<")  # the two new members and the sample one; not the draft
    media_row = counts.split('?kind=media#coalition-members">Media</a></th><td>')[1]
    assert media_row.startswith("3<")


def test_the_list_is_paginated_keeping_the_filters(client):
    bulk_members(65, prefix="page")
    html = text(client.get(url("index", "en"), {"kind": "public_association"}))
    assert "Page 1 of" not in html  # 10 public associations: one page
    html = text(client.get(url("index", "en")))
    assert "Page 1 of 3" in html
    assert 'href="?page=2"' in html
    html = text(client.get(url("index", "en"), {"q": "Organization page", "page": "2"}))
    assert "Page 2 of 3" in html
    assert 'href="?q=Organization+page&amp;page=1"' in html
    assert 'href="?q=Organization+page&amp;page=3"' in html


def parse_csv(response):
    body = response.content
    assert body.startswith("\ufeff".encode()), "a byte-order mark for spreadsheet programs"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_csv_export_applies_the_filters_and_holds_only_public_fields(client, theme):
    member = PublishedMemberFactory(
        name_ru="Экспорт, «кавычки» и запятые",
        kind="media",
        region="naryn",
        themes=[theme],
        public_email="press@example.kg",
    )
    response = client.get(url("members_csv"), {"region": "naryn", "kind": "media"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="coalition-members-')
    rows = parse_csv(response)
    assert list(rows[0]) == EXPORT_FIELDS
    assert [row["slug"] for row in rows] == [member.slug]
    row = rows[0]
    assert row["name"] == "Экспорт, «кавычки» и запятые"
    assert row["kind_label"] == "СМИ"
    assert row["region_label"] == "Нарынская область"
    assert row["themes"] == "Открытые данные (тест)"
    assert row["email"] == "press@example.kg"
    assert row["url"] == f"http://testserver{public_path(member)}"


def test_json_export_speaks_the_language_of_its_address(client, plan_commitments):
    response = client.get(url("members_json", "ky"), {"kind": "foundation"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    payload = json.loads(response.content)
    assert payload["language"] == "ky"
    assert payload["filters"] == {"kind": "foundation"}
    assert payload["count"] == len(payload["members"])
    platform = next(item for item in payload["members"] if item["slug"] == "civic-platform")
    assert platform["name"] == "«Жарандык платформа» коомдук фонду"
    assert platform["kind_label"] == "Фонд"
    assert platform["email"] == ["civic@platforma.kg", "info@platforma.kg"]
    assert platform["commitments"] == [f"2018-2020 № {n}" for n in (3, 11, 17, 19)]
    assert set(platform) == set(EXPORT_FIELDS)
    assert all(item["kind"] == "foundation" for item in payload["members"])


def test_exports_never_include_drafts_or_applications(client):
    DraftMemberFactory(name_ru="Секретный черновик")
    from .factories import PendingApplicationFactory

    PendingApplicationFactory(name="Заявитель в ожидании", email="private@example.kg")
    body = client.get(url("members_json")).content.decode()
    assert "Секретный черновик" not in body
    assert "Заявитель в ожидании" not in body
    assert "private@example.kg" not in body
    body = client.get(url("members_csv")).content.decode("utf-8-sig")
    assert "Секретный черновик" not in body and "private@example.kg" not in body


def test_bad_filters_in_an_export_give_the_whole_list(client):
    payload = json.loads(client.get(url("members_json", "en"), {"kind": "zzz"}).content)
    assert payload["filters"] == {}
    assert payload["count"] >= 13


def count_queries(django_assert_num_queries, client, path, expected, params=None):
    with django_assert_num_queries(expected):
        response = client.get(path, params or {})
    assert response.status_code == 200
    return response


# Info + directions, partners + their commitments, themes for the filter (read once, also to
# check a chosen theme), the page of members + their themes' names, one count of the members by
# region and kind (which also counts the filtered list for the paginator), and the footer.
INDEX_QUERIES = 9
INDEX_QUERIES_WITH_THEME_FILTER = 9


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_member_list_runs_a_fixed_number_of_queries_over_thousands(
    django_assert_num_queries, language
):
    client = Client()
    themes = [ThemeFactory(), ThemeFactory(), ThemeFactory()]
    bulk_members(20, themes=themes, prefix="few")
    count_queries(django_assert_num_queries, client, url("index", language), INDEX_QUERIES)
    bulk_members(2000, themes=themes, prefix="many")
    response = count_queries(
        django_assert_num_queries, client, url("index", language), INDEX_QUERIES
    )
    assert "2,033" in text(response) or "2033" in text(response) or "2 033" in text(response)
    count_queries(
        django_assert_num_queries,
        client,
        url("index", language),
        INDEX_QUERIES_WITH_THEME_FILTER,
        {"theme": themes[0].slug, "region": "bishkek", "page": "3"},
    )


EXPORT_QUERIES = 3  # members, their themes, their commitments (with plans)


@pytest.mark.parametrize("name", ["members_csv", "members_json"])
def test_exports_run_a_fixed_number_of_queries_over_thousands(django_assert_num_queries, name):
    client = Client()
    themes = [ThemeFactory(), ThemeFactory()]
    bulk_members(10, themes=themes, prefix="few")
    count_queries(django_assert_num_queries, client, url(name), EXPORT_QUERIES)
    bulk_members(2000, themes=themes, prefix="many")
    response = count_queries(django_assert_num_queries, client, url(name), EXPORT_QUERIES)
    assert b"many-1999" in response.content


# Member with profile and director, its themes, its commitments, and the site footer.
MEMBER_QUERIES = 4
# A profile adds its directions, its initiatives and their commitments.
PROFILE_MEMBER_QUERIES = 7


def test_a_member_page_runs_a_fixed_number_of_queries(
    django_assert_num_queries, client, plan_commitments
):
    member = PublishedMemberFactory(themes=[ThemeFactory() for _ in range(5)])
    member.commitments.set(plan_commitments.values())
    count_queries(django_assert_num_queries, client, public_path(member), MEMBER_QUERIES)
    count_queries(
        django_assert_num_queries,
        client,
        url("member", slug="civic-platform"),
        PROFILE_MEMBER_QUERIES,
    )


def test_csv_cells_that_look_like_formulas_are_kept_as_text(client):
    PublishedMemberFactory(name_ru='=HYPERLINK("http://evil.example","x")', region="batken",
                           public_phone="+996 3622 5 00 00")  # fmt: skip
    rows = parse_csv(client.get(url("members_csv"), {"q": "HYPERLINK"}))
    assert rows[0]["name"] == '\'=HYPERLINK("http://evil.example","x")'
    assert rows[0]["phone"] == "+996 3622 5 00 00"
