"""What changes the Coalition's state: applications arrive, staff approve or reject them.

Each function is keyword-only, does its database work inside one transaction and refuses an
impossible change with a ValidationError. Emails are sent after the database work and never
undo it: a mail server that is down is logged, not turned into an error page.
"""

import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from directory.models import Organization, OrganizationKind
from publishing.models import PublicationState

from .models import ApplicantType, Application, ApplicationStatus, Member, Region

logger = logging.getLogger(__name__)

# Russian and Kyrgyz letters as Latin, so an address stays readable: «Жарандык» -> zharandyk.
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ng",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def transliterate(text):
    return "".join(CYRILLIC_TO_LATIN.get(char, char) for char in text.lower())


def unique_slug(model, text, *, max_length=100, fallback="member"):
    """A Latin address made from a name, with -2, -3 … when it is taken."""
    base = slugify(transliterate(text))[: max_length - 6].strip("-") or fallback
    slug, suffix = base, 2
    while model.objects.filter(slug=slug).exists():
        slug = f"{base}-{suffix}"
        suffix += 1
    return slug


def address_fingerprint(address):
    """A keyed hash of a client address: the same address gives the same value, nothing more."""
    return salted_hmac(
        "coalition.client-address", address or "unknown", algorithm="sha256"
    ).hexdigest()


def _single_line(text):
    return " ".join(str(text).split())


def _absolute(site_url, path):
    return f"{site_url.rstrip('/')}{path}" if site_url else path


def _send(*, subject, body, recipients):
    """Send one plain-text email; a failing mail server is logged, never raised."""
    try:
        send_mail(_single_line(subject)[:200], body, settings.DEFAULT_FROM_EMAIL, recipients)
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the email %r to %s", subject, recipients)
        return False
    return True


@dataclass
class Submission:
    application: Application
    is_repeat: bool


APPLICATION_FIELDS = [
    "applicant_type",
    "kind",
    "name",
    "contact_person",
    "email",
    "phone",
    "website",
    "region",
    "interests",
    "publish_email",
    "publish_phone",
    "publish_website",
    "consent_to_processing",
]


def _record_repeat(existing):
    Application.objects.filter(pk=existing.pk).update(
        repeat_count=F("repeat_count") + 1, last_repeated_at=timezone.now()
    )
    existing.refresh_from_db()
    return existing


def application_submit(*, data, themes, language, client_address, site_url=""):
    """Store an application from the join form, or note a repeat of a pending one.

    A second application from an email whose application is still pending is not stored
    again: the pending one counts the repeat and the Secretariat is told it is a repeat.
    """
    if not data.get("consent_to_processing"):
        raise ValidationError(_("Without consent to the processing of data we cannot apply."))
    values = {name: data.get(name, "") for name in APPLICATION_FIELDS}
    values["email"] = values["email"].strip()
    if values["applicant_type"] == ApplicantType.EXPERT:
        values["kind"] = "expert"
    with transaction.atomic():
        pending = (
            Application.objects.select_for_update()
            .filter(email__iexact=values["email"], status=ApplicationStatus.PENDING)
            .first()
        )
        if pending is not None:
            application, is_repeat = _record_repeat(pending), True
        else:
            earlier = (
                Application.objects.filter(email__iexact=values["email"])
                .order_by("-submitted_at")
                .first()
            )
            try:
                with transaction.atomic():
                    application = Application.objects.create(
                        **values,
                        language=language,
                        ip_hash=address_fingerprint(client_address),
                        duplicate_of=earlier,
                    )
                    application.themes.set(themes)
                    is_repeat = False
            except IntegrityError:
                # Another request from the same email was stored a moment before this one.
                pending = Application.objects.get(
                    email__iexact=values["email"], status=ApplicationStatus.PENDING
                )
                application, is_repeat = _record_repeat(pending), True
    _notify_secretariat(
        application=application, submitted=values, themes=themes, is_repeat=is_repeat,
        site_url=site_url,
    )  # fmt: skip
    return Submission(application=application, is_repeat=is_repeat)


