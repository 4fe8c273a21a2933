"""What the public lists' filter sets share."""

from django.template.loader import render_to_string
from django_filters.filters import QuerySetRequestMixin

from ogp_portal.content_memo import remember


class FormClassBuiltOnce:
    """A FilterSet whose form class is built once per process instead of for every request.

    django-filter builds a new form class, with a new field per filter, for each FilterSet:
    about 3 ms of every list page. Only for filter sets whose fields are the same for every
    visitor: labels are lazy, so one class serves all languages; choices that change with the
    content are given to each form by prepare_form(); the querysets of model choices are built
    anew for each form that looks a value up, so "published" keeps meaning published by now
    (the options themselves come from the list's view: offer_filter_options()).
    """

    def prepare_form(self, form):
        """Give this form what must not be shared with other requests' forms."""

    @property
    def form(self):
        if not hasattr(self, "_form"):
            cls = type(self)
            if "_built_form_class" not in cls.__dict__:
                cls._built_form_class = self.get_form_class()
            form_class = cls._built_form_class
            if self.is_bound:
                self._form = form_class(self.data, prefix=self.form_prefix)
            else:
                self._form = form_class(prefix=self.form_prefix)
            for name, filter_ in self.filters.items():
                # Only a chosen value is looked up; the options are drawn by the list itself.
                chosen = self.is_bound and self._form.add_prefix(name) in self.data
                # A filter whose field finds the chosen value without a queryset has none.
                looks_up_itself = getattr(filter_, "looks_up_without_queryset", False)
                if chosen and isinstance(filter_, QuerySetRequestMixin) and not looks_up_itself:
                    self._form.fields[name].queryset = filter_.get_queryset(self.request)
            self.prepare_form(self._form)
        return self._form


def drawn_fields(filterset, template_name, prepare=None):
    """The filter form's fields as HTML (template_name draws `form`), drawn once for everyone
    who sends the same values: the fields, their options and their messages are the same for
    all of them until the content changes. prepare() runs before drawing, e.g. to set options."""
    data = filterset.data
    sent = tuple((name, tuple(data.getlist(name))) for name in filterset.filters)

    def draw():
        if prepare is not None:
            prepare()
        return render_to_string(template_name, {"form": filterset.form})

    return remember(("filter-fields", template_name, sent), draw)
