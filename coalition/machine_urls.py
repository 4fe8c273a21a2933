from django.urls import path  # noqa: F401

# Machine-readable addresses of this app (feeds, calendars, downloads), outside the prefix.
urlpatterns = []
