"""The filters of the public member list (and of its CSV and JSON exports)."""

import django_filters
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from commitments.models import Theme
from ogp_portal.content_memo import shared_until_content_changes
from publishing.filtersets import FormClassBuiltOnce

from .forms import CHOOSE, TOO_LONG
from .models import Member, MemberKind, Region


@shared_until_content_changes
def published_theme_choices():
    """(slug, name) of the published themes, in their order."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    themes = Theme.objects.published().order_by("order", "slug")
    return tuple(
        # A theme's name falls back to Russian, as on its own page.
        (theme["slug"], theme[f"name_{language}"] or theme["name_ru"])
        for theme in themes.values("slug", "name_ru", f"name_{language}")
    )


class MemberFilter(FormClassBuiltOnce, django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name contains"),
        method="filter_name",
        max_length=100,
        error_messages={"max_length": TOO_LONG},
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=MemberKind.choices,
        empty_label=_("All kinds"),
        error_messages={"invalid_choice": CHOOSE},
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"),
        choices=Region.choices,
        empty_label=_("All regions"),
        error_messages={"invalid_choice": CHOOSE},
    )
    theme = django_filters.ChoiceFilter(
        label=_("Theme"),
        field_name="themes__slug",
        choices=[],
        empty_label=_("All themes"),
        error_messages={"invalid_choice": CHOOSE},
    )

    class Meta:
        model = Member
        fields = ["q", "kind", "region", "theme"]

    def prepare_form(self, form):
        read = []

        def theme_choices():
            # Read at most once: checking a chosen theme and drawing the select share them,
            # and an export that neither draws nor filters by theme never reads them.
            if not read:
                read.append(published_theme_choices())
            return read[0]

        form.fields["theme"].choices = theme_choices

    def filter_name(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        # Any language's name matches, whatever language the visitor reads in.
        return queryset.filter(
            Q(name_ru__icontains=value) | Q(name_ky__icontains=value) | Q(name_en__icontains=value)
        )

    @property
    def active(self):
        """The filters the visitor set and that were understood."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {key: value for key, value in self.form.cleaned_data.items() if value}
