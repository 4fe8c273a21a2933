"""Whatever a visitor or a bot sends, a public address never answers with a server error."""

import string

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .public_pages import public_paths

pytestmark = pytest.mark.django_db

SKIPPED_NAMESPACES = {"admin"}


def _named_routes(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or ""
            if inner in SKIPPED_NAMESPACES:
                continue
            prefix = f"{namespace}{inner}:" if inner else namespace
            yield from _named_routes(pattern, prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def addresses():
    """Every public address that takes no argument, plus one detail page of each kind."""
    found = set()
    with translation.override("ru"):
        for name in _named_routes():
            try:
                found.add(reverse(name))
            except Exception:
                continue
    found.update(public_paths("ru"))
    return sorted(path for path in found if not path.startswith("/admin"))


printable_noise = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60
)
query_values = st.one_of(
    printable_noise,
    st.sampled_from(["-1", "0", "999999999999", "1e9", "NaN", "' OR 1=1 --", "%00", "../..", ""]),
    st.integers().map(str),
)
query_keys = st.one_of(
    st.sampled_from(
        [
            "page",
            "q",
            "plan",
            "theme",
            "status",
            "kind",
            "region",
            "year",
            "lang",
            "page_size",
            "overdue",
            "value",
            "lead_agency",
            "format",
            "sort",
        ]
    ),
    st.text(alphabet=string.ascii_letters + "_[]", min_size=1, max_size=12),
)


@pytest.fixture(scope="module")
def known_addresses(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return addresses()


def test_there_are_many_addresses_to_probe(known_addresses):
    assert len(known_addresses) >= 4


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    index=st.integers(min_value=0, max_value=10_000),
    params=st.lists(st.tuples(query_keys, query_values), max_size=4),
)
def test_arbitrary_query_strings_never_cause_a_server_error(client, known_addresses, index, params):
    path = known_addresses[index % len(known_addresses)]
    response = client.get(path, dict(params))
    assert response.status_code < 500, (path, params)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    index=st.integers(min_value=0, max_value=10_000),
    segment=st.one_of(
        printable_noise.filter(lambda s: "/" not in s and "?" not in s and "#" not in s),
        st.integers().map(str),
        st.sampled_from(["0", "-1", "99999999999999999999", "..", "%2e%2e", "null", "1.5"]),
    ),
)
def test_arbitrary_path_segments_never_cause_a_server_error(
    client, known_addresses, index, segment
):
    path = known_addresses[index % len(known_addresses)]
    parts = path.rstrip("/").split("/")
    trailing = "/" if path.endswith("/") else ""
    for position in range(2, len(parts) + 1):
        probe = "/".join([*parts[: position - 1], segment]) + trailing
        response = client.get(probe)
        assert response.status_code < 500, probe
