from django.urls import path

from . import views

app_name = "coalition"

# Public pages of this app, under the language prefix (/ru/coalition/ …).
urlpatterns = [
    path("", views.index, name="index"),
    path("join/", views.join, name="join"),
    path("join/thanks/", views.join_thanks, name="join_thanks"),
    path("members/<slug:slug>/", views.member_detail, name="member"),
    path("members.csv", views.members_csv, name="members_csv"),
    path("members.json", views.members_json, name="members_json"),
]
