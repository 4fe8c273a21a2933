"""The index follows the content: saves and deletes reindex what they touch; rebuilds are
idempotent; the command and the demo loader report what they did."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from coalition.models import Member as CoalitionMember
from directory.models import Organization
from publishing.models import PublicationState

from .. import demo
from ..indexers import INDEXERS
from ..models import Kind, SearchEntry
from ..services import search_index_rebuild
from .conftest import first_url, urls
from .factories import (
    MilestoneFactory,
    PublishedCommitmentFactory,
    PublishedPageFactory,
    PublishedTranscriptFactory,
    SpeakerTurnFactory,
)

pytestmark = pytest.mark.django_db


def entries(kind, object_id):
    return SearchEntry.objects.filter(kind=kind, object_id=object_id)


def test_every_public_kind_of_content_is_indexed_in_three_languages():
    for kind in INDEXERS:
        languages = set(SearchEntry.objects.filter(kind=kind).values_list("language", flat=True))
        assert languages == {"ru", "ky", "en"}, kind


def test_a_new_published_commitment_is_found_at_once_and_follows_its_edits(reindexed):
    with reindexed():
        commitment = PublishedCommitmentFactory(
            title_ru="Открытый реестр пасек",
            title_ky="Бал челек чарбаларынын ачык реестри",
            title_en="Open register of apiaries",
        )
    url = f"/en/commitments/2018-2020/{commitment.number}/"
    assert entries(Kind.COMMITMENT, commitment.pk).count() == 3
    assert first_url("apiaries", "en") == url
    assert first_url("пасек", "ru") == url.replace("/en/", "/ru/")
    assert first_url("бал челек", "ky") == url.replace("/en/", "/ky/")

    with reindexed():
        commitment.title_en = "Open register of beekeepers"
        commitment.save()
    assert first_url("beekeepers", "en") == url
    assert url not in urls("apiaries", "en")

    with reindexed():
        commitment.publication_state = PublicationState.DRAFT
        commitment.save()
    assert not entries(Kind.COMMITMENT, commitment.pk).exists()

    with reindexed():
        commitment.publication_state = PublicationState.PUBLISHED
        commitment.save()
        pk = commitment.pk
        commitment.delete()
    assert not entries(Kind.COMMITMENT, pk).exists()


def test_milestones_follow_their_commitment(reindexed):
    with reindexed():
        milestone = MilestoneFactory(activity_ru="Перепись ульев в трех районах")
    commitment = milestone.commitment
    assert first_url("перепись ульев", "ru") == (
        f"/ru/commitments/2018-2020/{commitment.number}/#milestone-{milestone.pk}"
    )
    with reindexed():
        commitment.publication_state = PublicationState.DRAFT
        commitment.save()
    assert not entries(Kind.MILESTONE, milestone.pk).exists()


def test_a_turn_edit_and_its_meeting_are_followed(reindexed):
    with reindexed():
        turn = SpeakerTurnFactory(number=4, text_ru="Вопрос о пастбищных комитетах.")
    transcript = turn.transcript
    anchor_url = f"/ru/forum/transcripts/{transcript.pk}/#turn-4"
    assert first_url("пастбищных комитетах", "ru") == anchor_url
    with reindexed():
        turn.text_ru = "Вопрос о водопользователях."
        turn.save()
    assert first_url("водопользователях", "ru") == anchor_url
    assert anchor_url not in urls("пастбищных комитетах", "ru")

    # The transcript's title names its meeting: renumbering the meeting reaches the turns.
    with reindexed():
        transcript.meeting.number = 777
        transcript.meeting.save()
    entry = entries(Kind.TRANSCRIPT, transcript.pk).get(language="en", anchor="turn-4")
    assert "777" in entry.context


def test_an_explainer_page_is_indexed_as_text_without_its_markup(reindexed):
    with reindexed():
        page = PublishedPageFactory(
            body_ru="<p>Совместное <strong>создание</strong> плана</p><ul><li>Пункт</li></ul>"
        )
    entry = SearchEntry.objects.get(kind=Kind.PAGE, object_id=page.pk, language="ru")
    assert entry.body == "Совместное создание плана Пункт"
    assert entry.url == f"/ru/about/{page.slug}/"


def test_renaming_an_organization_reaches_the_commitments_it_leads(reindexed):
    organization = Organization.objects.get(led_commitments__number=11)
    with reindexed():
        organization.name_en = "State Agency for Open Bees"
        organization.save()
    assert (
        "Open Bees"
        in SearchEntry.objects.get(
            kind=Kind.COMMITMENT, language="en", url="/en/commitments/2018-2020/11/"
        ).body
    )
    assert (
        "Open Bees"
        in SearchEntry.objects.get(
            kind=Kind.ORGANIZATION, object_id=organization.pk, language="en"
        ).title
    )


def test_organizations_and_people_lead_to_the_first_public_place_showing_them():
    organization = Organization.objects.get(led_commitments__number=11)
    entry = SearchEntry.objects.get(
        kind=Kind.ORGANIZATION, object_id=organization.pk, language="ky"
    )
    assert entry.url == "/ky/commitments/2018-2020/11/#who-heading"
    member = CoalitionMember.objects.published().exclude(organization=None).first()
    assert (
        SearchEntry.objects.get(
            kind=Kind.ORGANIZATION, object_id=member.organization_id, language="en"
        ).url
        == f"/en/coalition/members/{member.slug}/"
    )
    person = organization.led_commitments.get(number=11).responsible_official
    assert SearchEntry.objects.get(kind=Kind.PERSON, object_id=person.pk, language="ru").url == (
        "/ru/commitments/2018-2020/11/#who-heading"
    )


def test_a_second_rebuild_changes_nothing_and_stale_entries_are_removed():
    first = search_index_rebuild()
    assert all(counts["created"] == counts["updated"] == 0 for counts in first.values())
    SearchEntry.objects.create(
        kind=Kind.COMMITMENT, object_id=999_999, language="ru", title="Исчезнувшее", url="/"
    )
    second = search_index_rebuild()
    assert second[Kind.COMMITMENT]["deleted"] == 1
    assert not SearchEntry.objects.filter(object_id=999_999).exists()


def test_the_demo_loader_reports_unchanged_entries_when_nothing_changed():
    counts = demo.load()
    assert counts["created"] == counts["updated"] == 0
    assert counts["unchanged"] == SearchEntry.objects.count()


def test_reindex_search_reports_progress_and_a_summary(reindexed):
    with reindexed():
        transcript = PublishedTranscriptFactory()
    SearchEntry.objects.filter(kind=Kind.TRANSCRIPT, object_id=transcript.pk).delete()
    output = StringIO()
    call_command("reindex_search", stdout=output)
    lines = output.getvalue().splitlines()
    assert lines[0].startswith("[1/9] commitments: ")
    assert any(
        line.startswith("[4/9] transcript entries: ") and "3 created" in line for line in lines
    )
    assert lines[-1].startswith(f"Indexed {SearchEntry.objects.count()} entries: ")
    assert entries(Kind.TRANSCRIPT, transcript.pk).count() == 3


def test_reindex_search_refuses_an_unknown_kind():
    with pytest.raises(CommandError, match="Unknown kind: spaceships"):
        call_command("reindex_search", kind=["spaceships"], stdout=StringIO())
