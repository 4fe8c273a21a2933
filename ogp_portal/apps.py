from django.contrib.admin.apps import AdminConfig


class PortalAdminConfig(AdminConfig):
    """Django admin, with the site grouped the way the Secretariat thinks."""

    default_site = "ogp_portal.admin_site.PortalAdminSite"
