"""Helpers for the demo loaders each app keeps in its own demo.py."""

from django.conf import settings


def translated(field, values):
    """{"ru": "...", "ky": "...", "en": "..."} as field_ru=..., field_ky=..., field_en=..."""
    missing = {code for code, _name in settings.LANGUAGES} - set(values)
    if missing:
        raise ValueError(f"{field}: no text in {sorted(missing)}")
    return {f"{field}_{code}": text for code, text in values.items()}


def fields(**translations):
    """Many translated fields at once: fields(title={...}, summary={...})."""
    result = {}
    for field, values in translations.items():
        result.update(translated(field, values))
    return result


def upsert(model, lookup, defaults):
    """update_or_create that only writes when something changed, so a rerun changes nothing."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**{**lookup, **defaults}), "created"
    changed = [name for name, value in defaults.items() if getattr(obj, name) != value]
    if not changed:
        return obj, "unchanged"
    for name in changed:
        setattr(obj, name, defaults[name])
    obj.save()
    return obj, "updated"
