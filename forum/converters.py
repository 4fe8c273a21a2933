"""Path converters that refuse malformed input before it reaches a query (a 404, never a 500)."""

from django.conf import settings


class LanguageConverter:
    regex = "|".join(code for code, _name in settings.LANGUAGES)

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class ExtensionConverter:
    regex = "[a-z0-9]{1,5}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class YearConverter:
    """Four digits from 1000 on, so a year always fits a date in any time zone."""

    regex = "[1-9][0-9]{3}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class IdConverter:
    """A database id: positive and small enough for a bigint column."""

    regex = "[1-9][0-9]{0,17}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


def register():
    """Called once from the URL modules; registering a name twice is refused by Django."""
    from django.urls import converters, register_converter

    for name, converter in (
        ("forum_id", IdConverter),
        ("forum_lang", LanguageConverter),
        ("forum_ext", ExtensionConverter),
        ("forum_year", YearConverter),
    ):
        if name not in converters.get_converters():
            register_converter(converter, name)
