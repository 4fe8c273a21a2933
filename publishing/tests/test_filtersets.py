"""A list's filter form is built once per process, yet always offers what is published now."""

from datetime import timedelta

import pytest
from django.utils import timezone

from commitments.tests.factories import PublishedPlanFactory

pytestmark = pytest.mark.django_db


def _list(client, **query):
    return client.get("/en/commitments/", query).content.decode()


def test_a_plan_whose_publication_date_comes_later_becomes_a_valid_filter_then(client):
    _list(client)  # the form class is built now, before the plan's date
    plan = PublishedPlanFactory(slug="2090-2092", published_at=timezone.now() + timedelta(hours=1))
    assert 'id="filter-errors"' in _list(client, plan=plan.slug)
    type(plan).objects.filter(pk=plan.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    html = _list(client, plan=plan.slug)
    assert 'id="filter-errors"' not in html
    assert f'<option value="{plan.slug}" selected>' in html


def test_the_forms_of_two_requests_do_not_share_their_choices(client):
    def theme_select(html):
        return html.split('name="theme"', 1)[1].split("</select>", 1)[0]

    chosen = theme_select(_list(client, theme="citizen-engagement"))
    assert '<option value="citizen-engagement" selected>' in chosen
    unchosen = theme_select(_list(client))
    assert '<option value="" selected>' in unchosen
    assert unchosen.count(" selected>") == 1
