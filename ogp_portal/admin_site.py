"""The admin site: sections as the Secretariat thinks of them, and pages that span every app."""

from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext_lazy as _

# Admin index sections, in order: (title, app labels).
SECTIONS = [
    (_("Action plan"), ["commitments"]),
    (_("National Forum"), ["forum"]),
    (_("Coalition"), ["coalition"]),
    (_("Reports"), ["reports"]),
    (_("Site pages"), ["pages", "directory"]),
    (_("Staff and security"), ["auth", "axes"]),
]


class PortalAdminSite(admin.AdminSite):
    site_header = _("OGP Kyrgyzstan portal: administration")
    site_title = _("OGP Kyrgyzstan portal")
    index_title = _("Secretariat's workplace")

    def get_app_list(self, request, app_label=None):
        app_dict = self._build_app_dict(request, app_label)
        if app_label:
            apps = list(app_dict.values())
            for app in apps:
                app["models"].sort(key=lambda model: str(model["name"]))
            return apps
        sections = []
        placed = set()
        for title, labels in SECTIONS:
            models = []
            for label in labels:
                if label in app_dict:
                    models.extend(app_dict[label]["models"])
                    placed.add(label)
            if models:
                first = app_dict[next(label for label in labels if label in app_dict)]
                sections.append({**first, "name": title, "models": models})
        rest = [app for label, app in app_dict.items() if label not in placed]
        return sections + sorted(rest, key=lambda app: str(app["name"]).lower())

    def get_urls(self):
        from publishing import admin_views

        extra = [
            path(
                "translations/missing/",
                self.admin_view(admin_views.missing_translations),
                name="missing_translations",
            ),
            path(
                "history/deleted/",
                self.admin_view(admin_views.deleted_items),
                name="deleted_items",
            ),
        ]
        return extra + super().get_urls()
