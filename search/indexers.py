"""What each kind of public content puts into the search index, one indexer per kind.

An indexer reads only what the public sees (each model's published() rule), and yields one
entry per language with that language's own text; where a translation is missing, the Russian
text stands in under that language (and the entry says so, for the results page to mark it).
Addresses carry the language prefix and, where the page has one, the #anchor of the exact place.
"""

from dataclasses import dataclass, fields
from datetime import date as date_type

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import pgettext

from publishing.translation import field_in_language

from .models import Kind
from .text import clean_text, html_to_text, join_text

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Entry:
    """One row of the index as an indexer wants it; compared field by field when syncing."""

    kind: str
    object_id: int
    language: str
    anchor: str
    title: str
    body: str
    context: str
    url: str
    text_language: str
    boost: float
    is_sample: bool
    date: date_type | None

    @property
    def key(self):
        return (self.kind, self.object_id, self.language, self.anchor)


KEY_FIELDS = ("kind", "object_id", "language", "anchor")
# What a sync compares and writes for an entry that already exists.
VALUE_FIELDS = [field.name for field in fields(Entry) if field.name not in KEY_FIELDS]


def text_of(obj, field, language):
    return field_in_language(obj, field, language)[0] if obj is not None else ""


def url_in(language, name, anchor="", **kwargs):
    with translation.override(language):
        path = reverse(name, kwargs=kwargs)
    return f"{path}#{anchor}" if anchor else path


def local_date(value):
    return timezone.localtime(value).date() if value else None


class Indexer:
    """Base: subclasses name their kind and weight and turn one object into entries."""

    kind = ""
    boost = 1.0

    def queryset(self):
        raise NotImplementedError

    def entries(self, obj):
        raise NotImplementedError

    def build(self, ids=None):
        """Entries of every public object, or of those among ids that are public."""
        queryset = self.queryset()
        if ids is not None:
            queryset = queryset.filter(pk__in=ids)
        result = []
        for obj in queryset:
            result.extend(self.entries(obj))
        return result

    def entry(
        self, obj, language, *, title, url, body="", anchor="", context="", boost=None, date=None
    ):
        """An entry; `title` is (text, fell_back) so a missing translation is recorded."""
        title_text, fell_back = title
        return Entry(
            kind=self.kind,
            object_id=obj.pk,
            language=language,
            anchor=anchor,
            title=clean_text(title_text)[:500],
            body=clean_text(body),
            context=clean_text(context)[:300],
            url=url,
            text_language=DEFAULT_LANGUAGE if fell_back else language,
            boost=boost or self.boost,
            is_sample=bool(getattr(obj, "is_sample", False)),
            date=date,
        )


class CommitmentIndexer(Indexer):
    kind = Kind.COMMITMENT
    boost = 1.0

    def queryset(self):
        from commitments.models import Commitment, Theme

        return (
            Commitment.objects.published()
            .select_related("plan", "lead_agency", "responsible_official")
            .prefetch_related(Prefetch("themes", queryset=Theme.objects.published()))
        )

    def entries(self, commitment):
        themes = list(commitment.themes.all())
        for language in LANGUAGES:
            title, fell_back = field_in_language(commitment, "title", language)
            with translation.override(language):
                numbered = pgettext("search results", "No. %(number)s. %(title)s") % {
                    "number": commitment.number,
                    "title": title,
                }
                plan = text_of(commitment.plan, "title", language)
            body = join_text(
                text_of(commitment, "problem", language),
                text_of(commitment, "objective", language),
                text_of(commitment, "expected_change", language),
                *[text_of(theme, "name", language) for theme in themes],
                text_of(commitment.lead_agency, "name", language),
                text_of(commitment.lead_agency, "short_name", language),
                text_of(commitment.responsible_official, "full_name", language),
                commitment.ogp_id,
            )
            yield self.entry(
                commitment,
                language,
                title=(numbered, fell_back),
                body=body,
                context=plan,
                url=url_in(
                    language,
                    "commitments:detail",
                    plan=commitment.plan.slug,
                    number=commitment.number,
                ),
                date=commitment.start_date,
            )


