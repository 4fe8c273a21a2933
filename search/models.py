"""One denormalised row per searchable place, per language: what the search page reads.

On PostgreSQL the table also holds generated tsvector columns (`document`, all of an entry;
`rank_document`, its title and first words) and GIN indexes (full-text and trigram), created
by migrations 0002-0004 only there; the model does not declare the columns, so the same model
works on SQLite, where the search falls back to plain substring matching over the same rows.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Index names the PostgreSQL migrations create; the plan test looks for them.
TITLE_TRIGRAM_INDEX = "search_entry_title_trgm"
LEAD_TRIGRAM_INDEX = "search_entry_lead_trgm"
RANK_INDEX = "search_entry_rank_gin"
# How many characters of a text open it: weighed in `rank_document`, compared for typos.
LEAD_LENGTH = 300


def document_index(kind, language):
    """The full-text index of one kind's entries in one language (migration 0003)."""
    return f"search_doc_{kind}_{language}"


class Kind(models.TextChoices):
    """What a result is, in the order the filter lists them."""

    COMMITMENT = "commitment", pgettext_lazy("search results", "Commitments")
    MILESTONE = "milestone", pgettext_lazy("search results", "Milestones")
    MEETING = "meeting", pgettext_lazy("search results", "Forum meetings")
    TRANSCRIPT = "transcript", pgettext_lazy("search results", "Transcripts")
    REPORT = "report", pgettext_lazy("search results", "Reports")
    COALITION_MEMBER = "coalition_member", pgettext_lazy("search results", "Coalition members")
    ORGANIZATION = "organization", pgettext_lazy("search results", "Organizations")
    PERSON = "person", pgettext_lazy("search results", "People")
    PAGE = "page", pgettext_lazy("search results", "About OGP")


# Every GIN index the search reads on PostgreSQL.
GIN_INDEXES = (
    RANK_INDEX,
    TITLE_TRIGRAM_INDEX,
    LEAD_TRIGRAM_INDEX,
    *(
        document_index(kind, language)
        for kind in Kind.values
        for language, _name in settings.LANGUAGES
    ),
)

# The label each single result carries ("Commitment", not "Commitments").
KIND_SINGULAR = {
    Kind.COMMITMENT: pgettext_lazy("search results", "Commitment"),
    Kind.MILESTONE: pgettext_lazy("search results", "Milestone"),
    Kind.MEETING: pgettext_lazy("search results", "Forum meeting"),
    Kind.TRANSCRIPT: pgettext_lazy("search results", "Transcript"),
    Kind.REPORT: pgettext_lazy("search results", "Report"),
    Kind.COALITION_MEMBER: pgettext_lazy("search results", "Coalition member"),
    Kind.ORGANIZATION: pgettext_lazy("search results", "Organization"),
    Kind.PERSON: pgettext_lazy("search results", "Person"),
    Kind.PAGE: pgettext_lazy("search results", "Explainer page"),
}


class SearchEntry(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("object id"))
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    anchor = models.CharField(
        _("anchor"),
        max_length=60,
        blank=True,
        default="",
        help_text=_("A place inside the object's page, e.g. a transcript turn (turn-12)."),
    )
    title = models.CharField(_("title"), max_length=500)
    body = models.TextField(_("text"), blank=True)
    context = models.CharField(
        _("context"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the title, e.g. the commitment a milestone belongs to."),
    )
    url = models.CharField(_("address"), max_length=500)
    text_language = models.CharField(
        _("language of the text"),
        max_length=2,
        choices=settings.LANGUAGES,
        help_text=_("Russian where the translation is missing and the Russian text stands in."),
    )
    boost = models.FloatField(_("rank weight"), default=1.0)
    is_sample = models.BooleanField(_("sample data"), default=False)
    date = models.DateField(_("date"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last update"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        ordering = ["kind", "object_id", "language", "anchor"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language", "anchor"],
                name="search_one_entry_per_place_and_language",
            )
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_entry_language_kind")]

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.language}): {self.title[:60]}"

    @property
    def kind_label(self):
        return KIND_SINGULAR.get(self.kind, self.kind)
