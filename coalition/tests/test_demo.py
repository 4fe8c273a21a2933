"""The source document's Coalition content is on the site, in three languages, idempotently."""

import pytest

from directory.models import Organization

from .. import demo
from ..models import CoalitionInfo, Member, MemberKind, Partner, PartnerRole

pytestmark = pytest.mark.django_db


def test_rerunning_the_demo_changes_nothing():
    counts = demo.load()
    assert counts["created"] == 0
    assert counts["updated"] == 0
    assert counts["unchanged"] > 0


def test_the_coalition_description_has_the_official_figure_and_the_seven_directions():
    info = CoalitionInfo.objects.published().get()
    assert info.registered_members == 182
    assert info.source_url == "http://ogp.el.kg/ru/koaliciya-otkrytoe-pravitelstvo"
    directions = list(info.directions.all())
    assert len(directions) == 7
    assert directions[0].text_ru.startswith("Разработке гражданских инициатив")
    assert directions[-1].text_ru == "Продвижении информации об Открытом Правительстве."
    for direction in directions:
        assert direction.text_ky and direction.text_en


def test_civic_platform_is_a_member_with_its_published_contacts_and_profile(plan_commitments):
    member = Member.objects.published().get(slug="civic-platform")
    assert member.organization == Organization.objects.get(slug="civic-platform")
    assert member.kind == MemberKind.FOUNDATION
    assert not member.is_sample
    assert member.emails == ["civic@platforma.kg", "info@platforma.kg"]
    assert [phone["shown"] for phone in member.phones] == [
        "+996 (312) 88-71-71",
        "+996 (312) 88-91-91",
    ]
    assert sorted(member.commitments.values_list("number", flat=True)) == [3, 11, 17, 19]
    profile = member.profile
    assert profile.director.full_name_ru == "Айнуро Усупбекова"
    assert "4-х из 18-ти" in profile.directions_intro_ru
    assert profile.directions.count() == 4
    initiatives = {item.number: item for item in profile.initiatives.all()}
    assert sorted(initiatives) == [3, 11, 17, 19]
    assert initiatives[17].commitment == plan_commitments[17]


@pytest.mark.parametrize(
    ("key", "role", "numbers"),
    [
        ("rezultat", PartnerRole.CIVIL_SOCIETY, [3]),
        ("dpi", PartnerRole.CIVIL_SOCIETY, [3]),
        ("civic-alliance", PartnerRole.CIVIL_SOCIETY, [17]),
        ("democracy-coalition", PartnerRole.CIVIL_SOCIETY, [19]),
        ("undp", PartnerRole.INTERNATIONAL, [17]),
        ("soros", PartnerRole.INTERNATIONAL, [17]),
    ],
)
def test_partner_organizations_are_linked_to_their_commitments(
    plan_commitments, key, role, numbers
):
    partner = Partner.objects.published().get(organization__slug=key)
    assert partner.role == role
    assert sorted(partner.commitments.values_list("number", flat=True)) == numbers
    assert not partner.is_sample


def test_everything_not_in_the_source_is_marked_as_sample():
    samples = Member.objects.filter(slug__startswith="sample-")
    assert samples.count() == 12
    assert not samples.filter(is_sample=False).exists()
    assert Member.objects.filter(is_sample=False).count() == 1
