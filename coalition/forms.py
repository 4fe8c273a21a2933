"""The join form: everything is checked on the server, with messages in the visitor's language."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from commitments.models import Theme

from .models import ORGANIZATION_KINDS, ApplicantType, MemberKind, Region

REQUIRED = _("Please fill in this field.")
TOO_LONG = _("Please keep this under %(limit_value)d characters (it has %(show_value)d).")
CHOOSE = _("Please choose one of the options offered.")

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LINE_BREAKS = re.compile(r"[\r\n\t]")


def no_control_characters(value):
    if CONTROL_CHARACTERS.search(value):
        raise ValidationError(_("This contains characters that cannot be typed."), code="control")


def single_line(value):
    no_control_characters(value)
    if LINE_BREAKS.search(value):
        raise ValidationError(_("Please write this on one line."), code="multiline")


def has_a_letter(value):
    if not any(char.isalpha() for char in value):
        raise ValidationError(_("A name needs at least one letter."), code="no_letter")
    if value.startswith(("=", "+", "-", "@")):
        raise ValidationError(_("A name cannot begin with =, +, - or @."), code="formula")


def phone_number(value):
    if len([char for char in value if char.isdigit()]) < 6:
        raise ValidationError(
            _("Enter a phone number with its code, e.g. +996 312 123456."), code="phone"
        )


phone_characters = RegexValidator(
    r"^\+?[0-9 ()\-.]+$",
    _("Enter a phone number with its code, e.g. +996 312 123456."),
    code="phone",
)


def messages(**extra):
    return {"required": REQUIRED, "max_length": TOO_LONG, "invalid_choice": CHOOSE, **extra}


class ThemeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class JoinForm(forms.Form):
    applicant_type = forms.ChoiceField(
        label=_("I apply as"),
        choices=ApplicantType.choices,
        widget=forms.RadioSelect,
        error_messages=messages(),
    )
    kind = forms.ChoiceField(
        label=_("Kind of organization"),
        choices=[("", _("— choose —")), *ORGANIZATION_KINDS],
        required=False,
        help_text=_("For an organization; an individual expert leaves it as it is."),
        error_messages=messages(),
    )
    name = forms.CharField(
        label=_("Name of the organization, or your full name as an expert"),
        max_length=300,
        validators=[single_line, has_a_letter],
        error_messages=messages(),
    )
    contact_person = forms.CharField(
        label=_("Contact person"),
        max_length=200,
        required=False,
        help_text=_("For an organization: who we write to."),
        validators=[single_line, has_a_letter],
        error_messages=messages(),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        validators=[single_line],
        error_messages=messages(invalid=_("Enter an email address such as name@example.kg.")),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        validators=[single_line, phone_characters, phone_number],
        error_messages=messages(),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    website = forms.URLField(
        label=_("Website"),
        max_length=200,
        required=False,
        assume_scheme="https",
        validators=[single_line],
        error_messages=messages(invalid=_("Enter a web address such as https://example.kg.")),
    )
    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("— choose —")), *Region.choices],
        error_messages=messages(),
    )
    themes = ThemeChoiceField(
        label=_("Themes you work on"),
        queryset=Theme.objects.none(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages=messages(
            invalid_pk_value=CHOOSE, invalid_list=CHOOSE, required=_("Please choose at least one.")
        ),
    )
    interests = forms.CharField(
        label=_("What you want to work on in the Coalition"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        validators=[no_control_characters],
        error_messages=messages(),
    )
    publish_email = forms.BooleanField(label=_("my email"), required=False)
    publish_phone = forms.BooleanField(label=_("my phone"), required=False)
    publish_website = forms.BooleanField(label=_("my website"), required=False)
    consent_to_processing = forms.BooleanField(
        label=_(
            "I agree that the Secretariat of the National Forum processes the data in this form "
            "to consider my application."
        ),
        error_messages={
            "required": _("We can only consider an application with this consent."),
        },
    )
    # A trap for robots: hidden from people, who leave it empty.
    contact_fax = forms.CharField(required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        themes = Theme.objects.published().order_by("order", "slug")
        field = self.fields["themes"]
        field.queryset = themes  # what a submitted choice is checked against
        # Read once: the boxes to draw, and whether to ask for a theme at all.
        shown = [(theme.slug, field.label_from_instance(theme)) for theme in themes]
        field.widget.choices = shown
        self.has_themes = bool(shown)
        # Choosing a theme is asked for only when there are themes to choose from.
        field.required = self.has_themes
        for name in ("kind", "name", "contact_person", "email", "phone", "website", "region"):
            self.fields[name].widget.attrs.setdefault("autocomplete", self.AUTOCOMPLETE[name])

    AUTOCOMPLETE = {
        "kind": "off",
        "name": "organization",
        "contact_person": "name",
        "email": "email",
        "phone": "tel",
        "website": "url",
        "region": "off",
    }

    @property
    def is_robot(self):
        return bool(self.data.get("contact_fax", "").strip())

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != "contact_fax"]

    def clean(self):
        cleaned = super().clean()
        applicant_type = cleaned.get("applicant_type")
        if applicant_type == ApplicantType.ORGANIZATION:
            if not cleaned.get("kind"):
                self.add_error("kind", _("Please choose what kind of organization it is."))
            if not cleaned.get("contact_person") and "contact_person" not in self.errors:
                self.add_error("contact_person", _("Please name the contact person."))
        elif applicant_type == ApplicantType.EXPERT:
            cleaned["kind"] = MemberKind.EXPERT
        if cleaned.get("publish_phone") and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Give the phone number you agree to publish."))
        if (
            cleaned.get("publish_website")
            and not cleaned.get("website")
            and "website" not in self.errors
        ):
            self.add_error("website", _("Give the website you agree to publish."))
        return cleaned


class RejectForm(forms.Form):
    """The reason staff give when they reject applications; the applicants read it."""

    reason = forms.CharField(
        label=_("Reason for the rejection (sent to the applicant)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5, "cols": 60}),
        error_messages=messages(),
    )
