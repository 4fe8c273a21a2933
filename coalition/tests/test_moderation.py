"""Staff decide: approval publishes a member and tells the applicant; rejection needs a reason."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from directory.models import Organization
from tests.helpers import tags, text

from ..models import Application, ApplicationStatus, Member
from ..services import application_approve, application_reject
from .factories import PendingApplicationFactory, public_path

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/coalition/application/"


def join_and_get_application(client, theme, **overrides):
    data = {
        "applicant_type": "organization",
        "kind": "foundation",
        "name": "ОФ «Прозрачный Талас»",
        "contact_person": "Нурлан Акматов",
        "email": "talas@example.kg",
        "phone": "+996 3422 5 55 55",
        "website": "https://talas.example.kg",
        "region": "talas",
        "themes": [theme.slug],
        "interests": "Бюджет и закупки Таласской области.",
        "publish_email": "on",
        "publish_website": "on",
        "consent_to_processing": "on",
        **overrides,
    }
    language = data.pop("language", "ru")
    response = client.post(f"/{language}/coalition/join/", data)
    assert response.status_code == 302
    return Application.objects.get(email=data["email"])


def test_join_moderate_publish_the_whole_path(client, staff_user, theme):
    application = join_and_get_application(client, theme, language="ky")
    assert (
        client.get("/ru/coalition/", {"q": "Прозрачный Талас"}).content.count(
            "Прозрачный Талас".encode()
        )
        == 1
    )  # only in the search box, not in the list
    mail.outbox.clear()

    admin = client
    admin.force_login(staff_user)
    response = admin.post(
        CHANGELIST,
        {"action": "approve_applications", ACTION_CHECKBOX_NAME: [application.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "1 application approved" in text(response) or "1 заявка одобрена" in text(response)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.decided_by == staff_user
    member = application.member
    assert member.is_published()
    assert member.kind == "foundation" and member.region == "talas"
    assert list(member.themes.all()) == [theme]
    assert member.joined_on is not None
    # Only the contacts the applicant agreed to publish.
    assert member.public_email == "talas@example.kg"
    assert member.website == "https://talas.example.kg"
    assert member.public_phone == ""
    assert member.organization == Organization.objects.get(name_ru="ОФ «Прозрачный Талас»")
    assert member.name_ky == "ОФ «Прозрачный Талас»"

    admin.logout()
    page = text(client.get(public_path(member)))
    assert "ОФ «Прозрачный Талас»" in page
    assert "talas@example.kg" in page
    assert "+996 3422 5 55 55" not in page
    assert "Бюджет и закупки" not in page  # what they want to work on stays with staff
    listing = text(client.get("/en/coalition/", {"region": "talas"}))
    assert public_path(member, "en") in listing

    assert len(mail.outbox) == 1
    welcome = mail.outbox[0]
    assert welcome.to == ["talas@example.kg"]
    assert welcome.subject == "«Ачык өкмөт» коалициясына кош келиңиз"
    assert "http://testserver/ky/coalition/members/" in welcome.body
    assert "Урматтуу ОФ «Прозрачный Талас»," in welcome.body


def test_reject_asks_for_a_reason_then_emails_it_in_the_applicants_language(
    client, staff_user, theme
):
    application = join_and_get_application(client, theme, language="en", email="no@example.kg")
    mail.outbox.clear()
    client.force_login(staff_user)
    selection = {"action": "reject_applications", ACTION_CHECKBOX_NAME: [application.pk]}

    form = client.post(CHANGELIST, selection)
    assert form.status_code == 200
    assert 'name="reason"' in text(form)
    assert "no@example.kg" in text(form)

    empty = client.post(CHANGELIST, {**selection, "apply": "1", "reason": "   "})
    assert empty.status_code == 200
    assert 'name="reason"' in text(empty)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert mail.outbox == []

    done = client.post(
        CHANGELIST,
        {**selection, "apply": "1", "reason": "The organization is a commercial company."},
    )
    assert done.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert application.rejection_reason == "The organization is a commercial company."
    assert not Member.objects.filter(applications=application).exists()
    assert len(mail.outbox) == 1
    letter = mail.outbox[0]
    assert letter.to == ["no@example.kg"]
    assert letter.subject == "Your application to the Open Government Coalition"
    assert "The organization is a commercial company." in letter.body
    assert "http://testserver/en/coalition/join/" in letter.body


def test_rejection_without_a_reason_is_refused():
    application = PendingApplicationFactory()
    with pytest.raises(ValidationError):
        application_reject(application=application, moderator=None, reason=" \n ")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert mail.outbox == []


def test_a_decided_application_cannot_be_decided_again(staff_user):
    application = PendingApplicationFactory(applicant_type="expert", kind="expert",
                                            name="Эркин Садыков")  # fmt: skip
    application_approve(application=application, moderator=staff_user)
    with pytest.raises(ValidationError):
        application_approve(application=application, moderator=staff_user)
    with pytest.raises(ValidationError):
        application_reject(application=application, moderator=staff_user, reason="Late")
    assert Member.objects.filter(name_ru="Эркин Садыков").count() == 1


def test_an_expert_becomes_a_member_without_a_directory_organization(staff_user):
    application = PendingApplicationFactory(
        applicant_type="expert", kind="expert", name="Эркин Садыков", language="en"
    )
    member = application_approve(application=application, moderator=staff_user)
    assert member.organization is None
    assert member.name_ru == member.name_en == "Эркин Садыков"
    assert member.slug == "erkin-sadykov"
    assert mail.outbox[0].subject == "Welcome to the Open Government Coalition"


def test_an_organization_already_in_the_coalition_is_not_approved_twice(staff_user):
    application = PendingApplicationFactory(name="ОФ «Гражданская платформа»")
    with translation.override("en"), pytest.raises(ValidationError, match="already a member"):
        application_approve(application=application, moderator=staff_user)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert Member.objects.filter(organization__slug="civic-platform").count() == 1


def test_stored_text_is_shown_escaped(client, staff_user):
    application = PendingApplicationFactory(
        name='<script>alert("x")</script> ОО «Тег»',
        website="https://example.kg/?a=1&b=<2>",
        publish_website=True,
    )
    member = application_approve(application=application, moderator=staff_user)
    html = text(client.get(public_path(member)))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ОО «Тег»" in html
    assert len(tags(html, "h1")) == 1
    listing = text(client.get("/ru/coalition/"))
    assert "<script>alert" not in listing
    client.force_login(staff_user)
    admin_html = text(client.get(CHANGELIST))
    assert "<script>alert" not in admin_html


def test_a_mail_failure_does_not_undo_an_approval(staff_user, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no route to the mail server")

    monkeypatch.setattr("coalition.services.send_mail", refuse)
    application = PendingApplicationFactory()
    member = application_approve(application=application, moderator=staff_user)
    assert member.pk and member.is_published()


@pytest.mark.parametrize(
    "path",
    [
        "/admin/coalition/application/",
        "/admin/coalition/application/?status__exact=pending&q=example",
        "/admin/coalition/member/",
        "/admin/coalition/member/?kind__exact=foundation&q=платформа",
        "/admin/coalition/member/add/",
        "/admin/coalition/coalitioninfo/",
        "/admin/coalition/partner/",
        "/admin/coalition/memberprofile/",
    ],
)
def test_staff_pages_open(client, staff_user, path):
    client.force_login(staff_user)
    assert client.get(path).status_code == 200


def test_staff_see_repeats_in_the_list_and_cannot_add_applications_by_hand(client, staff_user):
    application = PendingApplicationFactory(repeat_count=2)
    client.force_login(staff_user)
    html = text(client.get(CHANGELIST))
    assert "repeat-flag" in html
    assert client.get("/admin/coalition/application/add/").status_code == 403
    change = client.get(reverse("admin:coalition_application_change", args=[application.pk]))
    assert change.status_code == 200
    civic = Member.objects.get(slug="civic-platform")
    assert client.get(reverse("admin:coalition_member_change", args=[civic.pk])).status_code == 200
    profile = civic.profile
    assert (
        client.get(reverse("admin:coalition_memberprofile_change", args=[profile.pk])).status_code
        == 200
    )
