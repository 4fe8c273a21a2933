"""The /<lang>/data/ page: every dataset with its fields, licence, update time and links."""

import re

import pytest

from opendata.datasets import DATASETS

pytestmark = pytest.mark.django_db

HEADINGS = {"ru": "Открытые данные", "ky": "Ачык маалыматтар", "en": "Open data"}


def page(client, language):
    response = client.get(f"/{language}/data/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", ["ru", "ky", "en"])
def test_the_page_describes_every_dataset_in_each_language(client, language):
    html = page(client, language)
    assert f'<html lang="{language}">' in html
    assert re.findall(r"<h1[ >].*?</h1>", html, re.S) == [f"<h1>{HEADINGS[language]}</h1>"]
    assert html.count("<caption id=") == len(DATASETS)
    # Wide field tables scroll sideways on a phone: keyboard users can reach them too.
    assert html.count('<div class="table-scroll" tabindex="0" role="region"') == len(DATASETS)
    for name, dataset in DATASETS.items():
        assert f'href="/data/{name}.csv"' in html
        assert f'href="/data/{name}.json"' in html
        assert f'href="/api/v1/{name}/"' in html
        for column in dataset.columns:
            assert f"<code>{column}</code>" in html, column
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in html
    assert "CC BY 4.0" in html
    assert html.count("<time datetime=") == len(DATASETS), "an update time for every dataset"
    assert 'href="/api/openapi.json"' in html


@pytest.mark.parametrize("language", ["ru", "ky", "en"])
def test_the_page_links_the_feeds_in_its_language(client, language):
    html = page(client, language)
    head = html.split("</head>")[0]
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert f'href="/feeds/commitments.atom?lang={language}"' in head
    body = html.split("<main")[1]
    assert f'href="/feeds/commitments.atom?lang={language}"' in body
    assert f'href="/feeds/transcripts.atom?lang={language}"' in body
    assert "/feeds/reports" in body
    assert 'href="/sitemap.xml"' in body


def test_the_page_is_translated(client):
    assert "Лицензия" in page(client, "ru")
    assert "Лицензия" in page(client, "ky")
    english = page(client, "en")
    assert "Licence" in english
    assert "Stable identifier of the commitment on this portal" in english
    kyrgyz = page(client, "ky")
    assert "Stable identifier of the commitment on this portal" not in kyrgyz


def test_the_page_costs_the_same_queries_whatever_the_rows(client, bulk, django_assert_num_queries):
    # One aggregate per dataset, the organizations' history, and the footer's contacts.
    with django_assert_num_queries(len(DATASETS) + 2):
        assert client.get("/en/data/").status_code == 200
