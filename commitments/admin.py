"""The Secretariat's screens for the action plan: plans, themes, commitments and milestones."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from publishing.admin import ContentAdmin, PublishableAdmin

from .models import (
    ActionPlan,
    ActionPlanDocument,
    Commitment,
    CommitmentPartner,
    Milestone,
    MilestoneEvidence,
    Theme,
)


class ActionPlanDocumentInline(admin.TabularInline):
    model = ActionPlanDocument
    extra = 0
    fields = ["language", "file", "original_filename", "size"]
    readonly_fields = ["original_filename", "size"]


@admin.register(ActionPlan)
class ActionPlanAdmin(PublishableAdmin):
    list_display = ["number", "title", "slug", "start_date", "end_date", "status"]
    list_display_links = ["number", "title"]
    list_filter = ["status"]
    search_fields = ["title_ru", "title_ky", "title_en", "slug", "adopting_act_ru"]
    ordering = ["-number"]
    inlines = [ActionPlanDocumentInline]


@admin.register(Theme)
class ThemeAdmin(PublishableAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name_ru", "name_ky", "name_en", "slug"]
    ordering = ["order", "slug"]
    prepopulated_fields = {"slug": ("name_en",)}


class MilestoneInline(TranslationStackedInline):
    model = Milestone
    extra = 0
    fields = [
        "order",
        "activity",
        "deliverable",
        ("start_date", "end_date"),
        "completion",
        "evidence_url",
        "is_sample",
    ]
    ordering = ["order", "id"]
    show_change_link = True  # evidence files are uploaded on the milestone's own page


class CommitmentPartnerInline(admin.TabularInline):
    model = CommitmentPartner
    extra = 0
    fields = ["organization", "person", "kind", "order"]
    autocomplete_fields = ["organization", "person"]


@admin.register(Commitment)
class CommitmentAdmin(PublishableAdmin):
    list_display = [
        "number",
        "title",
        "plan",
        "ogp_id",
        "lead_agency",
        "status",
        "progress_display",
    ]
    list_display_links = ["number", "title"]
    list_filter = ["plan", "status", "themes", "lead_agency"]
    list_select_related = ["plan", "lead_agency"]
    search_fields = ["title_ru", "title_ky", "title_en", "ogp_id", "=number"]
    ordering = ["-plan__number", "number"]
    autocomplete_fields = ["lead_agency", "responsible_official", "co_implementers", "themes"]
    inlines = [MilestoneInline, CommitmentPartnerInline]
    fieldsets = [
        (None, {"fields": ["plan", ("number", "ogp_id"), "title", "status"]}),
        (_("What it is about"), {"fields": ["problem", "objective", "expected_change", "themes"]}),
        (
            _("Relevance to OGP values"),
            {
                "fields": [
                    "relevant_to_access_to_information",
                    "relevant_to_civic_participation",
                    "relevant_to_public_accountability",
                    "relevant_to_technology_and_innovation",
                ]
            },
        ),
        (
            _("Who answers for it"),
            {"fields": ["lead_agency", "responsible_official", "co_implementers"]},
        ),
        (_("Dates and source"), {"fields": [("start_date", "end_date"), "source_url"]}),
        (_("Publication"), {"fields": ["publication_state", "published_at", "is_sample"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_progress()

    @admin.display(description=_("progress"))
    def progress_display(self, obj):
        progress = obj.progress
        return _("%(completed)s of %(total)s") % {
            "completed": progress.completed,
            "total": progress.total,
        }


class MilestoneEvidenceInline(TranslationTabularInline):
    model = MilestoneEvidence
    extra = 0
    fields = ["title", "file", "original_filename", "size"]
    readonly_fields = ["original_filename", "size"]


@admin.register(Milestone)
class MilestoneAdmin(ContentAdmin):
    list_display = ["activity", "commitment", "order", "end_date", "completion", "is_sample"]
    list_filter = ["completion", "is_sample", "commitment__plan"]
    list_select_related = ["commitment"]
    search_fields = ["activity_ru", "activity_ky", "activity_en", "commitment__title_ru"]
    ordering = ["commitment__number", "order"]
    autocomplete_fields = ["commitment"]
    inlines = [MilestoneEvidenceInline]