def _notify_secretariat(*, application, submitted, themes, is_repeat, site_url):
    # The Secretariat works in Russian, the portal's default language.
    with translation.override(settings.LANGUAGE_CODE):
        admin_path = reverse("admin:coalition_application_change", args=[application.pk])
        context = {
            "application": application,
            "submitted": submitted,
            "themes": [theme.name for theme in themes],
            "is_repeat": is_repeat,
            "admin_url": _absolute(site_url, admin_path),
            "applicant_type": dict(ApplicantType.choices).get(submitted["applicant_type"], ""),
            "kind": application.get_kind_display(),
            "region": dict(Region.choices).get(submitted["region"], ""),
            "language": dict(settings.LANGUAGES).get(application.language, ""),
        }
        if is_repeat:
            subject = gettext("Repeat application to the Coalition: %(name)s") % {
                "name": submitted["name"]
            }
        else:
            subject = gettext("New application to the Coalition: %(name)s") % {
                "name": submitted["name"]
            }
        body = render_to_string("coalition/emails/secretariat_application.txt", context)
    return _send(subject=subject, body=body, recipients=list(settings.SECRETARIAT_EMAILS))


def _lock_pending(application):
    """Lock the row and check that it is still waiting for a decision."""
    Application.objects.select_for_update().filter(pk=application.pk).first()
    application.refresh_from_db()
    if application.status != ApplicationStatus.PENDING:
        raise ValidationError(
            _("This application has already been decided (%(status)s)."),
            params={"status": application.get_status_display()},
        )


def _organization_for(name, language):
    """The directory's organization of that name, or a new one for an organization applicant."""
    match = Q(name_ru__iexact=name) | Q(name_ky__iexact=name) | Q(name_en__iexact=name)
    organization = Organization.objects.filter(match).first()
    if organization is not None:
        return organization, False
    organization = Organization(
        slug=unique_slug(Organization, name, fallback="organization"),
        kind=OrganizationKind.CIVIL_SOCIETY,
        name_ru=name,
    )
    setattr(organization, f"name_{language}", name)
    organization.save()
    return organization, True


def application_approve(*, application, moderator, site_url=""):
    """Make the applicant a published member, with only the contacts they agreed to publish."""
    with transaction.atomic():
        _lock_pending(application)
        organization = None
        if application.applicant_type == ApplicantType.ORGANIZATION:
            organization, created = _organization_for(application.name, application.language)
            if not created and organization.coalition_memberships.exists():
                raise ValidationError(
                    _("%(name)s is already a member of the Coalition."),
                    params={"name": organization.name},
                )
        member = Member(
            slug=unique_slug(Member, application.name),
            organization=organization,
            kind=application.kind,
            region=application.region,
            joined_on=timezone.localdate(),
            website=application.website if application.publish_website else "",
            public_email=application.email if application.publish_email else "",
            public_phone=application.phone if application.publish_phone else "",
            publication_state=PublicationState.PUBLISHED,
        )
        if organization is None:
            member.name_ru = application.name
            setattr(member, f"name_{application.language}", application.name)
        member.save()
        member.themes.set(application.themes.all())
        application.status = ApplicationStatus.APPROVED
        application.decided_at = timezone.now()
        application.decided_by = moderator
        application.member = member
        application.save(update_fields=["status", "decided_at", "decided_by", "member"])
    with translation.override(application.language):
        body = render_to_string(
            "coalition/emails/applicant_approved.txt",
            {
                "application": application,
                "member_url": _absolute(site_url, member.get_absolute_url()),
                "coalition_url": _absolute(site_url, reverse("coalition:index")),
            },
        )
        subject = gettext("Welcome to the Open Government Coalition")
    _send(subject=subject, body=body, recipients=[application.email])
    return member


def application_reject(*, application, moderator, reason, site_url=""):
    """Refuse an application with a reason the applicant reads in their own language."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give a reason for the rejection: the applicant will read it."))
    if len(reason) > 2000:
        raise ValidationError(_("Keep the reason under 2000 characters."))
    with transaction.atomic():
        _lock_pending(application)
        application.status = ApplicationStatus.REJECTED
        application.rejection_reason = reason
        application.decided_at = timezone.now()
        application.decided_by = moderator
        application.save(update_fields=["status", "rejection_reason", "decided_at", "decided_by"])
    with translation.override(application.language):
        body = render_to_string(
            "coalition/emails/applicant_rejected.txt",
            {
                "application": application,
                "join_url": _absolute(site_url, reverse("coalition:join")),
            },
        )
        subject = gettext("Your application to the Open Government Coalition")
    _send(subject=subject, body=body, recipients=[application.email])
    return application
