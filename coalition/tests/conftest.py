import datetime

import pytest
from django.core.cache import cache

from commitments.models import ActionPlan, Commitment, PlanStatus
from publishing.models import PublicationState

from .. import demo
from .factories import ThemeFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each test starts with no submissions counted against its client address."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def theme(db):
    return ThemeFactory(slug="coalition-test-theme", name_ru="Открытые данные (тест)",
                        name_ky="Ачык маалыматтар (тест)", name_en="Open data (test)")  # fmt: skip


@pytest.fixture
def plan_commitments(db):
    """Commitments No. 3, 11, 17, 19 of the 2018-2020 plan, linked as the demo links them."""
    plan = ActionPlan.objects.filter(slug=demo.PLAN).first()
    if plan is None:
        plan = ActionPlan.objects.create(
            number=1,
            slug=demo.PLAN,
            title_ru="Национальный план действий 2018-2020",
            start_date=datetime.date(2018, 9, 1),
            end_date=datetime.date(2020, 8, 31),
            status=PlanStatus.IN_IMPLEMENTATION,
            publication_state=PublicationState.PUBLISHED,
        )
    found = {}
    for number in (3, 11, 17, 19):
        found[number], _created = Commitment.objects.get_or_create(
            plan=plan,
            number=number,
            defaults={
                "title_ru": f"Обязательство {number}",
                "title_ky": f"{number}-милдеттенме",
                "title_en": f"Commitment {number}",
                "publication_state": PublicationState.PUBLISHED,
            },
        )
    demo.load()
    return found
