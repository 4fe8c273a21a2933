"""Site content staff edit: explainer pages, OGP in numbers, Kyrgyzstan's path, contacts."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from publishing.models import Publishable
from publishing.sanitize import sanitize_html


class Page(Publishable):
    """An explainer page under /about/, e.g. what OGP is or how the IRM works."""

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    body = models.TextField(
        _("text"), blank=True, help_text=_("Rich text; unsafe markup is removed on save.")
    )
    source_url = models.URLField(_("source"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["order", "slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pages:about_page", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        for code, _name in settings.LANGUAGES:
            field = f"body_{code}"
            setattr(self, field, sanitize_html(getattr(self, field, "")))
        super().save(*args, **kwargs)


class KeyFigure(Publishable):
    """One of "OGP in numbers" on the home page."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    value = models.CharField(_("value"), max_length=40)
    label = models.CharField(_("label"), max_length=200)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("key figure")
        verbose_name_plural = _("OGP in numbers")
        ordering = ["order"]

    def __str__(self):
        return f"{self.value} {self.label}"


class TimelineEvent(Publishable):
    """A step of Kyrgyzstan's path in OGP."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    date = models.DateField(_("date"), null=True, blank=True)
    date_label = models.CharField(
        _("date as shown"),
        max_length=60,
        blank=True,
        help_text=_("For periods such as January to October 2018; otherwise the date is shown."),
    )
    title = models.CharField(_("event"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    link = models.URLField(_("link"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("timeline event")
        verbose_name_plural = _("Kyrgyzstan's path in OGP")
        ordering = ["order", "date"]

    def __str__(self):
        return self.title


class ContactKind(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    WEBSITE = "website", _("Website")
    TEXT = "text", _("Text")


class ContactPoint(Publishable):
    """A line of the Secretariat's contacts in the footer of every page."""

    label = models.CharField(_("label"), max_length=200)
    value = models.CharField(_("value"), max_length=300)
    kind = models.CharField(_("kind"), max_length=10, choices=ContactKind.choices)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("Secretariat contacts")
        ordering = ["order"]

    def __str__(self):
        return f"{self.label}: {self.value}"

    @property
    def href(self):
        if self.kind == ContactKind.EMAIL:
            return f"mailto:{self.value}"
        if self.kind == ContactKind.PHONE:
            return "tel:+" + "".join(ch for ch in self.value if ch.isdigit())
        if self.kind == ContactKind.WEBSITE:
            return self.value
        return ""
