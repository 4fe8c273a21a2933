from django.urls import path  # noqa: F401

app_name = "commitments"

# Public pages of this app, under the language prefix.
urlpatterns = []
