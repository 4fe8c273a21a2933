"""Three languages everywhere: prefixes, redirects, lang, hreflang, switcher, catalogues."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from .helpers import tags, text
from .public_pages import public_paths

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = ["ru", "ky", "en"]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ru-RU,ru;q=0.9", "/ru/"),
        ("ky-KG,ky;q=0.9,ru;q=0.8", "/ky/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/ru/"),
        ("", "/ru/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_page_declares_its_language_and_alternates(client, code):
    for path in public_paths(code):
        response = client.get(path)
        assert response.status_code == 200, path
        html = text(response)
        assert tags(html, "html")[0]["lang"] == code, path
        alternates = {
            link["hreflang"]: link["href"]
            for link in tags(html, "link")
            if link.get("rel") == "alternate" and "hreflang" in link
        }
        assert set(alternates) == {"ru", "ky", "en", "x-default"}, path
        for other in LANGUAGE_CODES:
            assert alternates[other].startswith("http://testserver/" + other + "/"), path
        assert alternates["x-default"] == alternates["ru"]


def test_switcher_links_to_the_same_page_in_the_other_languages(client):
    response = client.get("/ky/about/")
    html = text(response)
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    for code, name in settings.LANGUAGES:
        assert f'href="/{code}/about/"' in switcher
        assert name in switcher
    assert 'href="/ky/about/" lang="ky" hreflang="ky" aria-current="true"' in switcher


def test_languages_are_named_in_their_own_language():
    assert settings.LANGUAGES == [("ru", "Русский"), ("ky", "Кыргызча"), ("en", "English")]


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        ("ru", "Страница не найдена"),
        ("ky", "Барак табылган жок"),
        ("en", "Page not found"),
    ],
)
def test_unknown_address_is_a_404_in_the_visitors_language(client, code, phrase):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    html = text(response)
    assert phrase in html
    assert "Traceback" not in html
    assert tags(html, "html")[0]["lang"] == code


@pytest.mark.parametrize(
    ("code", "navigation"),
    [
        ("ru", ["Главная", "Об OGP"]),
        ("ky", ["Башкы бет", "OGP жөнүндө"]),
        ("en", ["Home", "About OGP"]),
    ],
)
def test_interface_is_translated(client, code, navigation):
    html = text(client.get(f"/{code}/"))
    for label in navigation:
        assert label in html


def _catalogues():
    base = Path(settings.BASE_DIR)
    found = sorted(base.glob("locale/*/LC_MESSAGES/django.po")) + sorted(
        base.glob("*/locale/*/LC_MESSAGES/django.po")
    )
    return [path for path in found if ".venv" not in path.parts]


def test_ru_and_ky_catalogues_exist_for_every_catalogue_directory():
    languages = {path.parts[-3] for path in _catalogues()}
    assert {"ru", "ky"} <= languages


@pytest.mark.parametrize("path", _catalogues(), ids=lambda p: "/".join(p.parts[-5:]))
def test_every_interface_string_is_translated(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            assert all(entry.msgstr_plural.values()), entry.msgid
