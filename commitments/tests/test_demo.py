"""The demo content: the first plan, ten themes and the four commitments, exactly as sourced."""

from datetime import date

import pytest

from .. import demo
from ..models import ActionPlan, Commitment, CommitmentStatus, PlanStatus, Theme

pytestmark = pytest.mark.django_db


def test_loading_twice_changes_nothing():
    counts = demo.load()
    assert counts["created"] == 0
    assert counts["updated"] == 0
    assert counts["unchanged"] > 0


def test_the_first_plan():
    plan = ActionPlan.objects.get(number=1)
    assert plan.slug == "2018-2020"
    assert plan.is_published()
    assert plan.title_ru.startswith("Национальный План действий по Построению Открытого")
    assert plan.title_ky.startswith("2018-2020-жылдарда Кыргыз Республикасында Ачык Өкмөттү")
    assert "№ 360-б" in plan.adopting_act_ru and "№ 360-б" in plan.adopting_act_ky
    assert plan.adopted_on == date(2018, 10, 16)
    assert (plan.start_date, plan.end_date) == (date(2018, 9, 1), date(2020, 8, 31))
    assert plan.status == PlanStatus.IN_IMPLEMENTATION
    assert "18 обязательств" in plan.description_ru
    assert "9 тематических групп" in plan.description_ru


def test_the_ten_themes_of_the_source_in_three_languages():
    themes = list(Theme.objects.published().filter(slug__in=[slug for slug, *_ in demo.THEMES]))
    assert len(themes) == 10
    assert [theme.name_ru for theme in themes] == [
        "Доступ к информации и открытым данным",
        "Ветви власти",
        "Взаимодействие граждан с правительством",
        "Выборы и политическое финансирование",
        "Финансовая открытость",
        "Правосудие, государственная безопасность и верховенство права",
        "Природные ресурсы и развитие",
        "Меры общественной добросовестности/целостности",
        "Государственные закупки",
        "Вовлечение граждан",
    ]
    for theme in themes:
        assert theme.name_ky and theme.name_en
        assert theme.description_ru and theme.description_ky and theme.description_en


EXPECTED = {
    3: {
        "ogp_id": "KG0026",
        "lead": "government-office",
        "official": "Эрмек Нурбеков",
        "co_implementers": {"ministry-of-justice", "prosecutor-general"},
        "partners": [("rezultat", None), ("dpi", None)],
        "themes": {"public-integrity", "citizen-engagement"},
    },
    11: {
        "ogp_id": "KG0001",
        "lead": "gkits",
        "official": "Шатемиров Кубаныч Таалайбекович",
        "co_implementers": {"pilot-bodies"},
        "partners": [],
        "themes": {"access-to-information"},
    },
    17: {
        "ogp_id": "",
        "lead": "jogorku-kenesh",
        "official": "Касымалиева Аида Камчыбековна",
        "co_implementers": set(),
        "partners": [("undp", None), ("soros", None), ("civic-alliance", None)],
        "themes": {"branches-of-power"},
    },
    19: {
        "ogp_id": "KG0017",
        "lead": "cec",
        "official": "Бекматов Абдыжапар Гапырович",
        "co_implementers": {"grs"},
        "partners": [
            (None, "Абдрахматова Атыр"),
            ("democracy-coalition", "Ирискулбеков Эрик"),
        ],
        "themes": {"elections-and-political-finance"},
    },
}


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_each_commitment_names_what_the_source_names(number):
    expected = EXPECTED[number]
    commitment = Commitment.objects.published().get(plan__slug="2018-2020", number=number)
    assert commitment.ogp_id == expected["ogp_id"]
    assert commitment.lead_agency.slug == expected["lead"]
    assert commitment.responsible_official.full_name_ru == expected["official"]
    assert {org.slug for org in commitment.co_implementers.all()} == expected["co_implementers"]
    partners = [
        (
            partner.organization.slug if partner.organization else None,
            partner.person.full_name_ru if partner.person else None,
        )
        for partner in commitment.partners.all()
    ]
    assert partners == expected["partners"]
    assert {theme.slug for theme in commitment.themes.all()} == expected["themes"]
    assert commitment.source_url.startswith("http://ogp.el.kg/ru/")
    assert commitment.title_ru and commitment.title_ky and commitment.title_en
    # The sources say nothing of these: left empty rather than invented.
    assert not (commitment.problem_ru or commitment.objective_ru or commitment.expected_change_ru)
    assert commitment.status == CommitmentStatus.NOT_REPORTED
    assert not commitment.is_sample


def test_the_titles_are_the_sources():
    titles = dict(
        Commitment.objects.filter(plan__slug="2018-2020").values_list("number", "title_ru")
    )
    assert titles[3].startswith("Вовлечение гражданского общества в антикоррупционную")
    assert titles[3].endswith("государственных органов и органов МСУ")
    assert titles[11] == "Реализация и продвижение политики открытых данных в Кыргызской Республике"
    assert titles[17] == (
        "Укрепление парламентской демократии и институционализация Открытого Парламента "
        "в Кыргызской Республике"
    )
    assert titles[19] == (
        "Прозрачность финансирования выборов (референдумов) и избирательной кампании "
        "кандидатов, политических партий, инициативных групп"
    )


def test_demo_milestones_are_sample_data_showing_progress_and_overdue_work():
    commitments = Commitment.objects.filter(plan__slug="2018-2020").prefetch_related("milestones")
    overdue = completed = 0
    for commitment in commitments:
        milestones = list(commitment.milestones.all())
        assert 3 <= len(milestones) <= 5
        assert all(milestone.is_sample for milestone in milestones)
        assert all(m.activity_ru and m.activity_ky and m.activity_en for m in milestones)
        progress = commitment.progress
        overdue += progress.overdue
        completed += progress.completed
        assert progress.sample == len(milestones)
    assert overdue > 0 and completed > 0
