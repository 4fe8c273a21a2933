"""The Forum's pages as a visitor meets them, in Russian, Kyrgyz and English."""

import pytest
from django.urls import reverse
from django.utils import translation

from forum.commitment_sections import commitment_context
from forum.home import home_context
from forum.models import Document, DocumentKind, Meeting, Role, SecretariatDuty, Side, Transcript

from .factories import (
    AgendaItemFactory,
    DraftMeetingFactory,
    DraftTranscriptFactory,
    PlannedMeetingFactory,
    PublishedCommitmentFactory,
    PublishedMeetingFactory,
    PublishedMemberFactory,
    PublishedTranscriptFactory,
    SpeakerTurnFactory,
)
from .helpers import html, main_text, tags

pytestmark = pytest.mark.django_db

LANGUAGES = ["ru", "ky", "en"]
PAGES = ["index", "members", "meetings", "transcripts", "documents", "secretariat"]


def url(name, code, **kwargs):
    with translation.override(code):
        return reverse(f"forum:{name}", kwargs=kwargs or None)


def demo_meeting(number=5):
    return Meeting.objects.get(number=number)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_every_list_page_answers_in_each_language_with_one_h1(client, name, code):
    response = client.get(url(name, code))
    assert response.status_code == 200
    page = html(response)
    assert tags(page, "html")[0]["lang"] == code
    assert len(tags(page, "h1")) == 1
    assert "<script" not in page
    assert 'style="' not in page


@pytest.mark.parametrize("code", LANGUAGES)
def test_detail_pages_answer_in_each_language_with_one_h1(client, code):
    meeting = demo_meeting()
    for path in (
        url("meeting", code, pk=meeting.pk),
        url("transcript", code, pk=meeting.transcript.pk),
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert len(tags(html(response), "h1")) == 1, path


@pytest.mark.parametrize(
    ("code", "phrases"),
    [
        (
            "ru",
            [
                "Национальный форум «Открытого Правительства»",
                "27 июня 2018",
                "Распоряжение Премьер-министра Кыргызской Республики № 226",
                "Абулгазиев М.А.",
                "19 представителей государственных органов и 19",
                "Омурбекова А.С.",
                "Вице-премьер-министр КР",
                "Сатыбеков Б.Э.",
                "Директор Альянса гражданских инициатив",
                "На апрель 2019 года проведено 5 заседаний НФОП по слушанию инициатив",
                "Разработаны Положение и Регламент деятельности НФОП",
                "http://ogp.el.kg/ru/normativnye-akty",
            ],
        ),
        (
            "ky",
            [
                "Ачык өкмөттүн улуттук форуму",
                "Кыргыз Республикасынын Премьер-министринин № 226 буйругу",
                "Абылгазиев М.А.",
                "мамлекеттик органдардын 19 өкүлү жана жарандык коомдун 19 өкүлү",
                "Өмүрбекова А.С.",
                "Теңтөрагалар",
                "2019-жылдын апрелине карата демилгелерди угуу боюнча Форумдун 5 жыйыны",
            ],
        ),
        (
            "en",
            [
                "National Open Government Forum",
                "June 27, 2018",
                "Order No. 226 of the Prime Minister of the Kyrgyz Republic",
                "M. A. Abylgaziev",
                "19 representatives of government bodies and 19 of civil society",
                "A. S. Omurbekova",
                "B. E. Satybekov",
                "Director of the Alliance of Civic Initiatives",
                "By April 2019 the Forum had held 5 meetings hearing initiatives",
            ],
        ),
    ],
)
def test_the_forum_page_holds_the_source_documents_facts(client, code, phrases):
    text = main_text(client.get(url("index", code)))
    for phrase in phrases:
        assert phrase in text, phrase


def test_the_forum_page_shows_the_next_meeting_and_the_latest_transcripts(client):
    text = main_text(client.get(url("index", "en")))
    next_meeting = Meeting.objects.get(number=6)
    assert f"Next meeting Meeting No. {next_meeting.number}" in text
    assert "Latest transcripts Transcript of meeting No. 5" in text


def test_members_page_shows_parity_at_a_glance_and_co_chairs_first(client):
    for _ in range(3):
        PublishedMemberFactory(side=Side.GOVERNMENT)
    PublishedMemberFactory(side=Side.GOVERNMENT, role=Role.ALTERNATE)
    PublishedMemberFactory(side=Side.CIVIL_SOCIETY, person__full_name_en="Aaron Early")
    response = client.get(url("members", "en"))
    page = html(response)
    text = main_text(response)
    # Government: the co-chair and three members fill 4 of 19; the alternate holds no seat.
    parity = page.split('class="forum-parity-list"')[1].split("</ul>")[0]
    government, civil = parity.split("</li>")[:2]
    assert "Government bodies" in government and "Civil society" in civil
    assert '<meter min="0" max="19" value="4"' in government
    assert '<span class="forum-parity-count">4 of 19 seats filled</span>' in government
    assert '<span class="forum-parity-count">2 of 19 seats filled</span>' in civil
    assert "Government bodies: 4 of 19 seats filled" in text  # the table's caption
    civil = page.split('id="side-civil_society"')[1]
    assert civil.index("B. E. Satybekov") < civil.index("Aaron Early")


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        ("ru", "занято 1 из 19 мест"),
        ("ky", "19 орундун 1 ээленген"),
        ("en", "1 of 19 seats filled"),
    ],
)
def test_parity_reads_in_each_language(client, code, phrase):
    assert phrase in main_text(client.get(url("members", code)))


