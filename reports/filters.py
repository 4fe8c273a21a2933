"""The filters of the reports list: kind, action plan and year of publication."""

import django_filters
from django.utils.translation import gettext_lazy as _

from commitments.models import ActionPlan

from .choices import ReportKind
from .models import Report


def publication_years():
    """The years in which published reports came out, newest first (one small query)."""
    years = (
        Report.objects.published()
        .order_by("-publication_year")
        .values_list("publication_year", flat=True)
        .distinct()
    )
    return [(str(year), str(year)) for year in years]


def published_plan_choices():
    """(slug, title) of the published action plans, newest first (one small query)."""
    return [(plan.slug, str(plan)) for plan in ActionPlan.objects.published()]


def read_once(load):
    """choices for a field: `load` runs when first needed, at most once per request, and not at
    all when neither the form is drawn nor the field's value checked."""
    loaded = []

    def choices():
        if not loaded:
            loaded.append(load())
        return loaded[0]

    return choices


class ReportFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of report"), choices=ReportKind.choices, empty_label=_("All kinds")
    )
    plan = django_filters.ChoiceFilter(
        label=_("Action plan"),
        field_name="plan__slug",
        choices=[],
        empty_label=_("All plans"),
    )
    year = django_filters.ChoiceFilter(
        label=_("Year of publication"),
        field_name="publication_year",
        choices=[],
        empty_label=_("All years"),
    )

    class Meta:
        model = Report
        fields = ["kind", "plan", "year"]

    def __init__(self, *args, years=None, **kwargs):
        """years: [(value, label)] of the publication years, if the caller has read them."""
        super().__init__(*args, **kwargs)
        # Read per request: published() compares with the time of the request. Both checking a
        # value and drawing the select use the same list.
        self.filters["plan"].extra["choices"] = read_once(published_plan_choices)
        self.filters["year"].extra["choices"] = (
            years if years is not None else read_once(publication_years)
        )
