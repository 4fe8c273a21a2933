"""Markup a page repeats per row (commitment cards, milestones), written in Python.

The template engine spends about a millisecond on a commitment card (thirty variable lookups,
a dozen translations, a nested include), and a page lists twenty. Here the labels are
translated once per list and a card is one f-string; every value goes through _html(), Django's
conditional_escape: text is escaped, what is already safe markup (a fallback's note) is kept.
"""

from types import SimpleNamespace

from django import template
from django.utils.formats import date_format
from django.utils.html import conditional_escape as _html
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from publishing.templatetags.portal import filesize, sample_badge, tr

from ..models import CommitmentStatus, MilestoneCompletion

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


def _date_html(value):
    if value is None:
        return "…"
    return f'<time datetime="{value:%Y-%m-%d}">{_html(date_format(value, "DATE_FORMAT"))}</time>'


def _milestone_html(milestone, labels):
    overdue = milestone.is_overdue
    completion = _html(milestone.completion)
    facts = []
    if milestone.deliverable:
        facts.append(
            f"<div><dt>{labels['deliverable']}</dt>"
            f"<dd>{_html(tr(milestone, 'deliverable'))}</dd></div>"
        )
    if milestone.start_date or milestone.end_date:
        dates = f"{_date_html(milestone.start_date)} – {_date_html(milestone.end_date)}"
    else:
        dates = labels["not_set"]
    facts.append(f"<div><dt>{labels['dates']}</dt><dd>{dates}</dd></div>")
    files = milestone.evidence_files.all()
    if milestone.evidence_url or files:
        evidence = ""
        if milestone.evidence_url:
            url = _html(milestone.evidence_url)
            evidence += f'<li><a href="{url}" rel="nofollow noopener">{url}</a></li>'
        for file in files:
            evidence += (
                f'<li><a href="{_html(file.get_absolute_url())}">{_html(file)}</a>'
                f' <span class="file-meta">({_html(file.format_label)},'
                f" {_html(filesize(file.size))})</span></li>"
            )
        facts.append(
            f'<div><dt>{labels["evidence"]}</dt><dd><ul class="evidence">{evidence}</ul></dd></div>'
        )
    updated = localtime(milestone.updated_at)
    facts.append(
        f"<div><dt>{labels['updated']}</dt><dd>"
        f'<time datetime="{_html(date_format(updated, "c"))}">'
        f"{_html(date_format(updated, 'DATE_FORMAT'))}</time></dd></div>"
    )
    badge = labels["sample_badge"] if milestone.is_sample else ""
    late = f' <span class="badge badge-late">{labels["overdue"]}</span>' if overdue else ""
    return (
        f'<li id="milestone-{milestone.pk}" class="milestone milestone-{completion}'
        f'{" milestone-overdue" if overdue else ""}">\n'
        f'  <h3 class="milestone-activity">{_html(tr(milestone, "activity"))} {badge}</h3>\n'
        f'  <p class="milestone-status"><span class="status status-{completion}">'
        f"{labels['completions'].get(milestone.completion, completion)}</span>{late}</p>\n"
        '  <dl class="facts">\n    ' + "\n    ".join(facts) + "\n  </dl>\n</li>"
    )


@register.simple_tag
def milestone_timeline(milestones):
    """A commitment's milestones in their order, each with its status, dates and evidence."""
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
    items = "\n".join(_milestone_html(milestone, labels) for milestone in milestones)
    return mark_safe(f'<ol class="milestone-timeline">\n{items}\n</ol>')