class MilestoneIndexer(Indexer):
    kind = Kind.MILESTONE
    boost = 0.6

    def queryset(self):
        from commitments.models import Commitment, Milestone

        return Milestone.objects.filter(
            commitment__in=Commitment.objects.published()
        ).select_related("commitment__plan")

    def entries(self, milestone):
        commitment = milestone.commitment
        for language in LANGUAGES:
            with translation.override(language):
                context = pgettext("search results", "Commitment No. %(number)s: %(title)s") % {
                    "number": commitment.number,
                    "title": text_of(commitment, "title", language),
                }
            yield self.entry(
                milestone,
                language,
                title=field_in_language(milestone, "activity", language),
                body=text_of(milestone, "deliverable", language),
                context=context,
                # Each milestone on the commitment page carries its own anchor.
                url=url_in(
                    language,
                    "commitments:detail",
                    anchor=f"milestone-{milestone.pk}",
                    plan=commitment.plan.slug,
                    number=commitment.number,
                ),
                date=milestone.end_date,
            )


class MeetingIndexer(Indexer):
    kind = Kind.MEETING
    boost = 0.6

    def queryset(self):
        from forum.models import AgendaItem, Meeting

        return Meeting.objects.published().prefetch_related(
            Prefetch("agenda_items", queryset=AgendaItem.objects.order_by("order", "id"))
        )

    def entries(self, meeting):
        agenda = list(meeting.agenda_items.all())
        for language in LANGUAGES:
            topic, fell_back = field_in_language(meeting, "topic", language)
            with translation.override(language):
                title = meeting.title
                if topic:
                    title = pgettext("search results", "%(meeting)s: %(topic)s") % {
                        "meeting": title,
                        "topic": topic,
                    }
            body = join_text(
                topic,
                text_of(meeting, "place", language),
                *[text_of(item, "title", language) for item in agenda],
                text_of(meeting, "decisions", language),
                text_of(meeting, "attendance_note", language),
            )
            yield self.entry(
                meeting,
                language,
                title=(title, fell_back),
                body=body,
                url=url_in(language, "forum:meeting", pk=meeting.pk),
                date=local_date(meeting.starts_at),
            )


class TranscriptIndexer(Indexer):
    """A transcript's summary, and each speaker's turn as its own entry (#turn-12)."""

    kind = Kind.TRANSCRIPT
    boost = 0.7

    def queryset(self):
        from forum.models import SpeakerTurn, Transcript

        return (
            Transcript.objects.published()
            .select_related("meeting")
            .prefetch_related(Prefetch("turns", queryset=SpeakerTurn.objects.order_by("number")))
        )

    def entries(self, transcript):
        meeting = transcript.meeting
        day = local_date(meeting.starts_at)
        turns = list(transcript.turns.all())
        for language in LANGUAGES:
            topic = text_of(meeting, "topic", language)
            with translation.override(language):
                title = transcript.title
            summary, fell_back = field_in_language(transcript, "summary", language)
            url = url_in(language, "forum:transcript", pk=transcript.pk)
            yield self.entry(
                transcript,
                language,
                title=(title, fell_back),
                body=join_text(summary, topic),
                context=topic,
                url=url,
                date=day,
            )
            for turn in turns:
                speaker, speaker_fell_back = field_in_language(turn, "speaker", language)
                text, text_fell_back = field_in_language(turn, "text", language)
                with translation.override(language):
                    context = pgettext("search results", "%(transcript)s, passage %(number)s") % {
                        "transcript": title,
                        "number": turn.number,
                    }
                yield self.entry(
                    transcript,
                    language,
                    title=(speaker, speaker_fell_back or text_fell_back),
                    body=text,
                    context=context,
                    url=f"{url}#{turn.anchor}",
                    anchor=turn.anchor,
                    boost=0.6,
                    date=day,
                )


class ReportIndexer(Indexer):
    kind = Kind.REPORT
    boost = 0.9

    def queryset(self):
        from reports.models import Report

        return Report.objects.published().select_related("author", "plan")

    def entries(self, report):
        for language in LANGUAGES:
            with translation.override(language):
                kind = str(report.get_kind_display())
            yield self.entry(
                report,
                language,
                title=field_in_language(report, "title", language),
                body=join_text(
                    text_of(report, "summary", language),
                    text_of(report.author, "name", language),
                    text_of(report.author, "short_name", language),
                    text_of(report.plan, "title", language),
                ),
                context=join_text(kind, str(report.publication_year or "")),
                url=url_in(language, "reports:report", pk=report.pk),
                date=report.publication_date,
            )


