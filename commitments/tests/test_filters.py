"""Every filter alone and combined, and what a visitor gets for a value that is not valid."""

import pytest

from ..selectors import commitment_search, theme_counts

pytestmark = pytest.mark.django_db


def found(known_plan, data):
    search = commitment_search(data=data)
    names = {
        known_plan.c1.pk: "c1",
        known_plan.c2.pk: "c2",
        known_plan.c3.pk: "c3",
        known_plan.c4.pk: "c4",
        known_plan.draft.pk: "draft",
    }
    return {names.get(commitment.pk, commitment.pk) for commitment in search.commitments}


ALONE = [
    ({}, {"c1", "c2", "c3", "c4"}),
    ({"plan": "2030-2032"}, {"c1", "c2", "c3"}),
    ({"plan": "2033-2035"}, {"c4"}),
    ({"theme": "theme-one"}, {"c1", "c3"}),
    ({"theme": "theme-two"}, {"c2", "c3", "c4"}),
    ({"status": "in_progress"}, {"c1", "c4"}),
    ({"status": "completed"}, {"c2"}),
    ({"status": "withdrawn"}, set()),
    ({"lead_agency": "lead-one"}, {"c1", "c3"}),
    ({"lead_agency": "lead-two"}, {"c2", "c4"}),
    ({"value": "access_to_information"}, {"c1", "c3"}),
    ({"value": "civic_participation"}, {"c2"}),
    ({"value": "public_accountability"}, {"c3"}),
    ({"value": "technology_and_innovation"}, {"c4"}),
    ({"overdue": "yes"}, {"c1", "c4"}),
    ({"overdue": "no"}, {"c2", "c3"}),
    ({"q": "открыт"}, {"c1", "c3"}),  # Russian title
    ({"q": "ачык"}, {"c1", "c3"}),  # Kyrgyz title, whatever the page's language
    ({"q": "OPEN"}, {"c1", "c3"}),  # English title, any case
    ({"q": "kg0999"}, {"c3"}),  # OGP identifier
    ({"q": "№ 2"}, {"c2"}),  # national number
    ({"q": "nothing like this"}, set()),
    ({"q": "   "}, {"c1", "c2", "c3", "c4"}),
]


@pytest.mark.parametrize(("data", "expected"), ALONE, ids=lambda value: str(value))
def test_each_filter_alone(known_plan, data, expected):
    assert found(known_plan, data) == expected


COMBINED = [
    ({"plan": "2030-2032", "theme": "theme-two"}, {"c2", "c3"}),
    ({"plan": "2030-2032", "theme": "theme-one", "overdue": "yes"}, {"c1"}),
    ({"status": "in_progress", "value": "technology_and_innovation"}, {"c4"}),
    ({"q": "open", "lead_agency": "lead-one", "plan": "2030-2032"}, {"c1", "c3"}),
    ({"theme": "theme-two", "lead_agency": "lead-two", "overdue": "no"}, {"c2"}),
    ({"plan": "2033-2035", "status": "completed"}, set()),
    (
        {
            "q": "budget",
            "plan": "2030-2032",
            "theme": "theme-two",
            "status": "delayed",
            "lead_agency": "lead-one",
            "value": "public_accountability",
            "overdue": "no",
            "sort": "end",
        },
        {"c3"},
    ),
]


@pytest.mark.parametrize(("data", "expected"), COMBINED, ids=lambda value: str(value))
def test_filters_combined(known_plan, data, expected):
    assert found(known_plan, data) == expected


def test_drafts_never_appear_whatever_the_filter(known_plan):
    for data, _expected in ALONE + COMBINED:
        assert "draft" not in found(known_plan, data)


@pytest.mark.parametrize(
    "data",
    [
        {"status": "bogus"},
        {"plan": "1999-2000"},
        {"plan": "<script>"},
        {"theme": "no-such-theme"},
        {"lead_agency": "999"},
        {"value": "transparency"},
        {"overdue": "maybe"},
        {"sort": "random"},
        {"q": "x" * 500},
        {"plan": "\x00"},  # a NUL byte PostgreSQL would refuse
        {"q": "open\x00data"},
        {"status": "completed", "plan": "nope"},  # one bad value drops every filter
    ],
    ids=lambda value: str(value)[:40],
)
def test_an_invalid_value_gives_the_form_error_and_the_unfiltered_list(known_plan, data):
    search = commitment_search(data=data)
    assert not search.is_filtered
    assert search.filterset.form.errors
    assert set(search.filterset.form.errors) <= set(data)
    assert found(known_plan, data) == {"c1", "c2", "c3", "c4"}


def test_sorting_by_plan_groups_the_newest_plan_first_then_by_number(known_plan):
    numbers = [
        (c.plan.slug, c.number) for c in commitment_search(data={"sort": "plan"}).commitments
    ]
    assert numbers == [("2033-2035", 1), ("2030-2032", 1), ("2030-2032", 2), ("2030-2032", 3)]


def test_sorting_by_end_date(known_plan):
    order = [c.pk for c in commitment_search(data={"sort": "end"}).commitments]
    assert order == [known_plan.c4.pk, known_plan.c2.pk, known_plan.c3.pk, known_plan.c1.pk]


def test_theme_counts_follow_the_other_filters_but_not_the_chosen_theme(known_plan):
    def counts(data):
        return {
            theme.slug: theme.commitment_count
            for theme in theme_counts(commitment_search(data=data))
            if theme.slug.startswith("theme-")
        }

    assert counts({}) == {"theme-one": 2, "theme-two": 3}
    assert counts({"plan": "2030-2032"}) == {"theme-one": 2, "theme-two": 2}
    assert counts({"plan": "2030-2032", "theme": "theme-one"}) == {
        "theme-one": 2,
        "theme-two": 2,
    }
    assert counts({"overdue": "yes"}) == {"theme-one": 1, "theme-two": 1}
    assert counts({"status": "bogus"}) == {"theme-one": 2, "theme-two": 3}


def test_lead_agency_choices_are_the_agencies_leading_public_commitments(known_plan):
    search = commitment_search(data={})
    offered = {choice.slug for choice in search.filterset.form.fields["lead_agency"].queryset}
    assert offered == {"lead-one", "lead-two"}
