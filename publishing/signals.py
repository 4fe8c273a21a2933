"""Reactions to staff actions that every app shares."""

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone


@receiver(pre_save, sender=get_user_model())
def end_sessions_of_deactivated_user(sender, instance, **kwargs):
    """Deactivating an account logs it out everywhere, at once."""
    if instance.pk is None or instance.is_active:
        return
    was_active = sender.objects.filter(pk=instance.pk, is_active=True).exists()
    if not was_active:
        return
    user_id = str(instance.pk)
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == user_id:
            session.delete()


CONTENT_APPS = {"pages", "directory", "commitments", "forum", "coalition", "reports"}


def _content_changed(sender, **kwargs):
    """Cached pages and memoised data of every app server are renewed once this is committed."""
    if sender._meta.app_label in CONTENT_APPS:
        from ogp_portal.content_version import bump_content_version_on_commit

        bump_content_version_on_commit()


for _signal in (post_save, post_delete, m2m_changed):
    _signal.connect(_content_changed, dispatch_uid=f"page-cache-{_signal!r}")
