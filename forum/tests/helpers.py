"""Small helpers the Forum's tests share."""

import re
from html import unescape
from html.parser import HTMLParser


def stored_files(root):
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def html(response):
    return response.content.decode("utf-8")


def main_text(response):
    """The page's <main>, tags removed and spaces collapsed, as a reader sees it."""
    page = html(response)
    main = page.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    text = unescape(re.sub(r"<[^>]+>", " ", main)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip()


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def tags(page, name):
    parser = _Tags()
    parser.feed(page)
    return [attrs for tag, attrs in parser.found if tag == name]
