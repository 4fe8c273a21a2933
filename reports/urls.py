from django.urls import path

from . import views

app_name = "reports"

# Public pages of this app, under the language prefix (/<lang>/reports/...).
urlpatterns = [
    path("", views.report_list, name="list"),
    path("<int:pk>/", views.report_detail, name="report"),
    path("eligibility/", views.eligibility, name="eligibility"),
]
