"""Fixtures for the Forum's tests."""

import pytest


@pytest.fixture
def media_root(settings, tmp_path):
    """Files a test stores go to a throw-away folder, so "nothing stored" can be checked."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"