class CoalitionMemberIndexer(Indexer):
    kind = Kind.COALITION_MEMBER
    boost = 0.8

    def queryset(self):
        from coalition.models import Member
        from commitments.models import Theme

        return (
            Member.objects.published()
            .select_related("organization", "profile")
            .prefetch_related(
                Prefetch("themes", queryset=Theme.objects.published()),
                "profile__directions",
                "profile__initiatives",
            )
        )

    def entries(self, member):
        profile = getattr(member, "profile", None)
        directions = list(profile.directions.all()) if profile else []
        initiatives = list(profile.initiatives.all()) if profile else []
        themes = list(member.themes.all())
        for language in LANGUAGES:
            title = field_in_language(member, "name", language)
            if not title[0] and member.organization:
                title = field_in_language(member.organization, "name", language)
            with translation.override(language):
                kind = str(member.get_kind_display())
                region = str(member.get_region_display()) if member.region else ""
            body = join_text(
                kind,
                region,
                text_of(member.organization, "short_name", language),
                text_of(profile, "heading", language),
                text_of(profile, "openness_title", language),
                text_of(profile, "openness_statement", language),
                text_of(profile, "directions_intro", language),
                *[text_of(direction, "text", language) for direction in directions],
                *[text_of(initiative, "title", language) for initiative in initiatives],
                *[text_of(theme, "name", language) for theme in themes],
            )
            yield self.entry(
                member,
                language,
                title=title,
                body=body,
                context=join_text(kind, region),
                url=url_in(language, "coalition:member", slug=member.slug),
                date=member.joined_on,
            )


class PageIndexer(Indexer):
    kind = Kind.PAGE
    boost = 0.7

    def queryset(self):
        from pages.models import Page

        return Page.objects.published()

    def entries(self, page):
        for language in LANGUAGES:
            with translation.override(language):
                context = pgettext("search results", "About OGP")
            yield self.entry(
                page,
                language,
                title=field_in_language(page, "title", language),
                body=join_text(
                    text_of(page, "summary", language),
                    html_to_text(text_of(page, "body", language)),
                ),
                context=context,
                url=url_in(language, "pages:about_page", slug=page.slug),
            )


class DirectoryIndexer(Indexer):
    """Organizations and people have no page of their own: each result leads to the first
    public place that shows them, found for many rows at once by places()."""

    def places(self, ids):
        """{object id: (route name, kwargs, anchor)} for objects shown on a public page."""
        raise NotImplementedError

    def build(self, ids=None):
        places = self.places(ids)
        queryset = self.queryset().filter(pk__in=places)
        result = []
        for obj in queryset:
            obj.place = places[obj.pk]
            result.extend(self.entries(obj))
        return result

    @staticmethod
    def _first(places, pairs, place):
        """Record place for each object id not placed yet (earlier places take priority)."""
        for object_id, *args in pairs:
            if object_id is not None and object_id not in places:
                places[object_id] = place(*args)

    @staticmethod
    def _limited(queryset, field, ids):
        return queryset if ids is None else queryset.filter(**{f"{field}__in": ids})


class OrganizationIndexer(DirectoryIndexer):
    kind = Kind.ORGANIZATION
    boost = 0.8

    def queryset(self):
        from directory.models import Organization

        return Organization.objects.all()

    def places(self, ids):
        from coalition.models import Member as CoalitionMember
        from coalition.models import Partner
        from commitments.models import Commitment, CommitmentPartner
        from forum.models import Member as ForumMember
        from reports.models import Report

        commitments = Commitment.objects.published()
        places = {}
        self._first(
            places,
            self._limited(CoalitionMember.objects.published(), "organization", ids).values_list(
                "organization", "slug"
            ),
            lambda slug: ("coalition:member", {"slug": slug}, ""),
        )
        self._first(
            places,
            self._limited(commitments, "lead_agency", ids)
            .order_by("plan__number", "number")
            .values_list("lead_agency", "plan__slug", "number"),
            lambda plan, number: (
                "commitments:detail",
                {"plan": plan, "number": number},
                "who-heading",
            ),
        )
        self._first(
            places,
            self._limited(commitments, "co_implementers", ids)
            .order_by("plan__number", "number")
            .values_list("co_implementers", "plan__slug", "number"),
            lambda plan, number: (
                "commitments:detail",
                {"plan": plan, "number": number},
                "who-heading",
            ),
        )
        self._first(
            places,
            self._limited(
                CommitmentPartner.objects.filter(commitment__in=commitments), "organization", ids
            )
            .order_by("commitment__plan__number", "commitment__number")
            .values_list("organization", "commitment__plan__slug", "commitment__number"),
            lambda plan, number: (
                "commitments:detail",
                {"plan": plan, "number": number},
                "who-heading",
            ),
        )
        self._first(
            places,
            self._limited(Partner.objects.published(), "organization", ids).values_list(
                "organization"
            ),
            lambda: ("coalition:index", {}, "coalition-partners"),
        )
        self._first(
            places,
            self._limited(ForumMember.objects.published().current(), "organization", ids)
            .order_by("side", "order")
            .values_list("organization", "side"),
            lambda side: ("forum:members", {}, f"side-{side}"),
        )
        self._first(
            places,
            self._limited(ForumMember.objects.published().current(), "person__organization", ids)
            .order_by("side", "order")
            .values_list("person__organization", "side"),
            lambda side: ("forum:members", {}, f"side-{side}"),
        )
        self._first(
            places,
            self._limited(Report.objects.published(), "author", ids).values_list("author", "pk"),
            lambda pk: ("reports:report", {"pk": pk}, ""),
        )
        return places

    def entries(self, organization):
        route, kwargs, anchor = organization.place
        for language in LANGUAGES:
            with translation.override(language):
                kind = str(organization.get_kind_display())
            short_name = text_of(organization, "short_name", language)
            name, fell_back = field_in_language(organization, "name", language)
            if short_name and short_name not in name:
                name = f"{name} ({short_name})"
            yield self.entry(
                organization,
                language,
                title=(name, fell_back),
                body=join_text(kind, organization.website, organization.email),
                context=kind,
                url=url_in(language, route, anchor=anchor, **kwargs),
            )


