"""Changes of state staff make: keyword-only, atomic, refusing with ValidationError."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from publishing.models import PublicationState

from .models import MeetingStatus, Transcript


@transaction.atomic
def transcript_publish(*, transcript: Transcript, published_at=None) -> Transcript:
    """Publish a transcript: its meeting must be held and public, and it must hold something."""
    transcript = (
        Transcript.objects.select_for_update().select_related("meeting").get(pk=transcript.pk)
    )
    meeting = transcript.meeting
    if meeting.status != MeetingStatus.HELD:
        raise ValidationError(
            _("Only the transcript of a meeting that was held can be published."),
            code="meeting_not_held",
        )
    if not meeting.is_published():
        raise ValidationError(
            _("Publish meeting No. %(number)s first: its transcript cannot be public before it.")
            % {"number": meeting.number},
            code="meeting_not_published",
        )
    if not transcript.turns.exists() and not transcript.files.exists():
        raise ValidationError(
            _("The transcript has neither text nor files yet."), code="transcript_empty"
        )
    transcript.publication_state = PublicationState.PUBLISHED
    transcript.published_at = published_at or transcript.published_at or timezone.now()
    transcript.full_clean()
    transcript.save()
    return transcript
