from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from publishing.admin import PublishableAdmin

from .models import Assessment, EligibilityScore, Report, ReportFile


class ReportFileInline(admin.TabularInline):
    model = ReportFile
    extra = 0
    fields = ["language", "file", "original_filename", "content_type", "size"]
    readonly_fields = ["original_filename", "content_type", "size"]


class AssessmentInline(TranslationStackedInline):
    model = Assessment
    extra = 0
    fields = [
        "commitment",
        "specificity",
        (
            "relevant_to_access_to_information",
            "relevant_to_civic_participation",
            "relevant_to_public_accountability",
            "relevant_to_technology_and_innovation",
        ),
        "potential_impact",
        "completion",
        "did_it_open_government",
        "starred",
        "notes",
    ]
    readonly_fields = ["starred"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("report", "commitment")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "commitment":
            from commitments.models import Commitment

            kwargs["queryset"] = Commitment.objects.select_related("plan").order_by(
                "-plan__number", "number"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("starred (worked out, never typed in)"))
    def starred(self, obj):
        if obj is None or obj.pk is None:
            return _("worked out when saved")
        if obj.is_starred:
            return _("Yes, starred")
        return _("No") + ": " + "; ".join(str(label) for label in obj.unmet_star_conditions)


@admin.register(Report)
class ReportAdmin(PublishableAdmin):
    list_display = ["title", "kind", "plan", "publication_year", "author", "is_sample"]
    list_filter = ["kind", "plan", "publication_year"]
    search_fields = ["title_ru", "title_ky", "title_en", "summary_ru", "source_url"]
    ordering = ["-publication_year", "-id"]
    autocomplete_fields = ["author"]
    list_select_related = ["plan", "author"]
    inlines = [ReportFileInline, AssessmentInline]
    fieldsets = [
        (None, {"fields": ["kind", "title", "plan", "author", "summary", "source_url"]}),
        (
            _("Dates"),
            {"fields": ["publication_date", "publication_year", "period_start", "period_end"]},
        ),
        (_("Publication"), {"fields": ["publication_state", "published_at", "is_sample"]}),
    ]


@admin.register(EligibilityScore)
class EligibilityScoreAdmin(PublishableAdmin):
    list_display = [
        "country",
        "year",
        "fiscal_transparency",
        "access_to_information",
        "asset_disclosure",
        "civic_participation",
        "total",
        "eligible",
    ]
    list_filter = ["year"]
    search_fields = ["country_ru", "country_ky", "country_en", "country_code"]
    ordering = ["-year", "order", "country_code"]

    @admin.display(description=_("total (worked out)"))
    def total(self, obj):
        percentage = obj.total_percentage
        return _("no data") if percentage is None else f"{percentage} %"

    @admin.display(description=_("eligible"), boolean=True)
    def eligible(self, obj):
        return obj.is_eligible
