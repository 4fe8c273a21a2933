from django.urls import path

from . import converters, views

converters.register()

app_name = "forum"

# Public pages of this app, under the language prefix.
urlpatterns = [
    path("", views.index, name="index"),
    path("members/", views.members, name="members"),
    path("meetings/", views.meetings, name="meetings"),
    path("meetings/<forum_id:pk>/", views.meeting, name="meeting"),
    path("transcripts/", views.transcripts, name="transcripts"),
    path("transcripts/<forum_id:pk>/", views.transcript, name="transcript"),
    path("documents/", views.documents, name="documents"),
    path("secretariat/", views.secretariat, name="secretariat"),
]
