from django.db import DatabaseError

from ogp_portal.content_memo import shared_until_content_changes

from .models import ContactPoint


@shared_until_content_changes
def published_contacts():
    return tuple(ContactPoint.objects.published())


def site_footer(request):
    """The Secretariat's contacts for the footer; the page still renders if the database is down."""

    def contacts():
        try:
            return published_contacts()
        except DatabaseError:
            return []

    # Lazy: evaluated only by templates that show the footer.
    return {"footer_contacts": contacts}
