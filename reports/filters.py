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


class ReportFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of report"), choices=ReportKind.choices, empty_label=_("All kinds")
    )
    plan = django_filters.ModelChoiceFilter(
        label=_("Action plan"),
        # Called per request: published() compares with the time of the request.
        queryset=lambda request: ActionPlan.objects.published(),
        to_field_name="slug",
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read once per request: both checking the value and drawing the select use them.
        self.filters["year"].extra["choices"] = publication_years()
