"""Joining online: the form, what it stores, whom it tells, and every refusal."""

import re
import smtplib

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.helpers import tags, text

from ..models import Application, ApplicationStatus
from .factories import PendingApplicationFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def join_url(language="ru"):
    with translation.override(language):
        return reverse("coalition:join")


@pytest.fixture
def valid(theme):
    def make(**overrides):
        data = {
            "applicant_type": "organization",
            "kind": "public_association",
            "name": "ОО «Новая инициатива»",
            "contact_person": "Айгуль Исакова",
            "email": "new@example.kg",
            "phone": "+996 555 123 456",
            "website": "https://new.example.kg",
            "region": "osh",
            "themes": [theme.slug],
            "interests": "Открытые данные\nв городе Ош.",
            "publish_email": "on",
            "consent_to_processing": "on",
            "contact_fax": "",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return make


@pytest.mark.parametrize(
    ("language", "heading", "consent"),
    [
        ("ru", "Вступление в Коалицию «Открытого Правительства»", "Я согласен"),
        ("ky", "«Ачык өкмөт» коалициясына кирүү", "Мен макулмун"),
        ("en", "Join the Open Government Coalition", "I agree"),
    ],
)
def test_the_form_is_in_the_visitors_language_with_csrf_and_a_hidden_trap(
    client, language, heading, consent
):
    response = client.get(join_url(language))
    assert response.status_code == 200
    html = text(response)
    assert [h1 for h1 in tags(html, "h1")] and heading in html
    assert consent in html
    assert 'name="csrfmiddlewaretoken"' in html
    trap = html.split('class="coalition-hp"')[1].split("</div>")[0]
    assert 'aria-hidden="true"' in trap
    assert 'tabindex="-1"' in trap
    assert "style=" not in html
    assert "<script" not in html
    for field in ("name", "email", "phone", "website", "interests", "contact_person"):
        assert f'name="{field}"' in html
    assert 'maxlength="300"' in html and 'maxlength="2000"' in html
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    )


