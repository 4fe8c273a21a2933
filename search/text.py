"""Text handling for the index and the query: cleaning, plain text from HTML, word forms."""

import html
import re
import unicodedata

MAX_QUERY_LENGTH = 200

# Private-use characters mark highlights inside PostgreSQL's ts_headline output; stored text
# never contains them, so only our own marks can turn into <mark> tags.
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_STOP = "\ue001"

# Control, surrogate, private-use and unassigned characters, plus the replacement character a
# broken byte sequence decodes to: none of them is something a person searches for.
_UNSEARCHABLE_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}
_SPACES = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"[^\W_]+")


def _is_unsearchable(char):
    return char == "\ufffd" or unicodedata.category(char) in _UNSEARCHABLE_CATEGORIES


def clean_text(value):
    """Text as it is stored: no control or private-use characters, single spaces."""
    if not value:
        return ""
    value = "".join(" " if _is_unsearchable(char) else char for char in str(value))
    return _SPACES.sub(" ", value).strip()


def html_to_text(value):
    """Plain text of sanitised rich text: tags become spaces, entities become characters."""
    return clean_text(html.unescape(_TAG.sub(" ", value or "")))


def join_text(*parts):
    """Non-empty parts as one body of text, kept apart so a snippet reads as a list."""
    cleaned = (clean_text(part) for part in parts if part)
    return " · ".join(part for part in cleaned if part)


def clean_query(value):
    """The query as typed, without characters that cannot be searched.

    Returns (cleaned, removed): removed is True when something had to be left out, so the
    page can say so.
    """
    value = value or ""
    kept = "".join(" " if _is_unsearchable(char) else char for char in value)
    cleaned = _SPACES.sub(" ", kept).strip()
    removed = kept != value
    return cleaned, removed


def words(query):
    """The query's words, lower-cased: letters and digits only, never operators."""
    return [word.casefold() for word in WORD.findall(query)]


def _forms(text):
    return text.split()


# Kyrgyz has no stemmer in PostgreSQL. A Kyrgyz word is a stem plus, in this order, a plural,
# a possessive and a case suffix; so a query word loses at most one of each, from the end, and
# the stem is matched as a prefix: «маалыматтарды» and «маалыматтар» both find «маалымат…».
# Each suffix comes in its vowel-harmony variants, and its first consonant follows the sound
# before it (т/к after voiceless consonants, д/г after vowels and voiced ones, н after
# vowels), which keeps «республика» whole. Cutting a letter too many costs little: the stem
# is matched as a prefix.
_CASE_SUFFIXES = _forms(
    # locative adjective ("the one in …"): порталдагы
    "дагы деги догу дөгү тагы теги тогу төгү ндагы ндеги ндогу ндөгү "
    # ablative, genitive, locative, dative, accusative (also after a possessive: -ын)
    "дан ден дон дөн тан тен тон төн нан нен нон нөн ндан нден ндон ндөн "
    "нын нин нун нүн дын дин дун дүн тын тин тун түн "
    "нда нде ндо ндө да де до дө та те то тө "
    "га ге го гө ка ке ко кө на не но нө "
    "ны ни ну нү ды ди ду дү ты ти ту тү ын ин ун үн"
)
_POSSESSIVE_SUFFIXES = _forms(
    "ыбыз ибиз убуз үбүз ыңыз иңиз уңуз үңүз сы си су сү ым им ум үм ың иң уң үң ы и у ү"
)
_PLURAL_SUFFIXES = _forms("лар лер лор лөр дар дер дор дөр тар тер тор төр")
_KYRGYZ_SUFFIX_GROUPS = [
    sorted(group, key=len, reverse=True)
    for group in (_CASE_SUFFIXES, _POSSESSIVE_SUFFIXES, _PLURAL_SUFFIXES)
]
_VOWELS = set("аеёиоөуүыэюя")
_VOICELESS = set("кптсшчфхцщ")
_MIN_KYRGYZ_STEM = 4


def _suffix_fits(stem, suffix):
    """Whether the sound before the suffix is one this form of the suffix follows."""
    before = stem[-1]
    first = suffix[0]
    if first in "тк":
        return before in _VOICELESS
    if first in "дг":
        return before not in _VOICELESS
    if first in "нсл":
        return before in _VOWELS or (first == "л" and before in "йр")
    return before not in _VOWELS  # a possessive vowel follows a consonant


def kyrgyz_stem(word):
    """Cut a case, a possessive and a plural suffix off a word, keeping four letters or more."""
    stem = word.casefold()
    for group in _KYRGYZ_SUFFIX_GROUPS:
        for suffix in group:
            rest = stem[: -len(suffix)]
            if (
                stem.endswith(suffix)
                and len(rest) >= _MIN_KYRGYZ_STEM
                and _suffix_fits(rest, suffix)
            ):
                stem = rest
                break
    return stem


def rough_stem(word):
    """A crude stem for the SQLite fallback: Russian and English endings are mostly short."""
    if len(word) > 5:
        return word[:-2]
    if len(word) > 4:
        return word[:-1]
    return word


def stem_for(language, word):
    return kyrgyz_stem(word) if language == "ky" else rough_stem(word)
