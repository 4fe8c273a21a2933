"""Markup a page repeats per row (commitment cards, milestones), written in Python.

The template engine spends about a millisecond on a commitment card (thirty variable lookups,
a dozen translations, a nested include), and a page lists twenty. Here the labels are
translated once per list and a card is one f-string; every value goes through _html(), Django's
conditional_escape: text is escaped, what is already safe markup (a fallback's note) is kept.
"""

from types import SimpleNamespace

from django import template
from django.utils import dateformat
from django.utils.formats import date_format, get_format
from django.utils.html import conditional_escape as _html
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import localdate, localtime
from django.utils.translation import gettext as _

from directory.models import Person
from publishing.templatetags.portal import filesize, sample_badge, tr, tr_row
from publishing.translation import current_language, row_in_language

from ..models import (
    CLOSED_COMPLETIONS,
    CommitmentStatus,
    MilestoneCompletion,
    MilestoneEvidence,
    PartnerKind,
)

register = template.Library()


def _progress_labels():
    return {
        "meter": _html(_("Milestones completed")),
        "sample_title": _html(
            _("Counted from milestones that are sample data, not from an official source.")
        ),
        "sample": _html(_("Sample data")),
        "none": _html(_("No milestones recorded yet.")),
    }


def _progress_html(progress, labels):
    if not progress.total:
        return (
            f'<div class="commitment-progress"><p class="progress-text">{labels["none"]}</p></div>'
        )
    badges = ""
    if progress.overdue:
        badges += f' <span class="badge badge-late">{_html(progress.overdue_label)}</span>'
    if progress.sample:
        badges += (
            f' <span class="badge badge-sample" title="{labels["sample_title"]}">'
            f"{labels['sample']}</span>"
        )
    percent = progress.percent
    return (
        f'<div class="commitment-progress">\n<progress class="progress-meter"'
        f' max="{progress.total}" value="{progress.completed}" aria-label="{labels["meter"]}">'
        f"{percent}%</progress>\n"
        f'<p class="progress-text">{_html(progress.summary)} ({percent}%){badges}</p>\n</div>'
    )


@register.simple_tag
def progress_meter(progress):
    """How far a commitment, a theme or a plan got: a meter and a sentence with its badges."""
    return mark_safe(_progress_html(progress, _progress_labels()))


def _card_html(commitment, heading, show_plan, labels):
    ids = f'<span class="commitment-number">№ {commitment.number}</span>'
    if commitment.ogp_id:
        ids += f' <span class="ogp-id" title="{labels["ogp_id"]}">{_html(commitment.ogp_id)}</span>'
    if show_plan:
        ids += f' <span class="commitment-plan">{_html(commitment.plan.label)}</span>'
    lead_agency = (
        _html(tr(commitment.lead_agency, "name"))
        if commitment.lead_agency
        else labels["not_stated"]
    )
    themes = ""
    if commitment.theme_links:
        links = ", ".join(
            f'<a href="{_html(theme.url)}">{_html(tr(theme, "name"))}</a>'
            for theme in commitment.theme_links
        )
        themes = f"\n    <div><dt>{labels['themes']}</dt><dd>{links}</dd></div>"
    badge = labels["sample_badge"] if commitment.is_sample else ""
    status = _html(commitment.status)
    return (
        '<li class="commitment-card">\n'
        f'  <p class="commitment-ids">{ids}</p>\n'
        f'  <{heading} class="commitment-title"><a href="{_html(commitment.url)}">'
        f"{_html(tr(commitment, 'title'))}</a> {badge}</{heading}>\n"
        '  <dl class="facts">\n'
        f"    <div><dt>{labels['lead_agency']}</dt><dd>{lead_agency}</dd></div>\n"
        f"    <div><dt>{labels['status']}</dt><dd>"
        f'<span class="status status-{status}">{labels["statuses"].get(status, status)}</span>'
        f"</dd></div>{themes}\n"
        "  </dl>\n"
        f"  {_progress_html(commitment.progress, labels)}\n"
        "</li>"
    )


