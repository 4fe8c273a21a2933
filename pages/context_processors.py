from django.db import DatabaseError

from .models import ContactPoint


def site_footer(request):
    """The Secretariat's contacts for the footer; the page still renders if the database is down."""

    def contacts():
        try:
            return list(ContactPoint.objects.published())
        except DatabaseError:
            return []

    # Lazy: evaluated only by templates that show the footer.
    return {"footer_contacts": contacts}