def test_draft_members_stay_off_the_page(client):
    from .factories import DraftMemberFactory

    DraftMemberFactory(person__full_name_en="Hidden Draftson")
    assert "Hidden Draftson" not in html(client.get(url("members", "en")))


def test_meetings_page_lists_upcoming_first_then_past_meetings_by_year(client):
    # Past meetings come a year at a time (the latest first), with links to the other years.
    text = main_text(client.get(url("meetings", "en")))
    upcoming = text.index("Upcoming meetings")
    past = text.index("Past meetings")
    assert upcoming < text.index("Meeting No. 6") < past
    assert past < text.index("2019") < text.index("2018") < text.index("Meeting No. 5")
    assert "Meeting No. 1" not in text
    earlier = main_text(client.get(url("meetings", "en"), {"year": "2018"}))
    assert earlier.index("Upcoming meetings") < earlier.index("Meeting No. 6")
    assert earlier.index("Past meetings") < earlier.index("Meeting No. 1")
    assert "Meeting No. 5" not in earlier


def test_meeting_page_shows_agenda_in_order_with_commitments_decisions_audio_transcript(client):
    meeting = PublishedMeetingFactory(decisions_en="To adopt the plan.")
    commitment = PublishedCommitmentFactory(title_en="Open budgets")
    AgendaItemFactory(meeting=meeting, order=2, title_en="Second item")
    first = AgendaItemFactory(meeting=meeting, order=1, title_en="First item")
    first.commitments.add(commitment)
    transcript = PublishedTranscriptFactory(meeting=meeting)
    response = client.get(url("meeting", "en", pk=meeting.pk))
    text = main_text(response)
    assert text.index("First item") < text.index("Second item")
    assert f"Commitment No. {commitment.number} : Open budgets" in text
    assert "To adopt the plan." in text
    assert transcript.get_absolute_url() in html(response)
    assert "No audio recording has been published." in text


def test_meeting_page_plays_and_offers_the_audio_with_format_and_size(client):
    meeting = demo_meeting()
    page = html(client.get(url("meeting", "en", pk=meeting.pk)))
    audio_url = f"/forum/meetings/{meeting.pk}/audio.mp3"
    assert f'<audio controls preload="none" src="{audio_url}">' in page
    assert f'<a href="{audio_url}" download>' in page
    assert "(MP3, 15 KB)" in page


