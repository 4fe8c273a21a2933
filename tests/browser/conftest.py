"""Real pages in headless Chromium (Debian's), driven by Playwright."""

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
"""


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def watched_page(page):
    """A page that records CSP violations, failed requests and requests to other hosts."""
    page.add_init_script(CSP_RECORDER)
    page.failed_requests = []
    page.external_requests = []
    page.on(
        "requestfailed",
        lambda request: page.failed_requests.append(f"{request.url} {request.failure}"),
    )

    def note_external(request):
        url = request.url
        if (
            url.startswith(("http://", "https://"))
            and "://localhost" not in url
            and ("://127.0.0.1" not in url)
        ):
            page.external_requests.append(url)

    page.on("request", note_external)
    return page


def csp_violations(page):
    return page.evaluate("window.__cspViolations || []")
