"""Staff roles: which groups exist and what each may do.

The groups themselves are created by a migration; their permissions are synced after every
migrate, because permissions for models added later only exist once those models are migrated.
"""

from django.contrib.auth.models import Group, Permission

SECRETARIAT_EDITOR = "Secretariat editor"
COALITION_MODERATOR = "Coalition moderator"
VIEWER = "Viewer"

ROLES = [SECRETARIAT_EDITOR, COALITION_MODERATOR, VIEWER]
ROLE_KEYS = {"editor": SECRETARIAT_EDITOR, "moderator": COALITION_MODERATOR, "viewer": VIEWER}

CONTENT_APPS = ["pages", "directory", "commitments", "forum", "coalition", "reports"]
# The moderator handles applications and members, and may look up organizations for them.
MODERATOR_MODELS = {"coalition": None, "directory": {"view"}}


def permissions_for(role):
    content = Permission.objects.filter(content_type__app_label__in=CONTENT_APPS)
    if role == SECRETARIAT_EDITOR:
        return content.exclude(content_type__model__startswith="historical")
    if role == VIEWER:
        return content.filter(codename__startswith="view_")
    if role == COALITION_MODERATOR:
        coalition = content.filter(content_type__app_label="coalition").exclude(
            content_type__model__startswith="historical"
        )
        lookups = content.filter(content_type__app_label="directory", codename__startswith="view_")
        return coalition | lookups
    raise ValueError(f"Unknown role {role!r}")


def sync_role_permissions(**kwargs):
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.set(permissions_for(role))
