"""The current action plan at a glance, for the home page (pages/home.py calls home_context)."""

from .selectors import current_plan, plan_summary


def home_context(request):
    plan = current_plan()
    if plan is None:
        return {}
    return {"plan_summary": plan_summary(plan)}
