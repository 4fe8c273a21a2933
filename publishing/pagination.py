"""Pagination shared by the public lists."""

from django.core.paginator import Paginator


class CountedPaginator(Paginator):
    """A paginator told its count, when another query has counted the rows already."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self):
        return self.known_count