def test_an_application_is_stored_pending_thanked_in_kyrgyz_and_sent_to_the_secretariat(
    client, valid, theme
):
    response = client.post(join_url("ky"), valid(), REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 302
    assert response["Location"] == "/ky/coalition/join/thanks/"
    thanks = client.get(response["Location"])
    assert "Арызыңыз үчүн рахмат" in text(thanks)
    application = Application.objects.get()
    assert application.status == ApplicationStatus.PENDING
    assert application.language == "ky"
    assert application.name == "ОО «Новая инициатива»"
    assert application.interests == "Открытые данные\nв городе Ош."
    assert list(application.themes.all()) == [theme]
    assert application.publish_email and not application.publish_phone
    assert application.consent_to_processing
    assert len(application.ip_hash) == 64 and "10.1.2.3" not in application.ip_hash
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == list(settings.SECRETARIAT_EMAILS)
    assert message.subject == "Новая заявка в Коалицию: ОО «Новая инициатива»"
    assert "new@example.kg" in message.body
    assert "Открытые данные\nв городе Ош." in message.body
    assert "Ош облусу" not in message.body  # the Secretariat reads Russian
    assert "Ошская область" in message.body
    assert "Кыргызча" in message.body
    assert f"http://testserver/admin/coalition/application/{application.pk}/change/" in (
        message.body
    )


def test_nothing_the_applicant_typed_is_public_before_approval(client, valid):
    client.post(join_url(), valid(name="ОО «Тайная заявка»", email="secret@example.kg"))
    assert Application.objects.filter(status=ApplicationStatus.PENDING).count() == 1
    for path in ("/ru/coalition/", "/ru/coalition/members.csv", "/ru/coalition/members.json"):
        body = client.get(path).content.decode("utf-8-sig")
        assert "Тайная заявка" not in body
        assert "secret@example.kg" not in body
    assert client.get("/ru/coalition/", {"q": "Тайная"}).status_code == 200
    assert "Тайная заявка" not in text(client.get("/ru/coalition/", {"q": "Тайная"}))


@pytest.mark.parametrize(
    ("language", "required", "bad_email", "consent"),
    [
        (
            "ru",
            "Пожалуйста, заполните это поле.",
            "Введите адрес электронной почты, например name@example.kg.",
            "Мы можем рассмотреть заявку только с этим согласием.",
        ),
        (
            "ky",
            "Бул талааны толтуруңуз.",
            "Электрондук почтанын дарегин жазыңыз, мисалы name@example.kg.",
            "Арызды ушул макулдук менен гана карай алабыз.",
        ),
        (
            "en",
            "Please fill in this field.",
            "Enter an email address such as name@example.kg.",
            "We can only consider an application with this consent.",
        ),
    ],
)
def test_errors_are_explained_in_the_visitors_language_and_typed_values_are_kept(
    client, valid, theme, language, required, bad_email, consent
):
    data = valid(
        email="not-an-email",
        region="",
        consent_to_processing=None,
        publish_phone="on",
        interests="Хотим работать <над> «открытыми данными» & бюджетом",
    )
    response = client.post(join_url(language), data)
    assert response.status_code == 200
    html = text(response)
    assert required in html
    assert bad_email in html
    assert consent in html
    assert 'class="coalition-error-summary"' in html
    assert 'value="ОО «Новая инициатива»"' in html
    assert 'value="not-an-email"' in html
    assert 'value="Айгуль Исакова"' in html
    assert 'value="+996 555 123 456"' in html
    assert "Хотим работать &lt;над&gt; «открытыми данными» &amp; бюджетом</textarea>" in html
    assert 'name="publish_email" id="id_publish_email" checked' in html
    assert 'name="publish_phone" id="id_publish_phone" checked' in html
    assert re.search(rf'value="{theme.slug}" id="id_themes_\d+" checked', html)
    assert 'aria-invalid="true"' in html
    assert Application.objects.count() == 0
    assert mail.outbox == []


def test_an_organization_must_say_its_kind_and_contact_person(client, valid):
    html = text(client.post(join_url("en"), valid(kind="", contact_person="")))
    assert "Please choose what kind of organization it is." in html
    assert "Please name the contact person." in html
    assert Application.objects.count() == 0


def test_an_expert_needs_no_kind_or_contact_person(client, valid):
    response = client.post(
        join_url("en"),
        valid(applicant_type="expert", kind="", contact_person="", name="Асель Жумабаева"),
    )
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.kind == "expert"


def test_contacts_to_publish_must_be_given(client, valid):
    html = text(client.post(join_url("en"), valid(phone="", website="", publish_phone="on",
                                                  publish_website="on")))  # fmt: skip
    assert "Give the phone number you agree to publish." in html
    assert "Give the website you agree to publish." in html


TOO_LONG = "Please keep this under"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": "Я" * 301}, TOO_LONG),
        ({"name": "Я" * 100_000}, TOO_LONG),
        ({"contact_person": "Б" * 201}, TOO_LONG),
        ({"interests": "x" * 2001}, TOO_LONG),
        ({"email": "a" * 250 + "@example.kg"}, "email"),
        ({"email": "new@example.kg\nBcc: victim@example.kg"}, "email"),
        ({"phone": "call me maybe"}, "Enter a phone number with its code"),
        ({"phone": "12"}, "Enter a phone number with its code"),
        ({"website": "javascript:alert(1)"}, "Enter a web address such as"),
        ({"website": "https://" + "a" * 250 + ".kg"}, TOO_LONG),
        ({"name": "ОО\x00«Ноль»"}, "Null characters are not allowed."),
        ({"name": "ОО «Две\nстроки»"}, "Please write this on one line."),
        ({"name": "12345 !!!"}, "A name needs at least one letter."),
        ({"name": "=HYPERLINK(1)"}, "A name cannot begin with =, +, - or @."),
        ({"interests": "bell \x07 here"}, "This contains characters that cannot be typed."),
        ({"region": "mars"}, "Please choose one of the options offered."),
        ({"applicant_type": "robot"}, "Please choose one of the options offered."),
        ({"kind": "expert"}, "Please choose one of the options offered."),
        ({"themes": ["no-such-theme"]}, "Please choose one of the options offered."),
        ({"themes": []}, "Please choose at least one."),
    ],
)
def test_long_or_malformed_input_is_refused_with_a_message(client, valid, overrides, message):
    response = client.post(join_url("en"), valid(**overrides))
    assert response.status_code == 200
    html = text(response)
    assert message in html
    assert "errorlist" in html
    assert Application.objects.count() == 0
    assert mail.outbox == []


