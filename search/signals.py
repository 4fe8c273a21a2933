"""Keep the index current: a save or delete of indexed content reindexes what it touches.

Receivers only note what needs reindexing; the work runs once per transaction, after it
commits (at once outside a transaction), so an admin save with twenty inline rows reindexes
its object once, and a failed reindex is logged without undoing the staff member's edit.
A full rebuild is always at hand: `manage.py reindex_search`.
"""

import threading

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from .models import Kind

ALL = None  # every object of a kind
DIRECTORY = ((Kind.ORGANIZATION, ALL), (Kind.PERSON, ALL))

_pending = threading.local()


def _pending_work():
    if not hasattr(_pending, "kinds"):
        _pending.kinds = {}
    return _pending.kinds


def schedule(targets):
    """Note (kind, ids or ALL) pairs to reindex when the current transaction commits."""
    work = _pending_work()
    added = False
    for kind, ids in targets:
        if ids is ALL:
            work[kind] = ALL
        elif kind not in work or work[kind] is not ALL:
            work.setdefault(kind, set()).update(pk for pk in ids if pk is not None)
        added = True
    if added:
        transaction.on_commit(flush, robust=True)


def flush():
    """Reindex everything noted so far. Later callbacks of the same commit find nothing left."""
    from .services import search_index_update

    work = _pending_work()
    while work:
        kind, ids = work.popitem()
        if ids is not ALL and not ids:
            continue
        # A failure is logged by on_commit(robust=True); the edit itself is already saved.
        search_index_update(kind=kind, object_ids=ids)


def _ids(queryset):
    return set(queryset.values_list("pk", flat=True))


# What each model's change touches: model label → function(instance) → (kind, ids) pairs.


def _plan(plan):
    from commitments.models import Commitment, Milestone
    from reports.models import Report

    commitments = Commitment.objects.filter(plan=plan)
    return [
        (Kind.COMMITMENT, _ids(commitments)),
        (Kind.MILESTONE, _ids(Milestone.objects.filter(commitment__in=commitments))),
        (Kind.REPORT, _ids(Report.objects.filter(plan=plan))),
        *DIRECTORY,
    ]


def _theme(theme):
    return [
        (Kind.COMMITMENT, _ids(theme.commitments.all())),
        (Kind.COALITION_MEMBER, _ids(theme.coalition_members.all())),
    ]


def _commitment(commitment):
    from commitments.models import Milestone

    return [
        (Kind.COMMITMENT, {commitment.pk}),
        (Kind.MILESTONE, _ids(Milestone.objects.filter(commitment_id=commitment.pk))),
        *DIRECTORY,
    ]


def _meeting(meeting):
    from forum.models import Transcript

    return [
        (Kind.MEETING, {meeting.pk}),
        (Kind.TRANSCRIPT, _ids(Transcript.objects.filter(meeting_id=meeting.pk))),
    ]


def _coalition_member_profile(profile):
    return [(Kind.COALITION_MEMBER, {profile.member_id}), *DIRECTORY]


def _profile_part(part):
    from coalition.models import MemberProfile

    member_ids = MemberProfile.objects.filter(pk=part.profile_id).values_list("member", flat=True)
    return [(Kind.COALITION_MEMBER, set(member_ids))]


def _organization(organization):
    from coalition.models import Member
    from commitments.models import Commitment
    from reports.models import Report

    return [
        (Kind.COMMITMENT, _ids(Commitment.objects.filter(lead_agency_id=organization.pk))),
        (Kind.REPORT, _ids(Report.objects.filter(author_id=organization.pk))),
        (Kind.COALITION_MEMBER, _ids(Member.objects.filter(organization_id=organization.pk))),
        *DIRECTORY,
    ]


def _person(person):
    from commitments.models import Commitment

    return [
        (Kind.COMMITMENT, _ids(Commitment.objects.filter(responsible_official_id=person.pk))),
        *DIRECTORY,
    ]


DEPENDENTS = {
    "commitments.ActionPlan": _plan,
    "commitments.Theme": _theme,
    "commitments.Commitment": _commitment,
    "commitments.CommitmentPartner": lambda partner: DIRECTORY,
    "commitments.Milestone": lambda milestone: [(Kind.MILESTONE, {milestone.pk})],
    "forum.Meeting": _meeting,
    "forum.AgendaItem": lambda item: [(Kind.MEETING, {item.meeting_id})],
    "forum.Transcript": lambda transcript: [(Kind.TRANSCRIPT, {transcript.pk})],
    "forum.SpeakerTurn": lambda turn: [(Kind.TRANSCRIPT, {turn.transcript_id})],
    "forum.Member": lambda member: DIRECTORY,
    "forum.SecretariatMember": lambda member: DIRECTORY,
    "forum.ForumProfile": lambda profile: DIRECTORY,
    "coalition.Member": lambda member: [(Kind.COALITION_MEMBER, {member.pk}), *DIRECTORY],
    "coalition.MemberProfile": _coalition_member_profile,
    "coalition.ProfileDirection": _profile_part,
    "coalition.ProfileInitiative": _profile_part,
    "coalition.Partner": lambda partner: DIRECTORY,
    "reports.Report": lambda report: [(Kind.REPORT, {report.pk}), *DIRECTORY],
    "pages.Page": lambda page: [(Kind.PAGE, {page.pk})],
    "directory.Organization": _organization,
    "directory.Person": _person,
}

# Many-to-many fields whose change alters an entry: (model label, field) → kind of its owner.
M2M_DEPENDENTS = {
    ("commitments.Commitment", "themes"): lambda ids: [(Kind.COMMITMENT, ids)],
    ("commitments.Commitment", "co_implementers"): lambda ids: DIRECTORY,
    ("coalition.Member", "themes"): lambda ids: [(Kind.COALITION_MEMBER, ids)],
}


def _on_change(sender, instance, raw=False, **kwargs):
    if raw:  # fixtures load rows as they are; a rebuild indexes them
        return
    schedule(DEPENDENTS[sender._meta.label](instance))


def _m2m_receiver(owner_model, targets):
    def on_m2m_change(sender, instance, action, reverse, pk_set, **kwargs):
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if not reverse:
            owner_ids = {instance.pk}
        elif pk_set:
            owner_ids = set(pk_set)
        else:  # a reverse clear does not say which owners lost the link
            owner_ids = ALL
        schedule(targets(owner_ids))

    return on_m2m_change


def connect():
    """Called from SearchConfig.ready()."""
    for label in DEPENDENTS:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(_on_change, sender=model, dispatch_uid=f"search-{label}-{signal!r}")
    for (label, field), targets in M2M_DEPENDENTS.items():
        model = apps.get_model(label)
        through = getattr(model, field).through
        m2m_changed.connect(
            _m2m_receiver(model, targets),
            sender=through,
            dispatch_uid=f"search-{label}-{field}",
            weak=False,
        )
