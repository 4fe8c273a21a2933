"""Security headers on every response, and production cookies pinned to the host over HTTPS."""

import json

import pytest

from .public_pages import public_paths
from .test_site import PRODUCTION_ENV, run_manage

pytestmark = pytest.mark.django_db


def csp_directives(response):
    policy = response["Content-Security-Policy"]
    directives = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def assert_secure_headers(response, path):
    directives = csp_directives(response)
    script_sources = directives.get("script-src", directives["default-src"])
    assert "'unsafe-inline'" not in script_sources, path
    assert "'unsafe-eval'" not in script_sources, path
    for sources in directives.values():
        for source in sources:
            assert source.startswith("'") or source in {"data:"}, (path, source)
    assert directives["frame-ancestors"] == ["'none'"], path
    assert directives["object-src"] == ["'none'"], path
    assert response["X-Content-Type-Options"] == "nosniff", path
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", path
    assert "camera=()" in response["Permissions-Policy"], path
    assert response["X-Frame-Options"] == "DENY", path


@pytest.mark.parametrize("code", ["ru", "ky", "en"])
def test_every_public_page_carries_the_security_headers(client, code):
    for path in public_paths(code):
        assert_secure_headers(client.get(path), path)


@pytest.mark.parametrize("path", ["/healthz", "/robots.txt", "/ru/no-such-page/", "/admin/login/"])
def test_machine_addresses_and_errors_carry_them_too(client, path):
    assert_secure_headers(client.get(path), path)


PROBE = """
import json
from django.test import Client
client = Client()
login = client.get('/admin/login/', secure=True, HTTP_HOST='ogp.example.kg')
plain = Client().get('/healthz', HTTP_HOST='ogp.example.kg')
cookie = login.cookies.get('__Host-csrftoken')
print(json.dumps({
    'hsts': login.get('Strict-Transport-Security', ''),
    'csrf_cookie': bool(cookie),
    'secure': bool(cookie and cookie['secure']),
    'httponly': bool(cookie and cookie['httponly']),
    'samesite': cookie['samesite'] if cookie else '',
    'path': cookie['path'] if cookie else '',
    'redirect_plain_http': Client().get('/ru/', HTTP_HOST='ogp.example.kg').status_code,
    'healthz_plain_http': plain.status_code,
}))
"""


def test_production_sends_hsts_and_host_pinned_secure_cookies(tmp_path):
    env = {**PRODUCTION_ENV, "STATIC_ROOT": str(tmp_path)}
    collected = run_manage("collectstatic", "--no-input", "--verbosity", "0", env_overrides=env)
    assert collected.returncode == 0, collected.stderr
    result = run_manage("shell", "-c", PROBE, env_overrides=env)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert "max-age=31536000" in facts["hsts"] and "includeSubDomains" in facts["hsts"]
    assert facts["csrf_cookie"], "the CSRF cookie is named __Host-csrftoken"
    assert facts["secure"] and facts["httponly"]
    assert facts["samesite"] == "Lax"
    assert facts["path"] == "/"
    assert facts["redirect_plain_http"] == 301
    assert facts["healthz_plain_http"] in (200, 503)
