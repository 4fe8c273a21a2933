"""The Forum's part of the home page: the next meeting and the latest transcripts."""

from . import selectors


def home_context(request):
    """Two fixed queries: the next meeting and the latest transcripts (the home page lists
    them without their files)."""
    return {
        "next_meeting": selectors.next_meeting(),
        "latest_transcripts": list(selectors.latest_transcripts(with_files=False)),
    }
