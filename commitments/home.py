"""The current action plan at a glance, for the home page (pages/home.py calls home_context)."""

from ogp_portal.content_memo import shared_until_content_changes

from .selectors import current_plan, plan_summary


@shared_until_content_changes
def current_plan_summary():
    plan = current_plan()
    return None if plan is None else plan_summary(plan)


def home_context(request):
    summary = current_plan_summary()
    return {} if summary is None else {"plan_summary": summary}
