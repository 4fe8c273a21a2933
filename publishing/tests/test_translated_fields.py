"""A text missing in the visitor's language: the Russian one stands in, and says so."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from commitments.models import Commitment
from commitments.tests.factories import PublishedCommitmentFactory, PublishedPlanFactory
from publishing.templatetags.portal import tr, tr_row

MARK = '<span lang="ru">Название</span> <small class="untranslated">'


@pytest.mark.parametrize("missing", ["", None], ids=["empty", "never filled in"])
def test_a_missing_translation_shows_the_russian_text_marked_as_such(missing):
    instance = SimpleNamespace(title_ru="Название", title_ky=missing, title="Название")
    row = {"title_ru": "Название", "title_ky": missing}
    with translation.override("ky"):
        assert str(tr(instance, "title")).startswith(MARK)
    assert str(tr_row(row, "title", "ky")).startswith(MARK)


def test_a_translation_present_or_an_untranslated_field_is_shown_as_it_is():
    instance = SimpleNamespace(title_ru="Название", title_ky="Аталышы", code="A-1")
    with translation.override("ky"):
        assert tr(instance, "title") == "Аталышы"
        assert tr(instance, "code") == "A-1"
    assert tr_row({"title_ru": "Название", "title_ky": "Аталышы"}, "title", "ky") == "Аталышы"
    # Russian itself has no fallback to mark.
    assert tr_row({"title_ru": ""}, "title", "ru") == ""


@pytest.mark.django_db
def test_a_commitment_never_translated_into_kyrgyz_says_so_on_the_kyrgyz_pages(client):
    plan = PublishedPlanFactory(slug="2050-2052")
    commitment = PublishedCommitmentFactory(plan=plan, number=7, title_ru="Только по-русски")
    # Rows written without the Kyrgyz text (an import, a bulk load) hold NULL, not "".
    Commitment.objects.filter(pk=commitment.pk).update(title_ky=None)
    marked = '<span lang="ru">Только по-русски</span> <small class="untranslated">'
    for address in (f"/ky/commitments/{plan.slug}/7/", f"/ky/commitments/{plan.slug}/"):
        response = client.get(address)
        assert response.status_code == 200
        assert marked in response.content.decode(), address
