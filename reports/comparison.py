"""A commitment's assessments side by side: the Forum's report, the IRM, the alternative report."""

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .choices import AssessmentSource
from .models import VALUE_FIELDS

# Always shown, so a missing assessment is visible as such; the Government's own
# self-assessment gets a column only when there is one.
ALWAYS_SHOWN = [AssessmentSource.FORUM, AssessmentSource.IRM, AssessmentSource.ALTERNATIVE]
SOURCE_ORDER = [*ALWAYS_SHOWN, AssessmentSource.GOVERNMENT]


@dataclass
class Column:
    source: AssessmentSource
    assessment: object = None

    @property
    def label(self):
        return self.source.label


@dataclass
class Cell:
    text: str
    assessed: bool
    differs: bool = False
    star: bool = False  # the cell of the "starred" row of a starred assessment


@dataclass
class Row:
    key: str
    label: str
    cells: list
    differs: bool
    compared: bool  # at least two assessments to compare


@dataclass
class Comparison:
    columns: list
    rows: list
    earlier: list = field(default_factory=list)

    @property
    def irm(self):
        return next((c.assessment for c in self.columns if c.source == AssessmentSource.IRM), None)

    @property
    def has_assessments(self):
        return any(column.assessment for column in self.columns)


def _relevance(assessment):
    values = assessment.relevant_values
    return ", ".join(str(value) for value in values) if values else _("Not relevant")


def _opened(assessment):
    if assessment.did_it_open_government:
        return assessment.get_did_it_open_government_display()
    return _("Not assessed yet")


def _starred(assessment):
    return _("Yes, starred") if assessment.is_starred else _("No")


ROWS = [
    (
        "specificity",
        gettext_lazy("Specificity (verifiability)"),
        lambda a: a.specificity,
        lambda a: a.get_specificity_display(),
    ),
    (
        "relevance",
        gettext_lazy("Relevance to OGP values"),
        lambda a: tuple(getattr(a, name) for name in VALUE_FIELDS),
        _relevance,
    ),
    (
        "potential_impact",
        gettext_lazy("Potential impact"),
        lambda a: a.potential_impact,
        lambda a: a.get_potential_impact_display(),
    ),
    (
        "completion",
        gettext_lazy("Completion"),
        lambda a: a.completion,
        lambda a: a.get_completion_display(),
    ),
    (
        "did_it_open_government",
        gettext_lazy("Did it open government?"),
        lambda a: a.did_it_open_government,
        _opened,
    ),
    ("starred", gettext_lazy("Starred"), lambda a: a.is_starred, _starred),
]


def _publication_order(assessment):
    report = assessment.report
    return (report.publication_year, report.publication_date or date.min, report.pk)


def compare(assessments):
    """The newest assessment of each source as a column, and one row per criterion.

    A row "differs" when the assessments in it do not all say the same; each cell that departs
    from the IRM's verdict (or, without one, from the first assessment) is marked too.
    """
    by_source = {}
    earlier = []
    for assessment in sorted(assessments, key=_publication_order, reverse=True):
        source = assessment.report.source
        if source in by_source:
            earlier.append(assessment)
        else:
            by_source[source] = assessment
    columns = [
        Column(source=source, assessment=by_source.get(source))
        for source in SOURCE_ORDER
        if source in ALWAYS_SHOWN or source in by_source
    ]
    present = [column.assessment for column in columns if column.assessment]
    irm = by_source.get(AssessmentSource.IRM)
    rows = []
    for key, label, raw, shown in ROWS:
        # An assessment that did not judge this point (e.g. "did it open government?" before
        # implementation) neither agrees nor disagrees.
        judged = [raw(assessment) for assessment in present if raw(assessment) is not None]
        differs = len(set(judged)) > 1
        if irm is not None and raw(irm) is not None:
            reference = raw(irm)
        else:
            reference = judged[0] if judged else None
        cells = []
        for column in columns:
            if column.assessment is None:
                cells.append(Cell(text=_("Not assessed"), assessed=False))
                continue
            value = raw(column.assessment)
            cells.append(
                Cell(
                    text=shown(column.assessment),
                    assessed=True,
                    differs=differs and value is not None and value != reference,
                    star=key == "starred" and column.assessment.is_starred,
                )
            )
        rows.append(
            Row(key=key, label=label, cells=cells, differs=differs, compared=len(judged) > 1)
        )
    return Comparison(columns=columns, rows=rows, earlier=earlier)
