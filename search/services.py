"""Writing the search index: rebuild it all, or bring a few objects' entries up to date.

A sync compares what the indexers want with what is stored and writes only the difference,
so reindexing unchanged content changes nothing (and says so: "unchanged").
"""

from collections import Counter

from django.db import connection, transaction
from django.utils import timezone

from ogp_portal.content_version import bump_content_version_on_commit

from .indexers import INDEXERS, KEY_FIELDS, VALUE_FIELDS
from .models import SearchEntry

BATCH_SIZE = 500


def search_entries_sync(*, kind, entries, object_ids=None):
    """Make the stored entries of `kind` (only those of object_ids, if given) equal `entries`.

    Returns a Counter of created, updated, deleted and unchanged entries.
    """
    counts = Counter()
    wanted = {entry.key: entry for entry in entries}
    with transaction.atomic():
        stored = SearchEntry.objects.filter(kind=kind)
        if object_ids is not None:
            stored = stored.filter(object_id__in=list(object_ids))
        existing = {tuple(getattr(row, name) for name in KEY_FIELDS): row for row in stored}

        now = timezone.now()
        to_create, to_update = [], []
        for key, entry in wanted.items():
            row = existing.get(key)
            if row is None:
                to_create.append(
                    SearchEntry(
                        **{name: getattr(entry, name) for name in KEY_FIELDS},
                        **{name: getattr(entry, name) for name in VALUE_FIELDS},
                    )
                )
                continue
            changed = [name for name in VALUE_FIELDS if getattr(row, name) != getattr(entry, name)]
            if not changed:
                counts["unchanged"] += 1
                continue
            for name in VALUE_FIELDS:
                setattr(row, name, getattr(entry, name))
            row.updated_at = now
            to_update.append(row)
        stale = [row.pk for key, row in existing.items() if key not in wanted]

        SearchEntry.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
        SearchEntry.objects.bulk_update(
            to_update, [*VALUE_FIELDS, "updated_at"], batch_size=BATCH_SIZE
        )
        for start in range(0, len(stale), BATCH_SIZE):
            SearchEntry.objects.filter(pk__in=stale[start : start + BATCH_SIZE]).delete()
        if to_create or to_update or stale:
            # Cached search pages may show the old entries: the next visitor gets fresh ones.
            bump_content_version_on_commit()
    counts["created"] += len(to_create)
    counts["updated"] += len(to_update)
    counts["deleted"] += len(stale)
    return counts


def search_index_update(*, kind, object_ids=None):
    """Reindex some objects of one kind (all of them when object_ids is None)."""
    indexer = INDEXERS[kind]
    ids = None if object_ids is None else sorted(set(object_ids))
    return search_entries_sync(kind=kind, entries=indexer.build(ids), object_ids=ids)


def search_index_rebuild(*, kinds=None, progress=None):
    """Reindex every kind (or the given ones); returns {kind: Counter}.

    `progress(kind, counts)` is called after each kind, for a command to report as it goes.
    """
    results = {}
    with transaction.atomic():
        for kind in kinds or INDEXERS:
            counts = search_index_update(kind=kind)
            results[kind] = counts
            if progress is not None:
                progress(kind, counts)
        # Entries of a kind no indexer makes any more would never be found or cleaned up.
        if kinds is None:
            orphans = SearchEntry.objects.exclude(kind__in=list(INDEXERS))
            deleted = orphans.count()
            if deleted:
                orphans.delete()
                results.setdefault("other", Counter())["deleted"] += deleted
            analyze_search_entries()
    return results


def analyze_search_entries():
    """Fresh planner statistics after a rebuild: the search reads which words are common
    from them (search.queries), so they should not wait for autovacuum."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {SearchEntry._meta.db_table}")
