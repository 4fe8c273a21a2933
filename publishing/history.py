"""Version history for public content.

modeltranslation adds the per-language columns (title_ru, title_ky, title_en) when it registers
a model; django-simple-history copies a model's fields when it registers it. So history must be
registered after translation, or the history silently loses the translated columns. Each app's
translation.py therefore calls track_history() right after registering its translations.
"""

import simple_history


def track_history(*models):
    for model in models:
        simple_history.register(model, app=model._meta.app_label)
