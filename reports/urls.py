from django.urls import path  # noqa: F401

app_name = "reports"

# Public pages of this app, under the language prefix.
urlpatterns = []
