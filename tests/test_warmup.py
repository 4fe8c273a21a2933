"""What the gunicorn master prepares before forking workers (ogp_portal/warmup.py)."""

from pathlib import Path

from django.conf import settings

from ogp_portal import warmup


def test_every_template_of_the_portal_compiles_before_workers_fork():
    base = Path(settings.BASE_DIR)
    files = [
        path
        for path in [*base.glob("templates/**/*"), *base.glob("*/templates/**/*")]
        if path.is_file() and path.suffix in warmup.TEMPLATE_SUFFIXES
    ]
    assert len(files) > 50
    # A template that does not compile is left out (and logged): the count would fall short.
    assert warmup.compile_templates() == len(files)


def test_every_language_has_its_messages_loaded_before_workers_fork():
    from django.utils.translation import trans_real

    warmup.load_addresses_and_translations()
    for code, _name in settings.LANGUAGES:
        assert code in trans_real._translations
