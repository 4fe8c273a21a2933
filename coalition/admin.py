"""Staff side of the Coalition: its description, members, partners and the applications queue."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from publishing.admin import ContentAdmin, PublishableAdmin, publish, unpublish

from .forms import RejectForm
from .models import (
    Application,
    ApplicationStatus,
    CoalitionInfo,
    Direction,
    Member,
    MemberProfile,
    Partner,
    ProfileDirection,
    ProfileInitiative,
)
from .services import application_approve, application_reject

# Web addresses typed without a scheme are taken as https, as Django 6 will do.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class DirectionInline(TranslationTabularInline):
    model = Direction
    extra = 0
    fields = ["order", "text"]


@admin.register(CoalitionInfo)
class CoalitionInfoAdmin(PublishableAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["title", "registered_members"]
    search_fields = ["title_ru", "title_ky", "title_en"]
    ordering = ["id"]
    inlines = [DirectionInline]


class MemberProfileInline(TranslationStackedInline):
    model = MemberProfile
    extra = 0
    max_num = 1
    autocomplete_fields = ["director"]
    show_change_link = True


@admin.register(Member)
class MemberAdmin(PublishableAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["name", "kind", "region", "joined_on"]
    list_filter = ["kind", "region", "themes", "joined_on"]
    search_fields = [
        "name_ru",
        "name_ky",
        "name_en",
        "slug",
        "organization__name_ru",
        "organization__short_name_ru",
        "public_email",
    ]
    ordering = ["name_ru"]
    autocomplete_fields = ["organization"]
    filter_horizontal = ["themes", "commitments"]
    prepopulated_fields = {"slug": ("name_en",)}
    date_hierarchy = "joined_on"
    inlines = [MemberProfileInline]


class ProfileDirectionInline(TranslationTabularInline):
    model = ProfileDirection
    extra = 0
    fields = ["order", "text"]


class ProfileInitiativeInline(TranslationTabularInline):
    formfield_overrides = HTTPS_URLS
    model = ProfileInitiative
    extra = 0
    fields = ["order", "number", "title", "commitment", "source_url"]
    raw_id_fields = ["commitment"]


@admin.register(MemberProfile)
class MemberProfileAdmin(ContentAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["member", "director"]
    search_fields = ["member__name_ru", "member__name_ky", "member__name_en"]
    ordering = ["member__name_ru"]
    autocomplete_fields = ["member", "director"]
    inlines = [ProfileDirectionInline, ProfileInitiativeInline]


@admin.register(Partner)
class PartnerAdmin(SimpleHistoryAdmin):
    list_display = ["organization", "role", "order", "publication_state", "is_sample"]
    list_filter = ["role", "publication_state", "is_sample"]
    list_editable = ["order"]
    search_fields = ["organization__name_ru", "organization__name_ky", "organization__name_en"]
    ordering = ["role", "order"]
    autocomplete_fields = ["organization"]
    filter_horizontal = ["commitments"]
    actions = [publish, unpublish]


@admin.action(description=_("Approve the selected applications (publishes them as members)"))
def approve_applications(modeladmin, request, queryset):
    approved = 0
    for application in queryset.filter(status=ApplicationStatus.PENDING):
        try:
            application_approve(
                application=application,
                moderator=request.user,
                site_url=request.build_absolute_uri("/"),
            )
        except ValidationError as error:
            modeladmin.message_user(
                request, f"{application.name}: {' '.join(error.messages)}", messages.ERROR
            )
        else:
            approved += 1
    skipped = queryset.exclude(status=ApplicationStatus.PENDING).count()
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d application approved; the applicant has been emailed.",
            "%(count)d applications approved; the applicants have been emailed.",
            approved,
        )
        % {"count": approved},
        messages.SUCCESS if approved else messages.WARNING,
    )
    if skipped:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d selected application was already decided and was left as it is.",
                "%(count)d selected applications were already decided and were left as they are.",
                skipped,
            )
            % {"count": skipped},
            messages.WARNING,
        )


@admin.action(description=_("Reject the selected applications (asks for a reason)"))
def reject_applications(modeladmin, request, queryset):
    pending = queryset.filter(status=ApplicationStatus.PENDING)
    form = RejectForm(request.POST if "apply" in request.POST else None)
    if form.is_bound and form.is_valid():
        rejected = 0
        for application in pending:
            try:
                application_reject(
                    application=application,
                    moderator=request.user,
                    reason=form.cleaned_data["reason"],
                    site_url=request.build_absolute_uri("/"),
                )
            except ValidationError as error:
                modeladmin.message_user(
                    request, f"{application.name}: {' '.join(error.messages)}", messages.ERROR
                )
            else:
                rejected += 1
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d application rejected; the applicant has been emailed the reason.",
                "%(count)d applications rejected; the applicants have been emailed the reason.",
                rejected,
            )
            % {"count": rejected},
            messages.SUCCESS if rejected else messages.WARNING,
        )
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": _("Reject applications"),
        "opts": modeladmin.model._meta,
        "form": form,
        "applications": pending,
        "selected": queryset.values_list("pk", flat=True),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "action": "reject_applications",
    }
    return TemplateResponse(request, "admin/coalition/application/reject.html", context)


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = [
        "name",
        "applicant_type",
        "kind",
        "region",
        "email",
        "submitted_at",
        "status",
        "repeats",
    ]
    list_filter = ["status", "applicant_type", "kind", "region", "language", "submitted_at"]
    search_fields = ["name", "contact_person", "email", "phone"]
    ordering = ["-submitted_at"]
    date_hierarchy = "submitted_at"
    actions = [approve_applications, reject_applications]
    filter_horizontal = ["themes"]
    readonly_fields = [
        "status",
        "submitted_at",
        "language",
        "ip_hash",
        "repeat_count",
        "last_repeated_at",
        "duplicate_of",
        "consent_to_processing",
        "rejection_reason",
        "decided_at",
        "decided_by",
        "member",
    ]
    fieldsets = [
        (
            _("Applicant"),
            {
                "fields": [
                    "applicant_type",
                    "kind",
                    "name",
                    "contact_person",
                    "email",
                    "phone",
                    "website",
                    "region",
                    "themes",
                    "interests",
                ]
            },
        ),
        (
            _("Consent"),
            {
                "fields": [
                    "publish_email",
                    "publish_phone",
                    "publish_website",
                    "consent_to_processing",
                ]
            },
        ),
        (
            _("Moderation"),
            {
                "fields": [
                    "status",
                    "staff_note",
                    "rejection_reason",
                    "decided_at",
                    "decided_by",
                    "member",
                ]
            },
        ),
        (
            _("Where it came from"),
            {
                "fields": [
                    "submitted_at",
                    "language",
                    "ip_hash",
                    "repeat_count",
                    "last_repeated_at",
                    "duplicate_of",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        # Applications come from the public form, never typed in by staff.
        return False

    @admin.display(description=_("repeats"), ordering="repeat_count")
    def repeats(self, obj):
        if not obj.repeat_count and not obj.duplicate_of_id:
            return "—"
        parts = []
        if obj.repeat_count:
            parts.append(
                ngettext(
                    "sent again %(count)d time", "sent again %(count)d times", obj.repeat_count
                )
                % {"count": obj.repeat_count}
            )
        if obj.duplicate_of_id:
            parts.append(str(_("applied before")))
        return format_html('<strong class="repeat-flag">{}</strong>', "; ".join(parts))
