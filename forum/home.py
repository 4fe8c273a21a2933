"""The Forum's part of the home page: the next meeting and the latest transcripts."""

from ogp_portal.content_memo import shared_until_content_changes

from . import selectors


@shared_until_content_changes
def forum_at_a_glance():
    """Two fixed queries: the next meeting and the latest transcripts (the home page lists
    them without their files)."""
    return (
        selectors.next_meeting(),
        tuple(selectors.latest_transcripts(with_files=False)),
    )


def home_context(request):
    next_meeting, latest_transcripts = forum_at_a_glance()
    return {"next_meeting": next_meeting, "latest_transcripts": latest_transcripts}