class PersonIndexer(DirectoryIndexer):
    kind = Kind.PERSON
    boost = 0.8

    def queryset(self):
        from directory.models import Person

        return Person.objects.select_related("organization")

    def places(self, ids):
        from coalition.models import MemberProfile
        from commitments.models import Commitment, CommitmentPartner
        from forum.models import ForumProfile, SecretariatMember
        from forum.models import Member as ForumMember

        commitments = Commitment.objects.published()
        who = ("commitments:detail", "who-heading")
        places = {}
        self._first(
            places,
            self._limited(commitments, "responsible_official", ids)
            .order_by("plan__number", "number")
            .values_list("responsible_official", "plan__slug", "number"),
            lambda plan, number: (who[0], {"plan": plan, "number": number}, who[1]),
        )
        self._first(
            places,
            self._limited(ForumMember.objects.published().current(), "person", ids)
            .order_by("side", "order")
            .values_list("person", "side"),
            lambda side: ("forum:members", {}, f"side-{side}"),
        )
        self._first(
            places,
            self._limited(SecretariatMember.objects.published(), "person", ids).values_list(
                "person"
            ),
            lambda: ("forum:secretariat", {}, "secretariat-members"),
        )
        self._first(
            places,
            self._limited(
                CommitmentPartner.objects.filter(commitment__in=commitments), "person", ids
            )
            .order_by("commitment__plan__number", "commitment__number")
            .values_list("person", "commitment__plan__slug", "commitment__number"),
            lambda plan, number: (who[0], {"plan": plan, "number": number}, who[1]),
        )
        self._first(
            places,
            self._limited(
                MemberProfile.objects.filter(member__in=_published_coalition_members()),
                "director",
                ids,
            ).values_list("director", "member__slug"),
            lambda slug: ("coalition:member", {"slug": slug}, "member-profile"),
        )
        self._first(
            places,
            self._limited(
                ForumProfile.objects.published(), "founding_act_signed_by", ids
            ).values_list("founding_act_signed_by"),
            lambda: ("forum:index", {}, "forum-facts"),
        )
        return places

    def entries(self, person):
        route, kwargs, anchor = person.place
        for language in LANGUAGES:
            position = text_of(person, "position", language)
            organization = text_of(person.organization, "name", language)
            yield self.entry(
                person,
                language,
                title=field_in_language(person, "full_name", language),
                body=join_text(position, organization, person.email),
                context=position or organization,
                url=url_in(language, route, anchor=anchor, **kwargs),
            )


def _published_coalition_members():
    from coalition.models import Member

    return Member.objects.published()


INDEXERS = {
    indexer.kind: indexer
    for indexer in (
        CommitmentIndexer(),
        MilestoneIndexer(),
        MeetingIndexer(),
        TranscriptIndexer(),
        ReportIndexer(),
        CoalitionMemberIndexer(),
        OrganizationIndexer(),
        PersonIndexer(),
        PageIndexer(),
    )
}
