"""The search page as a visitor meets it: the form, results, kinds, pages and bad input."""

import pytest
from django.db import connection

from tests.helpers import tags

from .. import queries
from ..models import SearchEntry
from .conftest import page_text, visible_text
from .factories import PublishedCommitmentFactory, SearchEntryFactory

pytestmark = pytest.mark.django_db


def search(client, language="ru", **params):
    return client.get(f"/{language}/search/", params)


def result_links(html):
    """The addresses of the results, in order."""
    return [
        attrs["href"]
        for attrs in tags(html.split('<ol class="search-results"', 1)[-1].split("</ol>", 1)[0], "a")
    ]


@pytest.mark.parametrize(
    ("language", "prompt"),
    [
        ("ru", "Введите, что вы ищете"),
        ("ky", "Эмнени издеп жатканыңызды жазып"),
        ("en", "Type what you are looking for"),
    ],
)
def test_an_empty_search_shows_the_form_with_a_prompt(client, language, prompt):
    response = search(client, language)
    html = page_text(response)
    assert response.status_code == 200
    assert prompt in visible_text(html)
    assert len(tags(html, "h1")) == 1
    (field,) = [attrs for attrs in tags(html, "input") if attrs.get("name") == "q"]
    assert field["type"] == "search" and field["id"] == "search-q"
    assert any(attrs.get("for") == "search-q" for attrs in tags(html, "label"))
    assert {"name": "robots", "content": "noindex"} in tags(html, "meta")


def test_results_are_ranked_highlighted_and_link_to_the_exact_place(client):
    response = search(client, "ru", q="открытых данных")
    html = page_text(response)
    assert response.status_code == 200
    assert len(tags(html, "h1")) == 1
    assert {"name": "robots", "content": "noindex"} in tags(html, "meta")
    links = result_links(html)
    assert links[0] == "/ru/commitments/2018-2020/11/"
    assert any(link.startswith("/ru/commitments/2018-2020/11/#milestone-") for link in links)
    assert "<mark>открытых</mark> <mark>данных</mark>" in html
    assert "Обязательство" in visible_text(html)  # each result says what it is


def test_kind_counts_are_filter_links_and_the_filter_keeps_one_kind(client):
    html = page_text(search(client, "en", q="open data"))
    nav = html.split('class="search-kinds"', 1)[1].split("</nav>", 1)[0]
    assert "kind=milestone" in nav and "Milestones" in nav
    assert "All kinds" in nav
    filtered = page_text(search(client, "en", q="open data", kind="milestone"))
    links = result_links(filtered)
    assert links and all("/#milestone-" in link for link in links)
    assert 'aria-current="page">Milestones' in filtered


def test_a_transcript_result_links_to_the_speakers_turn(client):
    html = page_text(search(client, "ky", q="Кворум бар", kind="transcript"))
    assert all("#turn-" in link for link in result_links(html))


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ru", "не больше 200"),
        ("ky", "200 белгиден ашпашы керек"),
        ("en", "at most 200 can be searched"),
    ],
)
def test_a_query_over_200_characters_is_refused_clearly(client, language, message):
    response = search(client, language, q="открытые данные " * 20)
    html = page_text(response)
    assert response.status_code == 400
    assert message in visible_text(html)
    assert len(tags(html, "h1")) == 1
    (field,) = [attrs for attrs in tags(html, "input") if attrs.get("name") == "q"]
    assert len(field["value"]) == 200  # kept, shortened, for the visitor to edit


@pytest.mark.parametrize("query", ["\x00\x01\x02", "\ufffd\ufffd", "\x1b\x7f\x08 \ue000"])
def test_a_query_of_only_control_or_binary_characters_gets_a_clear_message(client, query):
    response = search(client, "en", q=query)
    assert response.status_code == 400
    assert "only characters that cannot be searched" in visible_text(page_text(response))


def test_binary_bytes_in_the_address_are_answered_not_a_server_error(client):
    response = client.get("/ru/search/?q=%FF%FE%00%C3%28")
    assert response.status_code == 400
    assert "нельзя искать" in visible_text(page_text(response))