@register.simple_tag
def commitment_cards(commitments, heading="h3", show_plan=False):
    """The rows of selectors.list_rows() as a list of cards; heading is the title's level."""
    if heading not in ("h2", "h3", "h4"):
        raise ValueError(f"not a heading for a card: {heading!r}")

    labels = _progress_labels() | {
        "ogp_id": _html(_("OGP identifier")),
        "not_stated": _html(_("Not stated")),
        "lead_agency": _html(_("Lead agency")),
        "status": _html(_("Status")),
        "themes": _html(_("Themes")),
        "statuses": {value: _html(label) for value, label in CommitmentStatus.choices},
        "sample_badge": _html(sample_badge(SimpleNamespace(is_sample=True))),
    }
    cards = "\n".join(_card_html(row, heading, show_plan, labels) for row in commitments)
    return mark_safe(f'<ul class="commitment-list">{cards}</ul>')


def _date_html(value, date_format=date_format):
    if value is None:
        return "…"
    return f'<time datetime="{value:%Y-%m-%d}">{_html(date_format(value, "DATE_FORMAT"))}</time>'


def _date_formatter():
    """date_format(value, "DATE_FORMAT") with the format looked up once, not per date."""
    shown = get_format("DATE_FORMAT")
    return lambda value, _name: dateformat.format(value, shown)


# The commitment page's lists are plain rows (selectors.commitment_detail_lists()), not model
# instances: {% tr %} of a row, escaped.


def _tr_row(row, field, language, prefix=""):
    return _html(tr_row(row, field, language, prefix))


def _evidence_html(row, milestone_id):
    # A file row is rare, and its name, link and format are the model's to say.
    file = MilestoneEvidence(
        id=row["id"],
        milestone_id=milestone_id,
        original_filename=row["original_filename"],
        size=row["size"],
        file=row["file"],
        **{name: row[name] for name in row if name.startswith("title_")},
    )
    return (
        f'<li><a href="{_html(file.get_absolute_url())}">{_html(file)}</a>'
        f' <span class="file-meta">({_html(file.format_label)},'
        f" {_html(filesize(file.size))})</span></li>"
    )


def _milestone_html(milestone, labels, language, today, date_format):
    overdue = (
        milestone["end_date"] is not None
        and milestone["end_date"] < today
        and milestone["completion"] not in CLOSED_COMPLETIONS
    )
    completion = _html(milestone["completion"])
    facts = []
    if row_in_language(milestone, "deliverable", language)[0]:
        facts.append(
            f"<div><dt>{labels['deliverable']}</dt>"
            f"<dd>{_tr_row(milestone, 'deliverable', language)}</dd></div>"
        )
    if milestone["start_date"] or milestone["end_date"]:
        start, end = milestone["start_date"], milestone["end_date"]
        dates = f"{_date_html(start, date_format)} – {_date_html(end, date_format)}"
    else:
        dates = labels["not_set"]
    facts.append(f"<div><dt>{labels['dates']}</dt><dd>{dates}</dd></div>")
    files = milestone["evidence"]
    if milestone["evidence_url"] or files:
        evidence = ""
        if milestone["evidence_url"]:
            url = _html(milestone["evidence_url"])
            evidence += f'<li><a href="{url}" rel="nofollow noopener">{url}</a></li>'
        for file in files:
            evidence += _evidence_html(file, milestone["id"])
        facts.append(
            f'<div><dt>{labels["evidence"]}</dt><dd><ul class="evidence">{evidence}</ul></dd></div>'
        )
    updated = localtime(milestone["updated_at"])
    facts.append(
        f"<div><dt>{labels['updated']}</dt><dd>"
        f'<time datetime="{_html(updated.isoformat())}">'
        f"{_html(date_format(updated, 'DATE_FORMAT'))}</time></dd></div>"
    )
    badge = labels["sample_badge"] if milestone["is_sample"] else ""
    late = f' <span class="badge badge-late">{labels["overdue"]}</span>' if overdue else ""
    return (
        f'<li id="milestone-{milestone["id"]}" class="milestone milestone-{completion}'
        f'{" milestone-overdue" if overdue else ""}">\n'
        f'  <h3 class="milestone-activity">{_tr_row(milestone, "activity", language)}'
        f" {badge}</h3>\n"
        f'  <p class="milestone-status"><span class="status status-{completion}">'
        f"{labels['completions'].get(milestone['completion'], completion)}</span>{late}</p>\n"
        '  <dl class="facts">\n    ' + "\n    ".join(facts) + "\n  </dl>\n</li>"
    )


