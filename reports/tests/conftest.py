import pytest

from ..choices import ReportKind
from .factories import DraftReportFactory, PlanFactory, PublishedReportFactory


@pytest.fixture
def plan(db):
    return PlanFactory(slug="test-2030-2031")


@pytest.fixture
def reports(plan):
    """Three published reports of a test plan (kinds and years differ) and one draft."""
    return {
        "design": PublishedReportFactory(
            plan=plan,
            kind=ReportKind.IRM_DESIGN,
            title_en="Test design report",
            publication_date=None,
            publication_year=2030,
        ),
        "forum": PublishedReportFactory(
            plan=plan,
            kind=ReportKind.FORUM_SEMIANNUAL,
            title_en="Test Forum report",
            publication_date=None,
            publication_year=2031,
        ),
        "alternative": PublishedReportFactory(
            plan=plan,
            kind=ReportKind.ALTERNATIVE,
            title_en="Test alternative report",
            publication_date=None,
            publication_year=2031,
        ),
        "draft": DraftReportFactory(
            plan=plan, kind=ReportKind.IRM_DESIGN, title_en="Test draft report"
        ),
    }