def test_control_characters_inside_words_are_left_out_and_the_search_still_runs(client):
    response = search(client, "ru", q="открытых\x00 данных\x07")
    html = page_text(response)
    assert response.status_code == 200
    assert "были исключены" in visible_text(html)
    assert result_links(html)[0] == "/ru/commitments/2018-2020/11/"
    assert "\x00" not in html


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE search_searchentry; --",
        "open' OR '1'='1",
        "data:* & !open | (x",
        '"unclosed quote',
        "open_data 100% \\",
        "<script>alert(1)</script>",
    ],
)
def test_sql_or_markup_looking_queries_are_just_text(client, query):
    before = SearchEntry.objects.count()
    for language in ("ru", "ky", "en"):
        response = search(client, language, q=query)
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in page_text(response)
    assert SearchEntry.objects.count() == before


def test_stored_text_is_escaped_and_only_highlights_become_markup(client, reindexed):
    with reindexed():
        PublishedCommitmentFactory(
            title_ru='Реестр <script>alert("x")</script> <b>лесных</b> участков',
            title_en="Forest <img src=x onerror=alert(1)> register",
        )
    html = page_text(search(client, "ru", q="лесных участков"))
    assert "<script>alert" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>лесных</mark>" in html
    english = page_text(search(client, "en", q="forest register"))
    assert "<img" not in english and "&lt;img" in english


def test_an_unknown_kind_says_so_and_shows_every_kind(client):
    response = search(client, "en", q="open data", kind="spaceships")
    html = page_text(response)
    assert response.status_code == 400
    assert "There is no kind of result called “spaceships”" in visible_text(html)
    links = result_links(html)
    assert links[0] == "/en/commitments/2018-2020/11/"
    assert any("/#milestone-" in link for link in links)


@pytest.mark.parametrize("page_number", ["abc", "1.5", "-1", "0", "9" * 5000, "\x00"])
def test_a_page_that_is_not_a_page_number_is_a_404_with_a_way_back(client, page_number):
    response = search(client, "ru", q="данных", page=page_number)
    html = page_text(response)
    assert response.status_code == 404
    assert "?q=%D0%B4%D0%B0%D0%BD%D0%BD%D1%8B%D1%85" in html  # link to the first page
    assert len(tags(html, "h1")) == 1


def test_a_page_past_the_last_is_a_404_in_the_visitors_language(client):
    response = search(client, "ky", q="маалымат", page="999")
    assert response.status_code == 404
    assert "Бул натыйжалардын 999-барагы жок" in visible_text(page_text(response))


@pytest.fixture
def many_results():
    """250 entries that all match «лазурный квадрат», and one that alone matches «единорог»."""
    SearchEntryFactory.create_batch(250)
    SearchEntryFactory(title="Единорог в реестре", body="Одна-единственная запись.")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry")


def test_results_come_twenty_a_page(client, many_results):
    first = page_text(search(client, "ru", q="лазурный квадрат"))
    assert len(result_links(first)) == 20
    assert "250 результатов по запросу «лазурный квадрат»" in visible_text(first)
    second = page_text(search(client, "ru", q="лазурный квадрат", page="2"))
    assert '<ol class="search-results" start="21">' in second
    last = page_text(search(client, "ru", q="лазурный квадрат", page="13"))
    assert len(result_links(last)) == 10
    assert 'rel="prev"' in last and 'rel="next"' not in last
    assert search(client, "ru", q="лазурный квадрат", page="14").status_code == 404


# The footer's contacts; on PostgreSQL, which words are rare (from statistics), then the
# counts per kind together with the page of results; elsewhere the counts, then the page.
SEARCH_PAGE_QUERIES = 3


def test_the_search_page_runs_a_fixed_number_of_queries(
    client, many_results, django_assert_num_queries
):
    with django_assert_num_queries(SEARCH_PAGE_QUERIES):
        one = search(client, "ru", q="единорог")
    assert len(result_links(page_text(one))) == 1
    with django_assert_num_queries(SEARCH_PAGE_QUERIES):
        many = search(client, "ru", q="лазурный квадрат")
    assert len(result_links(page_text(many))) == 20
    with django_assert_num_queries(SEARCH_PAGE_QUERIES):
        search(client, "ru", q="лазурный квадрат", kind="commitment", page="7")


def test_a_cached_results_page_shows_new_content_as_soon_as_it_is_indexed(
    settings, client, reindexed
):
    settings.PAGE_CACHE_SECONDS = 300
    assert search(client, "ru", q="пчеловодство")["X-Page-Cache"] == "miss"
    assert search(client, "ru", q="пчеловодство")["X-Page-Cache"] == "hit"
    with reindexed():
        commitment = PublishedCommitmentFactory(title_ru="Поддержка пчеловодства")
    response = search(client, "ru", q="пчеловодство")
    assert result_links(page_text(response)) == [f"/ru/commitments/2018-2020/{commitment.number}/"]


