"""Organizations and people: one row each, shared by the plan, the Forum, the Coalition, reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganizationKind(models.TextChoices):
    GOVERNMENT = "government", _("Government body")
    PARLIAMENT = "parliament", _("Parliament")
    CIVIL_SOCIETY = "civil_society", _("Civil-society organization")
    PRIVATE = "private", _("Private sector")
    INTERNATIONAL = "international", _("International or multilateral body")
    WORKING_GROUP = "working_group", _("Working group")


class Organization(models.Model):
    slug = models.SlugField(_("address"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganizationKind.choices)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    is_sample = models.BooleanField(_("sample data"), default=False)

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]
        indexes = [models.Index(fields=["kind"])]

    def __str__(self):
        return self.name


class Person(models.Model):
    full_name = models.CharField(_("full name"), max_length=200)
    position = models.CharField(_("position and unit"), max_length=400, blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    email = models.CharField(
        _("public email"),
        max_length=300,
        blank=True,
        help_text=_("One or more addresses, separated by semicolons, as published."),
    )
    phone = models.CharField(_("public phone"), max_length=200, blank=True)
    is_sample = models.BooleanField(_("sample data"), default=False)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name"]

    def __str__(self):
        return self.full_name

    @property
    def emails(self):
        return [part.strip() for part in self.email.replace(",", ";").split(";") if part.strip()]

    @property
    def phones(self):
        """Each published number with the digits a tel: link dials."""
        numbers = []
        for part in self.phone.replace(",", ";").split(";"):
            shown = part.strip()
            if shown:
                dial = "+" + "".join(ch for ch in shown if ch.isdigit())
                numbers.append({"shown": shown, "dial": dial})
        return numbers