def test_unknown_and_malformed_meeting_addresses_are_404s_in_the_visitors_language(client):
    for path in (
        "/ky/forum/meetings/999999/",
        "/ky/forum/meetings/abc/",
        "/ky/forum/meetings/0/",
        "/ky/forum/meetings/-1/",
        "/ky/forum/meetings/99999999999999999999999/",
        "/ky/forum/transcripts/1.5/",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Барак табылган жок" in html(response), path


def test_a_draft_meeting_is_a_404_for_the_public_and_a_preview_for_staff(client, staff_user):
    meeting = DraftMeetingFactory()
    assert client.get(url("meeting", "en", pk=meeting.pk)).status_code == 404
    client.force_login(staff_user)
    response = client.get(url("meeting", "en", pk=meeting.pk))
    assert response.status_code == 200
    assert "Draft: only staff can see this page." in html(response)
    assert "no-store" in response["Cache-Control"]


def test_a_draft_transcript_is_a_404_for_the_public_even_with_a_guessed_id(client):
    draft = DraftTranscriptFactory()
    SpeakerTurnFactory(transcript=draft, text_en="Not for the public yet.")
    response = client.get(url("transcript", "en", pk=draft.pk))
    assert response.status_code == 404
    assert "Not for the public yet." not in html(response)
    meeting_page = html(client.get(url("meeting", "en", pk=draft.meeting.pk)))
    assert draft.get_absolute_url() not in meeting_page
    assert "The transcript has not been published yet." in meeting_page


def test_staff_preview_a_draft_transcript_never_cached(client, staff_user):
    draft = DraftTranscriptFactory()
    SpeakerTurnFactory(transcript=draft, text_en="Draft remark.")
    client.force_login(staff_user)
    response = client.get(url("transcript", "en", pk=draft.pk))
    assert response.status_code == 200
    assert "Draft remark." in html(response)
    assert "Draft: only staff can see this transcript." in html(response)
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_transcript_page_gives_every_turn_its_own_anchor(client):
    transcript = PublishedTranscriptFactory()
    for number in (1, 2, 12):
        SpeakerTurnFactory(transcript=transcript, number=number, text_en=f"Sentence {number}.")
    page = html(client.get(url("transcript", "en", pk=transcript.pk)))
    for number in (1, 2, 12):
        assert f'<div class="forum-turn" id="turn-{number}">' in page
        assert f'href="#turn-{number}"' in page
    ids = [attrs["id"] for attrs in tags(page, "div") if attrs.get("id", "").startswith("turn-")]
    assert ids == ["turn-1", "turn-2", "turn-12"]


@pytest.mark.parametrize(
    ("code", "speaker", "phrase"),
    [
        ("ru", "Председательствующий", "Кворум имеется, открываем заседание № 5."),
        ("ky", "Төрагалык кылуучу", "Кворум бар, № 5 жыйынды ачабыз."),
        ("en", "Chair", "We have a quorum; meeting No. 5 is open."),
    ],
)
def test_sample_transcript_text_reads_in_each_language(client, code, speaker, phrase):
    transcript = demo_meeting().transcript
    text = main_text(client.get(url("transcript", code, pk=transcript.pk)))
    assert speaker in text and phrase in text


def test_transcripts_page_lists_newest_first_with_format_and_size(client):
    response = client.get(url("transcripts", "en"))
    text = main_text(response)
    positions = [text.index(f"Transcript of meeting No. {n}") for n in (5, 4, 3, 2, 1)]
    assert positions == sorted(positions)
    assert "Download: Русский (TXT," in text
    assert "Download: Кыргызча (TXT," in text
    assert "Download: English (TXT," in text
    page = html(response)
    assert 'href="/forum/transcripts/2019.zip"' in page
    assert 'href="/forum/transcripts/2018.zip"' in page


def test_transcripts_can_be_filtered_by_year(client):
    text = main_text(client.get(url("transcripts", "en"), {"year": "2019"}))
    assert "Transcript of meeting No. 5" in text
    assert "Transcript of meeting No. 4" not in text


@pytest.mark.parametrize("year", ["abc", "1999", "20190", "-1"])
def test_an_invalid_year_shows_the_error_and_the_unfiltered_list(client, year):
    response = client.get(url("transcripts", "en"), {"year": year})
    assert response.status_code == 200
    text = main_text(response)
    assert "That year is not in the list, so every transcript is shown." in text
    assert "Transcript of meeting No. 5" in text and "Transcript of meeting No. 1" in text


def test_pages_link_their_feeds_in_the_head_and_visibly(client):
    for name in PAGES:
        page = html(client.get(url(name, "ky")))
        head = page.split("</head>")[0]
        assert '<link rel="alternate" type="application/atom+xml"' in head, name
        assert 'href="/feeds/transcripts.atom?lang=ky"' in head, name
        assert '<link rel="alternate" type="text/calendar"' in head, name
        assert 'href="/forum/meetings.ics?lang=ky"' in head, name
    meetings_page = html(client.get(url("meetings", "en")))
    assert 'type="text/calendar">Meeting calendar (iCalendar)</a>' in meetings_page
    transcripts_page = html(client.get(url("transcripts", "en")))
    assert 'type="application/atom+xml">New transcripts (Atom feed)</a>' in transcripts_page


@pytest.mark.parametrize(
    ("code", "phrases"),
    [
        (
            "ru",
            [
                "Распоряжение Премьер-министра Кыргызской Республики № 226",
                "27 июня 2018",
                "Положение о деятельности НФОП",
                "Регламент деятельности НФОП",
                "Календарь заседаний Форума",
                "дата не опубликована",
            ],
        ),
        (
            "ky",
            [
                "Форумдун ишмердүүлүгү жөнүндө жобо",
                "Форумдун ишмердүүлүгүнүн регламенти",
                "күнү жарыяланган эмес",
            ],
        ),
        (
            "en",
            [
                "Regulation on the activities of the Forum",
                "Rules of procedure of the Forum",
                "Calendar of Forum meetings",
                "date not published",
                "№ 226",
            ],
        ),
    ],
)
def test_documents_page_shows_each_document_without_inventing_dates(client, code, phrases):
    text = main_text(client.get(url("documents", code)))
    for phrase in phrases:
        assert phrase in text, phrase
    assert Document.objects.get(kind=DocumentKind.REGULATION).date is None
    assert Document.objects.get(kind=DocumentKind.RULES).date is None


SECRETARIAT_DUTIES_RU = [
    "Разрабатывает Календарь заседаний Форума и публикует на официальном сайте Правительства "
    "Кыргызской Республики, а также на www.ogp.el.kg, после утверждения Форумом;",
    "Формируют повестку заседания Форума;",
    "созывает и организует заседания Форума, ведет аудиозапись заседаний Форума;",
    "Готовит стенографические протоколы заседаний Форума, которые публикуются на официальном "
    "сайте Правительства Кыргызской Республики, а также на www.ogp.el.kg;",
    "Осуществляет сбор информации и отчетности от соответствующих государственных органов для "
    "предоставления членам Форума по их запросу;",
    "Оказывает поддержку Форуму при подготовке отчета о реализации НПД.",
]


def test_secretariat_page_shows_its_head_and_the_six_duties_as_listed(client):
    text = main_text(client.get(url("secretariat", "ru")))
    assert "Руководитель Секретариата: Рысалиев Иманкадыр Зарлыкович" in text
    assert "Секретариат НФОП отвечает за организационную и техническую помощь Форуму" in text
    positions = [text.index(duty) for duty in SECRETARIAT_DUTIES_RU]
    assert positions == sorted(positions)
    assert "http://ogp.el.kg/ru/baza-dannyh-chlenov-sekretariata" in text


@pytest.mark.parametrize(
    ("code", "head", "duty"),
    [
        ("ky", "Рысалиев Иманкадыр Зарлыкович", "Форумдун жыйынынын күн тартибин түзөт;"),
        ("en", "Imankadyr Zarlykovich Rysaliev", "Sets the agenda of Forum meetings;"),
    ],
)
def test_secretariat_duties_are_translated(client, code, head, duty):
    text = main_text(client.get(url("secretariat", code)))
    assert head in text and duty in text
    assert SecretariatDuty.objects.published().count() == 6


def test_commitment_section_lists_meetings_whose_agenda_pointed_at_it(django_assert_num_queries):
    commitment = PublishedCommitmentFactory()
    held = PublishedMeetingFactory()
    AgendaItemFactory(meeting=held, title_en="Hearing").commitments.add(commitment)
    AgendaItemFactory(meeting=held, title_en="Other business")
    draft = DraftMeetingFactory()
    AgendaItemFactory(meeting=draft).commitments.add(commitment)
    with django_assert_num_queries(1):
        meetings = commitment_context(commitment)["related_meetings"]
    assert meetings == [held]
    assert [item.title_en for item in meetings[0].matching_agenda_items] == ["Hearing"]


def test_commitment_section_partial_renders_the_list_and_the_empty_case():
    from django.template.loader import render_to_string

    commitment = PublishedCommitmentFactory()
    with translation.override("en"):
        empty = render_to_string("forum/_commitment_meetings.html", commitment_context(commitment))
    assert "<h2" in empty and "No National Forum meeting has had this commitment" in empty
    meeting = PublishedMeetingFactory()
    AgendaItemFactory(meeting=meeting, title_en="Hearing").commitments.add(commitment)
    with translation.override("en"):
        listed = render_to_string("forum/_commitment_meetings.html", commitment_context(commitment))
        meeting_path = meeting.get_absolute_url()
    assert '<section class="block"' in listed
    assert meeting_path in listed and "Agenda item: Hearing" in listed


def test_the_commitment_page_includes_the_forum_section(client):
    commitment = PublishedCommitmentFactory()
    meeting = PublishedMeetingFactory()
    AgendaItemFactory(meeting=meeting).commitments.add(commitment)
    with translation.override("en"):
        path = commitment.get_absolute_url()
        meeting_path = meeting.get_absolute_url()
    page = html(client.get(path))
    assert "Discussed at National Forum meetings" in page
    assert meeting_path in page


def test_home_context_offers_the_next_meeting_and_latest_transcripts(rf, django_assert_num_queries):
    with django_assert_num_queries(2):
        context = home_context(rf.get("/"))
    assert context["next_meeting"] == Meeting.objects.get(number=6)
    assert [t.meeting.number for t in context["latest_transcripts"]] == [5, 4, 3]


def test_home_page_shows_the_forum_section(client):
    text = main_text(client.get("/en/"))
    assert "National Forum Next meeting Meeting No. 6" in text
    assert "Latest transcripts Transcript of meeting No. 5" in text


def test_without_a_planned_meeting_the_pages_say_so(client):
    Meeting.objects.filter(status="planned").delete()
    assert "No meeting is scheduled yet." in main_text(client.get(url("index", "en")))
    assert home_context(None)["next_meeting"] is None


def test_a_planned_meeting_with_no_transcript_says_it_has_not_been_held(client):
    meeting = PlannedMeetingFactory()
    text = main_text(client.get(url("meeting", "en", pk=meeting.pk)))
    assert "The meeting has not been held yet." in text
    assert "Planned" in text
    assert not Transcript.objects.filter(meeting=meeting).exists()


def test_pages_and_downloads_answer_head_requests(client):
    transcript = demo_meeting().transcript
    for path in (
        url("index", "en"),
        url("transcript", "en", pk=transcript.pk),
        f"/forum/transcripts/{transcript.pk}/en.txt",
        "/forum/meetings.ics",
        "/feeds/transcripts.atom",
    ):
        assert client.head(path).status_code == 200, path
    assert client.post(url("index", "en")).status_code == 405
