from django.urls import path

from . import views

app_name = "commitments"

# Public pages of this app, under the language prefix (included at the prefix's root).
urlpatterns = [
    path("commitments/", views.commitment_list, name="list"),
    path(
        "commitments/export.csv",
        views.export_commitments,
        {"extension": "csv"},
        name="export_csv",
    ),
    path(
        "commitments/export.json",
        views.export_commitments,
        {"extension": "json"},
        name="export_json",
    ),
    path(
        "commitments/milestones.csv",
        views.export_milestones,
        {"extension": "csv"},
        name="milestones_csv",
    ),
    path(
        "commitments/milestones.json",
        views.export_milestones,
        {"extension": "json"},
        name="milestones_json",
    ),
    path("commitments/evidence/<int:pk>/", views.evidence_download, name="evidence"),
    path("commitments/<slug:plan>/", views.plan_detail, name="plan"),
    path(
        "commitments/<slug:plan>/document/<str:language>/",
        views.plan_document,
        name="plan_document",
    ),
    path("commitments/<slug:plan>/<int:number>/", views.commitment_detail, name="detail"),
    path("themes/", views.theme_list, name="themes"),
    path("themes/<slug:slug>/", views.theme_detail, name="theme"),
]
