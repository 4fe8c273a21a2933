"""Form fields drawn without a template per widget and per option, for every app's forms.

{% load portal_forms %} then {% light_widget field %} ({{ field }}) or
{% light_field_group field %} ({{ field.as_field_group }}).
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


# Django draws a form field from a template per widget, per option and per attribute list;
# on the list's filters and the join form that costs more than the rest of the page. These
# tags write the same markup from the widget's own context (its attributes, its options,
# which are selected), so what the markup means stays Django's. Widgets not listed here are
# left to Django.
INPUT_TEMPLATES = {
    f"django/forms/widgets/{name}.html"
    for name in ("text", "email", "url", "number", "password", "checkbox", "hidden")
}
CHOICE_LIST_TEMPLATES = {
    "django/forms/widgets/radio.html",
    "django/forms/widgets/checkbox_select.html",
}


def _attrs(attrs):
    """As django/forms/widgets/attrs.html: in order, True bare, False left out."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False
        ),
    )


def _input(widget):
    value = widget["value"]
    return format_html(
        '<input type="{}" name="{}"{}{}>',
        widget["type"],
        widget["name"],
        format_html(' value="{}"', value) if value is not None else "",
        _attrs(widget["attrs"]),
    )


def _options(widget):
    for group, options, _index in widget["optgroups"]:
        if group:
            raise ValueError("option groups are left to Django")
        yield from options


def _select(widget):
    options = format_html_join(
        "\n",
        '  <option value="{}"{}>{}</option>',
        (
            (option["value"], _attrs(option["attrs"]), option["label"])
            for option in _options(widget)
        ),
    )
    return format_html(
        '<select name="{}"{}>\n{}\n</select>', widget["name"], _attrs(widget["attrs"]), options
    )


def _choice_list(widget):
    items = format_html_join(
        "",
        "<div>\n    <label{}>{} {}</label>\n</div>",
        (
            (
                format_html(' for="{}"', option["attrs"]["id"])
                if option["attrs"].get("id")
                else "",
                _input(option),
                option["label"],
            )
            for option in _options(widget)
        ),
    )
    box_id = widget["attrs"].get("id")
    css = widget["attrs"].get("class")
    return format_html(
        "<div{}{}>{}\n</div>",
        format_html(' id="{}"', box_id) if box_id else "",
        format_html(' class="{}"', css) if css else "",
        items,
    )


def _textarea(widget):
    return format_html(
        '<textarea name="{}"{}>\n{}</textarea>',
        widget["name"],
        _attrs(widget["attrs"]),
        widget["value"] or "",
    )


@register.simple_tag
def light_widget(field):
    """{{ field }}, i.e. field.as_widget(), without a template per option."""
    widget = field.field.widget
    attrs = field.build_widget_attrs({}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    name = context["template_name"]
    try:
        if name in INPUT_TEMPLATES:
            return _input(context)
        if name == "django/forms/widgets/select.html":
            return _select(context)
        if name in CHOICE_LIST_TEMPLATES:
            return _choice_list(context)
        if name == "django/forms/widgets/textarea.html":
            return _textarea(context)
    except ValueError:
        pass
    return field.as_widget()


def _label(field, tag):
    """field.label_tag() / field.legend_tag(), written out."""
    contents = field.label
    suffix = (
        field.field.label_suffix
        if field.field.label_suffix is not None
        else field.form.label_suffix
    )
    if suffix and contents and contents[-1] not in _(":?.!"):
        contents = format_html("{}{}", contents, suffix)
    widget = field.field.widget
    if not (widget.attrs.get("id") or field.auto_id):
        return contents
    attrs = {}
    if field.id_for_label:
        attrs["for"] = field.id_for_label
    if field.field.required and hasattr(field.form, "required_css_class"):
        attrs["class"] = field.form.required_css_class
    return format_html("<{}{}>{}</{}>", tag, _attrs(attrs), contents, tag)


@register.simple_tag
def light_field_group(field):
    """{{ field.as_field_group }}: label (or legend), help text, errors and the control."""
    parts = []
    if field.use_fieldset:
        described = field.aria_describedby
        parts.append(
            format_html(
                "<fieldset{}>",
                format_html(' aria-describedby="{}"', described) if described else "",
            )
        )
        if field.label:
            parts.append(_label(field, "legend"))
    elif field.label:
        parts.append(_label(field, "label"))
    if field.help_text:
        parts.append(
            format_html(
                '<div class="helptext"{}>{}</div>',
                format_html(' id="{}_helptext"', field.auto_id) if field.auto_id else "",
                mark_safe(field.help_text),  # as Django's field template: |safe
            )
        )
    if field.errors:
        parts.append(str(field.errors))
    parts.append(light_widget(field))
    html = format_html_join("\n", "{}", ((part,) for part in parts))
    if field.use_fieldset:
        return format_html("{}</fieldset>", html)
    return html
