"""axe-core finds no WCAG 2.1 A/AA violation on any page type, in any language, at any width."""

from pathlib import Path

import pytest
from django.conf import settings

from ..public_pages import public_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(settings.BASE_DIR, "node_modules", "axe-core", "axe.min.js")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": (1280, 900), "phone": (360, 740)}


def axe_violations(page):
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}× e.g. "
        f"{violation['nodes'][0]['target']})"
        for violation in result["violations"]
    ]


def test_no_wcag_violations_on_any_page_type(page, live_server, demo_content):
    # One test walks everything: loading the demo content for a live server is the slow part.
    assert AXE.exists(), "run `npm ci` (make test does) to install axe-core"
    problems = {}
    for width, (x, y) in WIDTHS.items():
        page.set_viewport_size({"width": x, "height": y})
        for code in ("ru", "ky", "en"):
            for path in [*public_paths(code), f"/{code}/no-such-page/"]:
                page.goto(f"{live_server.url}{path}")
                violations = axe_violations(page)
                if violations:
                    problems[f"{width} {path}"] = violations
    assert problems == {}