def test_a_body_beyond_the_upload_limit_is_a_400_not_a_500(client, valid):
    response = client.post(join_url("en"), valid(interests="x" * (6 * 1024 * 1024)))
    assert response.status_code == 400
    assert Application.objects.count() == 0


def test_the_robot_trap_stores_nothing_and_sends_nothing(client, valid):
    response = client.post(join_url(), valid(contact_fax="+1 555 0100"))
    assert response.status_code == 302
    assert response["Location"] == "/ru/coalition/join/thanks/"
    assert Application.objects.count() == 0
    assert mail.outbox == []


def test_a_burst_from_one_address_is_refused_with_429_in_the_visitors_language(client, valid):
    for number in range(5):
        response = client.post(
            join_url("ky"), valid(email=f"burst{number}@example.kg"), REMOTE_ADDR="10.9.9.9"
        )
        assert response.status_code == 302, number
    response = client.post(join_url("ky"), valid(email="burst5@example.kg"), REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    html = text(response)
    assert "Бир убакта өтө көп арыз" in html
    assert len(tags(html, "h1")) == 1
    assert Application.objects.count() == 5
    assert not Application.objects.filter(email="burst5@example.kg").exists()
    # Another address is not held back by this one's burst.
    other = client.post(join_url(), valid(email="calm@example.kg"), REMOTE_ADDR="10.8.8.8")
    assert other.status_code == 302


def test_invalid_submissions_count_towards_the_limit_too(client, valid):
    for _attempt in range(5):
        client.post(join_url("en"), valid(email="broken"), REMOTE_ADDR="10.7.7.7")
    response = client.post(join_url("en"), valid(), REMOTE_ADDR="10.7.7.7")
    assert response.status_code == 429
    assert "Too many applications at once" in text(response)
    assert Application.objects.count() == 0


def test_a_repeat_from_the_same_email_is_stored_once_and_reported_to_staff(client, valid):
    first = client.post(join_url(), valid(email="twice@example.kg"))
    second = client.post(
        join_url("en"), valid(email="TWICE@example.kg", name="ОО «Новая инициатива» (повторно)")
    )
    assert first.status_code == second.status_code == 302
    assert second["Location"] == "/en/coalition/join/thanks/"
    application = Application.objects.get()
    assert application.name == "ОО «Новая инициатива»"
    assert application.repeat_count == 1
    assert application.last_repeated_at is not None
    assert len(mail.outbox) == 2
    repeat = mail.outbox[1]
    assert repeat.subject.startswith("Повторная заявка в Коалицию")
    assert "не сохранена повторно" in repeat.body
    assert "ОО «Новая инициатива» (повторно)" in repeat.body
    assert f"/admin/coalition/application/{application.pk}/change/" in repeat.body


def test_a_new_application_after_a_decided_one_is_stored_and_linked_to_it(client, valid):
    earlier = PendingApplicationFactory(email="back@example.kg", status=ApplicationStatus.REJECTED)
    client.post(join_url(), valid(email="back@example.kg"))
    latest = Application.objects.exclude(pk=earlier.pk).get()
    assert latest.duplicate_of == earlier
    assert "Ранее с этого адреса уже поступала заявка" in mail.outbox[0].body


def test_a_mail_server_that_is_down_loses_nothing(client, valid, monkeypatch):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr("coalition.services.send_mail", refuse)
    response = client.post(join_url(), valid())
    assert response.status_code == 302
    assert Application.objects.count() == 1


def test_csrf_is_enforced(valid):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(join_url(), valid())
    assert response.status_code == 403
    assert Application.objects.count() == 0
    strict.get(join_url())
    token = strict.cookies[settings.CSRF_COOKIE_NAME].value
    response = strict.post(join_url(), valid(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert Application.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_refused(client, method):
    assert getattr(client, method)(join_url()).status_code == 405


def test_the_join_form_reads_the_themes_once_however_many_there_are(
    client, django_assert_num_queries
):
    ThemeFactory.create_batch(15)
    # The published themes (to draw and to require a choice), and the footer's contacts.
    with django_assert_num_queries(2):
        response = client.get(join_url("en"))
    html = text(response)
    assert html.count('type="checkbox" name="themes"') >= 15
    assert re.search(r'<label for="id_themes_0"><input type="checkbox" name="themes"', html)
