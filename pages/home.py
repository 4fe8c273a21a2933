"""What other apps add to the home page; each app offers a home_context(request)."""

from importlib import import_module

HOME_SECTION_PROVIDERS = [
    "commitments.home",
    "forum.home",
    "reports.home",
]


def extra_home_sections(request):
    context = {}
    for module_path in HOME_SECTION_PROVIDERS:
        try:
            module = import_module(module_path)
        except ModuleNotFoundError as error:
            if error.name != module_path:
                raise
            continue
        context.update(module.home_context(request))
    return context
