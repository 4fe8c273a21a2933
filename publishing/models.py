"""What every piece of public content shares: a publication state and a sample-data flag."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PublicationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """The one rule for what the public sees: published, and its date has come."""
        return self.filter(
            publication_state=PublicationState.PUBLISHED, published_at__lte=timezone.now()
        )

    def visible_to(self, user):
        """Staff preview drafts on their public address; everyone else sees published items."""
        if user is not None and user.is_active and user.is_staff:
            return self
        return self.published()


class Publishable(models.Model):
    publication_state = models.CharField(
        _("publication state"),
        max_length=10,
        choices=PublicationState.choices,
        default=PublicationState.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Filled in when the item is first published; a future date delays it."),
    )
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Shown to visitors as sample data: not taken from an official source."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.publication_state == PublicationState.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def is_published(self):
        return (
            self.publication_state == PublicationState.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    is_published.boolean = True
    is_published.short_description = _("public")
