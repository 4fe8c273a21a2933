"""Places on the commitment page that later apps fill (Forum meetings, report assessments).

Each provider module, if it exists, offers commitment_context(commitment) -> dict, merged into
the page's context; the page includes the matching partial only when its variable is set
(`{% if related_meetings is not None %}{% include "forum/_commitment_meetings.html" %}`).
"""

import logging
from importlib import import_module

from django.template import TemplateDoesNotExist
from django.template.loader import get_template

logger = logging.getLogger(__name__)

COMMITMENT_SECTION_PROVIDERS = [
    "forum.commitment_sections",
    "reports.commitment_sections",
]

# The variable each provider sets and the partial the commitment page then includes.
SECTION_TEMPLATES = {
    "related_meetings": "forum/_commitment_meetings.html",
    "assessments": "reports/_commitment_assessments.html",
}


def _load(module_path):
    try:
        return import_module(module_path)
    except ModuleNotFoundError as error:
        if error.name not in (module_path, module_path.partition(".")[0]):
            raise  # the provider exists but is broken: say so, do not hide it
        return None


def _template_exists(name):
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return False
    return True


def commitment_sections(commitment):
    context = {}
    for module_path in COMMITMENT_SECTION_PROVIDERS:
        module = _load(module_path)
        if module is not None:
            context.update(module.commitment_context(commitment))
    for variable, template_name in SECTION_TEMPLATES.items():
        # A provider whose partial is not written yet must not take the page down.
        if context.get(variable) is not None and not _template_exists(template_name):
            logger.warning("%s is set but %s does not exist", variable, template_name)
            context.pop(variable)
    return context
