import pytest
from django.db import IntegrityError

from directory.models import Organization

from ..models import ApplicationStatus
from ..services import transliterate, unique_slug
from .factories import ApplicationFactory, MemberFactory

pytestmark = pytest.mark.django_db


def test_a_member_from_the_directory_takes_the_organizations_names():
    organization = Organization.objects.get(slug="rezultat")
    member = MemberFactory(organization=organization, name_ru="", name_ky="", name_en="")
    assert member.name_ru == "ОО «Результат»"
    assert member.name_ky == organization.name_ky
    assert member.name_en == organization.name_en


def test_contacts_are_split_into_links():
    member = MemberFactory(public_email="a@example.kg; b@example.kg", public_phone="+996 (312) 1")
    assert member.emails == ["a@example.kg", "b@example.kg"]
    assert member.phones == [{"shown": "+996 (312) 1", "dial": "+9963121"}]


def test_addresses_are_readable_latin_made_from_cyrillic_names():
    assert transliterate("Жарандык платформа Өнүгүү") == "zharandyk platforma onuguu"
    assert unique_slug(type(MemberFactory()), "ОФ «Гражданская платформа»") == (
        "of-grazhdanskaya-platforma"
    )


def test_taken_addresses_get_a_number():
    MemberFactory(slug="open-data")
    assert unique_slug(type(MemberFactory()), "Open data") == "open-data-2"


def test_a_name_without_letters_still_gets_an_address():
    assert unique_slug(type(MemberFactory()), "«»!!!") == "member"


def test_the_database_refuses_two_pending_applications_from_one_email():
    ApplicationFactory(email="same@example.kg")
    with pytest.raises(IntegrityError):
        ApplicationFactory(email="SAME@example.kg")


def test_a_decided_application_does_not_block_a_new_one():
    ApplicationFactory(email="again@example.kg", status=ApplicationStatus.REJECTED)
    assert ApplicationFactory(email="again@example.kg").status == ApplicationStatus.PENDING


def test_a_member_needs_a_name_or_an_organization():
    from django.core.exceptions import ValidationError

    member = MemberFactory.build(name_ru="", name_ky="", name_en="", organization=None)
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "name_ru" in error.value.message_dict


def test_an_organization_is_not_an_individual_expert():
    from django.core.exceptions import ValidationError

    member = MemberFactory.build(organization=Organization.objects.get(slug="dpi"), kind="expert")
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "kind" in error.value.message_dict
