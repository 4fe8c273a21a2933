"""The commitment list's filters: one GET form whose state lives in the address."""

import django_filters
from django import forms
from django.db.models import Q
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from directory.models import Organization
from ogp_portal.content_memo import shared_until_content_changes
from publishing.filtersets import FormClassBuiltOnce

from .models import ActionPlan, Commitment, CommitmentStatus, OGPValue, Theme


def published_plans(request=None):
    return ActionPlan.objects.published().only("slug", "number", "title")


def published_themes(request=None):
    return Theme.objects.published().only("slug", "name", "order")


@shared_until_content_changes
def published_theme_rows():
    """(id, slug, name_ru, name_ky, name_en) of every published theme, in the themes' order:
    what the lists' rows and the theme filter need, the same for every page until it changes."""
    return tuple(
        Theme.objects.published()
        .order_by("order", "slug")
        .values_list("id", "slug", "name_ru", "name_ky", "name_en")
    )


class PublishedThemeField(django_filters.fields.ModelChoiceField):
    """The chosen theme, looked up among published_theme_rows() rather than by a query.

    Valid and invalid slugs are told apart exactly as the queryset would; the value is a Theme
    that carries its id and slug, which is all that filtering by it uses.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        for theme_id, slug, *_names in published_theme_rows():
            if slug == value:
                return Theme(pk=theme_id, slug=slug)
        raise forms.ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


class PublishedThemeFilter(django_filters.ModelChoiceFilter):
    field_class = PublishedThemeField
    looks_up_without_queryset = True


def lead_agencies(request=None):
    """Only organizations that lead a public commitment are worth offering."""
    leads = Commitment.objects.published().values("lead_agency_id")
    return Organization.objects.filter(pk__in=leads).only("slug", "name")


@shared_until_content_changes
def filter_options():
    """The (slug, label) options of the plan and lead agency selects, as Django would list them."""
    return {
        "plan": tuple((plan.slug, str(plan)) for plan in published_plans()),
        "lead_agency": tuple((agency.slug, str(agency)) for agency in lead_agencies()),
    }


class QuickSelect(forms.Select):
    """Django's <select> markup, written in Python: its template per option costs a
    millisecond for every dozen options, and the agency list alone has dozens."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        options = []
        for option_value, label in self.choices:
            if isinstance(label, (list, tuple)):  # a group: no filter here has one
                return super().render(name, value, attrs, renderer)
            option_value = "" if option_value is None else str(option_value)
            # Like Django's Select, only the first option with the chosen value is selected.
            selected = option_value in chosen
            if selected:
                chosen.discard(option_value)
            options.append((option_value, " selected" if selected else "", label))
        return format_html(
            '<select name="{}"{}>\n{}\n</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            format_html_join("\n", '  <option value="{}"{}>{}</option>', options),
        )


class OverdueChoice:
    YES = "yes"
    NO = "no"
    CHOICES = [
        (YES, _("With overdue milestones")),
        (NO, _("Without overdue milestones")),
    ]


class SortChoice:
    PLAN = "plan"
    END_DATE = "end"
    CHOICES = [
        (PLAN, _("Plan and number")),
        (END_DATE, _("End date")),
    ]
    ORDERINGS = {
        PLAN: ["-plan__number", "number"],
        END_DATE: ["end_date", "-plan__number", "number"],
    }


class CommitmentFilter(FormClassBuiltOnce, django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_text",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
        help_text=_("Words from the title, a national number or an OGP identifier (KG0001)."),
    )
    plan = django_filters.ModelChoiceFilter(
        widget=QuickSelect,
        label=_("Action plan"),
        queryset=published_plans,
        to_field_name="slug",
        empty_label=_("All plans"),
    )
    theme = PublishedThemeFilter(
        widget=QuickSelect,
        label=_("Theme"),
        field_name="themes",
        queryset=published_themes,
        to_field_name="slug",
        empty_label=_("All themes"),
    )
    status = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("Status"),
        choices=CommitmentStatus.choices,
        empty_label=_("Any status"),
    )
    lead_agency = django_filters.ModelChoiceFilter(
        widget=QuickSelect,
        label=_("Lead agency"),
        queryset=lead_agencies,
        to_field_name="slug",
        empty_label=_("All agencies"),
    )
    value = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("OGP value"),
        choices=OGPValue.choices,
        method="filter_value",
        empty_label=_("Any value"),
    )
    overdue = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("Overdue milestones"),
        choices=OverdueChoice.CHOICES,
        method="filter_overdue",
        empty_label=_("Either"),
    )
    sort = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("Sort by"),
        choices=SortChoice.CHOICES,
        method="sort_by",
        empty_label=None,
    )

    class Meta:
        model = Commitment
        fields = ["q", "plan", "theme", "status", "lead_agency", "value", "overdue", "sort"]

    def filter_text(self, queryset, name, value):
        words = value.strip()
        if not words:
            return queryset
        condition = (
            Q(title_ru__icontains=words)
            | Q(title_ky__icontains=words)
            | Q(title_en__icontains=words)
            | Q(ogp_id__iexact=words)
        )
        number = words.lstrip("№#").strip()
        if number.isdigit() and len(number) <= 4:
            condition |= Q(number=int(number))
        return queryset.filter(condition)

    def filter_value(self, queryset, name, value):
        return queryset.filter(**{f"relevant_to_{value}": True})

    def filter_overdue(self, queryset, name, value):
        return queryset.with_overdue_milestones(value == OverdueChoice.YES)

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*SortChoice.ORDERINGS.get(value, SortChoice.ORDERINGS["plan"]))

    @property
    def sorted_by_plan(self):
        data = self.form.cleaned_data if self.is_bound and self.form.is_valid() else {}
        return data.get("sort") in (None, "", SortChoice.PLAN)

    def queryset_without(self, name):
        """The results with every valid filter but one (counts per theme ignore the chosen theme).

        Reuses the cleaned values, so the choices are not looked up a second time.
        """
        queryset = self.queryset.all()
        for field_name, value in self.form.cleaned_data.items():
            if field_name != name:
                queryset = self.filters[field_name].filter(queryset, value)
        return queryset
