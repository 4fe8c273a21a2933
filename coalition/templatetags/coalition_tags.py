"""Template helpers of the Coalition pages."""

from django import template
from django.forms.utils import flatatt
from django.urls import NoReverseMatch
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.filter
def public_url(obj):
    """An object's public address, or "" while its app publishes no page for it (yet).

    Commitments and themes belong to another app; a link to them must never break our pages.
    """
    if obj is None or (hasattr(obj, "is_published") and not obj.is_published()):
        return ""
    try:
        return obj.get_absolute_url()
    except (NoReverseMatch, AttributeError):
        return ""


@register.simple_tag
def page_query(query_string, number):
    """The list's current filters with another page number."""
    prefix = f"{query_string}&" if query_string else ""
    return f"?{prefix}page={number}"


@register.simple_tag
def filter_field(field):
    """A filter's label, errors and control, as {{ field.as_field_group }} draws them.

    Django draws a select with one template per option, which costs more than the rest of the
    list page; here the widget's own context (its attributes, its options, which one is
    selected) is written out directly, so the markup and its meaning stay Django's.
    """
    widget = field.field.widget
    attrs = field.build_widget_attrs(widget.attrs)
    attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    label = format_html(
        '<label for="{}">{}{}</label>', field.id_for_label, field.label, field.form.label_suffix
    )
    errors = field.errors
    if context["template_name"] == "django/forms/widgets/select.html":
        options = format_html_join(
            "\n",
            '  <option value="{}"{}>{}</option>',
            (
                (option["value"], flatatt(option["attrs"]), option["label"])
                for _group, group_options, _index in context["optgroups"]
                for option in group_options
            ),
        )
        control = format_html(
            '<select name="{}"{}>\n{}\n</select>',
            context["name"],
            flatatt(context["attrs"]),
            options,
        )
    else:
        value = context["value"]
        control = format_html(
            '<input type="{}" name="{}"{}{}>',
            context["type"],
            context["name"],
            format_html(' value="{}"', value) if value is not None else "",
            flatatt(context["attrs"]),
        )
    if errors:
        return format_html("{}\n{}\n{}", label, errors, control)
    return format_html("{}\n{}", label, control)
