from django.urls import path

from . import converters, feeds, files

converters.register()

# Machine-readable addresses of this app (feeds, calendars, downloads), outside the prefix.
# They never change: journalists cite them and calendars subscribe to them.
urlpatterns = [
    path("forum/meetings.ics", feeds.meetings_ics, name="forum_meetings_ics"),
    path("feeds/transcripts.atom", feeds.transcripts_atom, name="forum_transcripts_atom"),
    path(
        "forum/transcripts/<forum_id:pk>/<forum_lang:lang>.<forum_ext:ext>",
        files.transcript_file,
        name="forum_transcript_file",
    ),
    path(
        "forum/transcripts/<forum_year:year>.zip",
        files.transcripts_zip,
        name="forum_transcripts_zip",
    ),
    path(
        "forum/meetings/<forum_id:pk>/audio.<forum_ext:ext>",
        files.meeting_audio,
        name="forum_meeting_audio",
    ),
    path(
        "forum/documents/<forum_id:pk>/<forum_lang:lang>.<forum_ext:ext>",
        files.document_file,
        name="forum_document_file",
    ),
]
