"""Query and text handling: what is kept, what is cut, what becomes markup."""

import re

import pytest

from ..queries import highlight, marked_html
from ..text import HIGHLIGHT_START, HIGHLIGHT_STOP, clean_query, clean_text, kyrgyz_stem, words


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("маалыматтарды", "маалымат"),
        ("маалыматтар", "маалымат"),
        ("шайлоолорунун", "шайлоо"),
        ("Республикасында", "республика"),
        ("коррупцияга", "коррупция"),
        ("порталдагы", "портал"),
        ("программага", "программа"),
        ("республика", "республика"),  # -ка is a suffix only after a voiceless consonant
        ("ачык", "ачык"),  # short words stay whole
        ("топторго", "топтор"),
    ],
)
def test_kyrgyz_words_are_cut_back_to_their_stem(word, stem):
    assert kyrgyz_stem(word) == stem


def test_a_query_loses_control_and_private_characters_and_says_so():
    assert clean_query("  открытые\x00 данные\x07\ufffd  ") == ("открытые данные", True)
    assert clean_query("open data") == ("open data", False)
    assert clean_query(f"a{HIGHLIGHT_START}b") == ("a b", True)


def test_words_are_letters_and_digits_only():
    assert words("data:* & !open | (x) KG0001 «Ачык»") == ["data", "open", "x", "kg0001", "ачык"]


def test_stored_text_never_holds_the_highlight_sentinels():
    assert clean_text(f"x{HIGHLIGHT_START}<b>{HIGHLIGHT_STOP}y\n z") == "x <b> y z"


def test_only_our_highlights_become_markup():
    html = marked_html(f'<i>a</i> {HIGHLIGHT_START}"b"{HIGHLIGHT_STOP} & c')
    assert html == "&lt;i&gt;a&lt;/i&gt; <mark>&quot;b&quot;</mark> &amp; c"


def test_the_simple_highlighter_escapes_and_cuts_a_passage_around_the_match():
    text = "Начало. " + "слово " * 100 + "<данные> открытые " + "хвост " * 100
    html = highlight(text, re.compile("открыт", re.IGNORECASE))
    assert "<mark>открыт</mark>ые" in html
    assert "&lt;данные&gt;" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html) < 400