@register.simple_tag
def milestone_timeline(milestones):
    """A commitment's milestones (rows of commitment_detail_lists()) in their order, each with
    its status, dates and evidence."""
    labels = {
        "overdue": _html(_("Overdue")),
        "deliverable": _html(_("Verifiable deliverable")),
        "dates": _html(_("Dates")),
        "not_set": _html(_("Not set")),
        "evidence": _html(_("Evidence")),
        "updated": _html(_("Last update")),
        "completions": {value: _html(label) for value, label in MilestoneCompletion.choices},
        "sample_badge": _html(sample_badge(SimpleNamespace(is_sample=True))),
    }
    language, today, formatter = current_language(), localdate(), _date_formatter()
    items = "\n".join(
        _milestone_html(row, labels, language, today, formatter) for row in milestones
    )
    return mark_safe(f'<ol class="milestone-timeline">\n{items}\n</ol>')


def _contacts_html(person):
    # The newline closing each contact block is the one the partial it replaced left.
    if not (person.emails or person.phones):
        return "\n"
    email = _html(_("Email"))
    phone = _html(_("Phone"))
    emails = "".join(
        f'<li><span class="contact-kind">{email}:</span> '
        f'<a href="mailto:{_html(address)}">{_html(address)}</a></li>'
        for address in person.emails
    )
    phones = "".join(
        f'<li><span class="contact-kind">{phone}:</span> '
        f'<a href="tel:{_html(number["dial"])}">{_html(number["shown"])}</a></li>'
        for number in person.phones
    )
    return f'<ul class="contact-links">\n{emails}\n{phones}\n</ul>\n'


@register.simple_tag
def person_contacts(person):
    """A person's e-mail addresses and telephone numbers as links, or nothing."""
    return mark_safe(_contacts_html(person))


def _partner_html(row, language, kinds):
    if row["person_id"] is not None:
        name = _tr_row(row, "full_name", language, "person__")
        shown = f'<span class="contact-name">{name}</span>'
        if row_in_language(row, "position", language, "person__")[0]:
            shown += f" – {_tr_row(row, 'position', language, 'person__')}"
        elif row["organization_id"] is not None:
            shown += f" – {_tr_row(row, 'name', language, 'organization__')}"
        # The contacts are the model's to read from what the person gave.
        shown += _contacts_html(Person(email=row["person__email"], phone=row["person__phone"]))
    else:
        shown = _tr_row(row, "name", language, "organization__")
    if row["kind"]:
        kind = kinds.get(row["kind"], _html(row["kind"]))
        shown += f' <span class="partner-kind">({kind})</span>'
    return f"<li>{shown}</li>"


@register.simple_tag
def commitment_partners(partners):
    """Partners (rows of commitment_detail_lists()): a person with their role or organization
    and contacts, or an organization; each with its kind."""
    if not partners:
        return format_html('<p class="missing">{}</p>', _("None named in the source."))
    language = current_language()
    kinds = {value: _html(label) for value, label in PartnerKind.choices}
    items = "".join(_partner_html(row, language, kinds) for row in partners)
    return mark_safe(f'<ul class="partners">\n      {items}\n    </ul>')


@register.simple_tag
def commitment_themes(themes):
    """Theme rows of commitment_detail_lists() as links to their pages."""
    if not themes:
        return format_html('<p class="missing">{}</p>', _("No theme assigned."))
    language = current_language()
    links = "".join(
        f'<li><a href="{_html(theme["url"])}">{_tr_row(theme, "name", language)}</a></li>'
        for theme in themes
    )
    return mark_safe(f'<ul class="tags">{links}</ul>')


@register.simple_tag
def commitment_agencies(organizations):
    """Co-implementing agency rows of commitment_detail_lists(), by name."""
    if not organizations:
        return format_html('<p class="missing">{}</p>', _("None named in the source."))
    language = current_language()
    names = "".join(f"<li>{_tr_row(row, 'name', language)}</li>" for row in organizations)
    return mark_safe(f"<ul>{names}</ul>")
