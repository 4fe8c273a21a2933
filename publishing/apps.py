from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    name = "publishing"
    verbose_name = _("Publishing")

    def ready(self):
        from . import signals  # noqa: F401
        from .roles import sync_role_permissions

        post_migrate.connect(sync_role_permissions, dispatch_uid="publishing.sync_roles")
