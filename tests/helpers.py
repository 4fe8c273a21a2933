"""Small helpers for site-wide tests."""

from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html, name):
    """Every <name> start tag in the page, as attribute dicts."""
    collector = _Collector()
    collector.feed(html)
    return [attrs for tag, attrs in collector.tags if tag == name]


def text(response):
    return response.content.decode("utf-8")