@pytest.mark.parametrize(
    ("language", "title", "query", "heading", "notice"),
    [
        (
            "ru",
            "Бирюзовый треугольник",
            "бирюзовый треугольник",
            "Более 10 результатов по запросу «бирюзовый треугольник»",
            "Показаны только 10 лучших результатов каждого вида",
        ),
        (
            "ky",
            "Көгүлтүр үч бурчтук",
            "көгүлтүр бурчтук",
            "«көгүлтүр бурчтук» боюнча 10 натыйжадан ашык",
            "Ар бир түрдүн эң мыкты 10 натыйжасы гана көрсөтүлөт",
        ),
        (
            "en",
            "Turquoise triangle",
            "turquoise triangle",
            "More than 10 results for “turquoise triangle”",
            "Only the best 10 results of each kind are listed",
        ),
    ],
)
def test_past_the_cap_the_page_says_more_and_lists_the_best(
    client, monkeypatch, language, title, query, heading, notice
):
    """Counting every match of a common word would read them all: past the cap the page
    says "more than", lists the cap's worth, and a title match still comes first."""
    monkeypatch.setattr(queries, "RESULT_CAP", 10)
    # Found far down their text only; the one result naming it in its title comes last.
    filler = "слово word сөз " * 40
    SearchEntryFactory.create_batch(
        25, language=language, text_language=language, body=f"{filler} {title}"
    )
    best = SearchEntryFactory(language=language, text_language=language, title=title, body="")
    response = search(client, language, q=query)
    html = page_text(response)
    text = visible_text(html)
    assert response.status_code == 200
    assert heading in text and notice in text
    nav = html.split('class="search-kinds"', 1)[1].split("</nav>", 1)[0]
    assert "(10+)" in visible_text(nav)
    links = result_links(html)
    assert len(links) == 10 and links[0] == best.url
    assert search(client, language, q=query, page="2").status_code == 404


def test_a_capped_kinds_tab_lists_its_own_best_past_the_other_kinds(client, monkeypatch):
    """Title matches past the counted ones are looked for in the chosen kind alone: another
    kind with many title matches of its own cannot crowd them out."""
    monkeypatch.setattr(queries, "RESULT_CAP", 10)
    filler = "слово " * 60
    SearchEntryFactory.create_batch(
        30, kind="milestone", title="Бирюзовый треугольник", body="Бирюзовый треугольник"
    )
    SearchEntryFactory.create_batch(25, kind="transcript", body=f"{filler} бирюзовый треугольник")
    best = SearchEntryFactory(kind="transcript", title="Бирюзовый треугольник", body="")
    response = search(client, "ru", q="бирюзовый треугольник", kind="transcript")
    links = result_links(page_text(response))
    assert response.status_code == 200
    assert len(links) == 10 and links[0] == best.url


def test_under_the_cap_the_count_is_exact(client, many_results, monkeypatch):
    monkeypatch.setattr(queries, "RESULT_CAP", 300)
    text = visible_text(page_text(search(client, "ru", q="лазурный квадрат")))
    assert "250 результатов по запросу «лазурный квадрат»" in text
    assert "Более" not in text and "(250)" in text


def test_a_capped_search_runs_as_many_queries_as_any(
    client, many_results, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(queries, "RESULT_CAP", 50)
    with django_assert_num_queries(SEARCH_PAGE_QUERIES):
        response = search(client, "ru", q="лазурный квадрат", page="2")
    assert len(result_links(page_text(response))) == 20


def test_a_result_in_another_language_says_so_and_its_text_is_escaped(client):
    """The rows are written in Python (templatetags/search_tags.py), not a partial: what the
    partial showed, and its escaping, still hold."""
    SearchEntryFactory(
        kind="report",
        language="en",
        text_language="ru",
        title="Zyxwvut report",
        body="Zyxwvut <script>alert(1)</script>",
        context="A & B <i>",
        url="/en/reports/zyxwvut/",
    )
    html = page_text(search(client, "en", q="zyxwvut"))
    (row,) = html.split('<ol class="search-results"', 1)[1].split("</ol>", 1)[0].split("<li")[1:]
    assert 'lang="ru"' in row
    assert "not yet translated; shown in Russian" in row
    assert "A &amp; B &lt;i&gt;" in row
    assert "<script>" not in row
    assert '<a href="/en/reports/zyxwvut/" lang="ru">' in row
