"""Staff roles, accounts, lockout, sessions, history and the admin tools that span apps."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command

from pages.models import KeyFigure, Page
from publishing.roles import COALITION_MODERATOR, SECRETARIAT_EDITOR, VIEWER

pytestmark = pytest.mark.django_db

User = get_user_model()
PASSWORD = "a long enough passphrase 42"


def make_staff(role, username="staff"):
    user = User.objects.create_user(username=username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


def test_the_three_roles_exist_after_migrate():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        SECRETARIAT_EDITOR,
        COALITION_MODERATOR,
        VIEWER,
    }


def test_there_is_no_default_account():
    assert not User.objects.filter(is_superuser=True).exists()
    assert not User.objects.exists()


def test_editor_may_change_content_but_not_accounts(client):
    client.force_login(make_staff(SECRETARIAT_EDITOR))
    assert client.get("/admin/pages/page/").status_code == 200
    assert client.get("/admin/pages/page/add/").status_code == 200
    assert client.get("/admin/directory/organization/add/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403


def test_viewer_sees_but_cannot_change(client):
    client.force_login(make_staff(VIEWER))
    page = Page.objects.create(slug="viewer-test", title_ru="Тест")
    assert client.get("/admin/pages/page/").status_code == 200
    assert client.get("/admin/pages/page/add/").status_code == 403
    response = client.post(f"/admin/pages/page/{page.pk}/change/", {"title_ru": "Изменено"})
    assert response.status_code == 403
    page.refresh_from_db()
    assert page.title_ru == "Тест"


def test_moderator_cannot_touch_pages(client):
    client.force_login(make_staff(COALITION_MODERATOR))
    assert client.get("/admin/pages/page/").status_code == 403
    assert client.get("/admin/directory/organization/").status_code == 200
    assert client.get("/admin/directory/organization/add/").status_code == 403


def test_create_staff_makes_an_account_in_a_role():
    out = StringIO()
    call_command(
        "create_staff",
        "aigul",
        email="aigul@example.kg",
        role="editor",
        generate_password=True,
        stdout=out,
    )
    user = User.objects.get(username="aigul")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [SECRETARIAT_EDITOR]
    password = out.getvalue().strip().rsplit(" ", 1)[-1]
    assert user.check_password(password)


def test_create_staff_refuses_a_weak_password(monkeypatch):
    monkeypatch.setattr("sys.stdin", StringIO("12345\n"))
    with pytest.raises(CommandError):
        call_command(
            "create_staff", "weak", email="w@example.kg", role="viewer", password_stdin=True
        )
    assert not User.objects.filter(username="weak").exists()


def test_admin_login_locks_after_five_failures(client):
    make_staff(SECRETARIAT_EDITOR, username="locked")
    for _attempt in range(5):
        response = client.post(
            "/admin/login/", {"username": "locked", "password": "wrong"}, REMOTE_ADDR="10.0.0.5"
        )
    response = client.post(
        "/admin/login/",
        {"username": "locked", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.5",
        HTTP_ACCEPT_LANGUAGE="ky",
    )
    assert response.status_code == 429
    assert "бир саатка бөгөттөлдү" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_account_and_address(client):
    make_staff(SECRETARIAT_EDITOR, username="other")
    for _attempt in range(5):
        client.post("/admin/login/", {"username": "other", "password": "x"}, REMOTE_ADDR="10.0.0.6")
    response = client.post(
        "/admin/login/",
        {"username": "other", "password": PASSWORD, "next": "/admin/"},
        REMOTE_ADDR="10.0.0.7",
    )
    assert response.status_code == 302


def test_deactivating_a_user_ends_their_sessions(client):
    user = make_staff(SECRETARIAT_EDITOR, username="leaver")
    client.force_login(user)
    assert Session.objects.count() == 1
    user.is_active = False
    user.save()
    assert Session.objects.count() == 0
    assert client.get("/admin/").status_code == 302


def test_a_change_in_each_language_is_recorded_and_restorable(client):
    editor = make_staff(SECRETARIAT_EDITOR, username="historian")
    client.force_login(editor)
    figure = KeyFigure.objects.get(key="countries")
    original = {code: getattr(figure, f"label_{code}") for code in ("ru", "ky", "en")}
    data = {
        "key": figure.key,
        "order": figure.order,
        "publication_state": "published",
        "published_at_0": "2019-04-01",
        "published_at_1": "00:00:00",
        "value_ru": "79",
        "value_ky": "79",
        "value_en": "79",
        "label_ru": "стран (изменено)",
        "label_ky": "өлкө (өзгөртүлдү)",
        "label_en": "countries (changed)",
    }
    response = client.post(f"/admin/pages/keyfigure/{figure.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    latest = figure.history.latest()
    assert latest.history_user == editor
    assert (latest.label_ru, latest.label_ky, latest.label_en) == (
        "стран (изменено)",
        "өлкө (өзгөртүлдү)",
        "countries (changed)",
    )
    previous = latest.prev_record
    history_page = client.get(f"/admin/pages/keyfigure/{figure.pk}/history/")
    assert history_page.status_code == 200
    revert_url = f"/admin/pages/keyfigure/{figure.pk}/history/{previous.history_id}/"
    assert client.get(revert_url).status_code == 200
    data.update({f"label_{code}": text for code, text in original.items()})
    assert client.post(revert_url, data).status_code == 302
    figure.refresh_from_db()
    assert {code: getattr(figure, f"label_{code}") for code in ("ru", "ky", "en")} == original


def test_a_deleted_record_can_be_restored(client):
    editor = make_staff(SECRETARIAT_EDITOR, username="restorer")
    client.force_login(editor)
    page = Page.objects.create(slug="to-delete", title_ru="Удаляемая", title_en="Deleted")
    response = client.post(f"/admin/pages/page/{page.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Page.objects.filter(slug="to-delete").exists()
    listing = client.get("/admin/history/deleted/")
    assert "Удаляемая" in listing.content.decode()
    record = Page.history.filter(history_type="-", slug="to-delete").get()
    client.post("/admin/history/deleted/", {"model": "pages.Page", "history_id": record.history_id})
    restored = Page.objects.get(slug="to-delete")
    assert (restored.title_ru, restored.title_en) == ("Удаляемая", "Deleted")


def test_missing_translations_page_lists_what_lacks_kyrgyz_or_english(client):
    client.force_login(make_staff(SECRETARIAT_EDITOR, username="translator"))
    Page.objects.create(slug="ru-only", title_ru="Только по-русски")
    html = client.get("/admin/translations/missing/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Только по-русски" in html
    assert "KY, EN" in html


def test_admin_lists_show_missing_translations(client):
    client.force_login(make_staff(SECRETARIAT_EDITOR, username="lister"))
    Page.objects.create(slug="en-missing", title_ru="Без английского", title_ky="Англисчесиз")
    html = client.get("/admin/pages/page/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "missing: EN" in html


def test_admin_index_is_grouped_the_way_the_secretariat_thinks(client):
    client.force_login(User.objects.create_superuser("root", "r@example.kg", PASSWORD))
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    positions = [html.find(title) for title in ("Action plan", "Site pages", "Staff and security")]
    assert all(position > 0 for position in positions)
    assert positions == sorted(positions)
    assert "Texts missing a translation" in html and "Deleted items" in html
