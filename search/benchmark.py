"""A generated corpus the size of a busy portal, the query plan, and search timings.

The plan test (tests/test_speed.py) and the benchmark (bench/) share this: ten thousand
commitments and a thousand transcripts (each with its speakers' turns), in Russian, Kyrgyz and
English, written from the vocabulary of real action plans so that word frequencies look like
the real thing. Rows go straight into the index (bulk_create); nothing else is created.

    from search import benchmark
    print(benchmark.report(benchmark.run()))   # builds, measures, rolls everything back
"""

import json
import random
import statistics
import time

from django.db import connection, transaction

from .models import GIN_INDEXES, Kind, SearchEntry
from .queries import backend_for, run_search
from .services import analyze_search_entries

# Far above any real id, so generated rows never collide with the portal's own entries.
FIRST_GENERATED_ID = 10_000_000
LANGUAGES = ("ru", "ky", "en")

# Parallel lists: the same item in Russian, Kyrgyz and English.
ACTIONS = [
    ("Внедрение", "Киргизүү", "Introducing"),
    ("Развитие", "Өнүктүрүү", "Developing"),
    ("Обеспечение", "Камсыз кылуу", "Ensuring"),
    ("Совершенствование", "Өркүндөтүү", "Improving"),
    ("Расширение", "Кеңейтүү", "Expanding"),
    ("Мониторинг", "Мониторинг", "Monitoring"),
    ("Публикация", "Жарыялоо", "Publishing"),
    ("Повышение прозрачности", "Ачык-айкындуулукту жогорулатуу", "Raising the transparency of"),
]
TOPICS = [
    ("открытых данных", "ачык маалыматтардын", "open data"),
    ("государственных закупок", "мамлекеттик сатып алуулардын", "public procurement"),
    ("бюджетного процесса", "бюджеттик процесстин", "the budget process"),
    ("доступа к информации", "маалыматка жетүүнүн", "access to information"),
    ("электронных услуг", "электрондук кызматтардын", "electronic services"),
    ("антикоррупционной политики", "коррупцияга каршы саясаттын", "anti-corruption policy"),
    ("местного самоуправления", "жергиликтүү өз алдынча башкаруунун", "local self-government"),
    ("судебной системы", "сот системасынын", "the judiciary"),
    ("парламентского контроля", "парламенттик көзөмөлдүн", "parliamentary oversight"),
    ("финансирования выборов", "шайлоону каржылоонун", "election finance"),
    ("недропользования", "жер казынасын пайдалануунун", "the extractive industries"),
    ("здравоохранения", "саламаттыкты сактоонун", "health care"),
    ("образования", "билим берүүнүн", "education"),
    ("экологической информации", "экологиялык маалыматтын", "environmental information"),
    ("налогового администрирования", "салык администрациялоонун", "tax administration"),
    ("общественных советов", "коомдук кеңештердин", "public councils"),
    ("обращений граждан", "жарандардын кайрылууларынын", "citizens' appeals"),
    ("бенефициарной собственности", "бенефициардык менчиктин", "beneficial ownership"),
    ("государственной службы", "мамлекеттик кызматтын", "the civil service"),
    ("социальной защиты", "социалдык коргоонун", "social protection"),
]
REGIONS = [
    ("в городе Бишкек", "Бишкек шаарында", "in Bishkek"),
    ("в Ошской области", "Ош облусунда", "in Osh Region"),
    ("в Чуйской области", "Чүй облусунда", "in Chüy Region"),
    ("в Нарынской области", "Нарын облусунда", "in Naryn Region"),
    ("в Иссык-Кульской области", "Ысык-Көл облусунда", "in Issyk-Kul Region"),
    ("в Таласской области", "Талас облусунда", "in Talas Region"),
    ("в Джалал-Абадской области", "Жалал-Абад облусунда", "in Jalal-Abad Region"),
    ("в Баткенской области", "Баткен облусунда", "in Batken Region"),
    ("в Кыргызской Республике", "Кыргыз Республикасында", "in the Kyrgyz Republic"),
]
AGENCIES = [
    ("Министерство финансов", "Финансы министрлиги", "Ministry of Finance"),
    ("Министерство юстиции", "Юстиция министрлиги", "Ministry of Justice"),
    ("Министерство экономики", "Экономика министрлиги", "Ministry of Economy"),
    ("Государственная налоговая служба", "Мамлекеттик салык кызматы", "State Tax Service"),
    ("Счетная палата", "Эсептөө палатасы", "Chamber of Accounts"),
    ("Аппарат Правительства", "Өкмөттүн Аппараты", "Government Office"),
    (
        "Центральная избирательная комиссия",
        "Борбордук шайлоо комиссиясы",
        "Central Election Commission",
    ),
    ("Министерство здравоохранения", "Саламаттыкты сактоо министрлиги", "Ministry of Health"),
    (
        "Министерство образования и науки",
        "Билим берүү жана илим министрлиги",
        "Ministry of Education and Science",
    ),
    (
        "Государственный комитет информационных технологий и связи",
        "Маалыматтык технологиялар жана байланыш мамлекеттик комитети",
        "State Committee for Information Technology and Communications",
    ),
]
SENTENCES = [
    (
        "Проблема: граждане не получают полной и своевременной информации о {topic}.",
        "Көйгөй: жарандар {topic} тууралуу толук жана өз убагында маалымат албайт.",
        "The problem: citizens do not get full and timely information on {topic}.",
    ),
    (
        "Цель обязательства – сделать сведения о {topic} доступными в машиночитаемом формате.",
        "Милдеттенменин максаты – {topic} тууралуу маалыматты машина окуй турган форматта "
        "жеткиликтүү кылуу.",
        "The commitment aims to make information on {topic} available in a machine-readable "
        "format.",
    ),
    (
        "Ответственный орган – {agency}; партнеры – организации гражданского общества.",
        "Жооптуу орган – {agency}; өнөктөштөр – жарандык коомдун уюмдары.",
        "The lead agency is the {agency}; civil-society organizations are partners.",
    ),
    (
        "Будут проведены общественные слушания и обучение сотрудников {region}.",
        "{region} коомдук угуулар жана кызматкерлерди окутуу өткөрүлөт.",
        "Public hearings and staff training will be held {region}.",
    ),
    (
        "Результаты мониторинга публикуются раз в полгода на официальном сайте.",
        "Мониторингдин жыйынтыктары жарым жылда бир жолу расмий сайтта жарыяланат.",
        "Monitoring results are published every six months on the official website.",
    ),
    (
        "Предлагаем Форуму рассмотреть вопрос и определить сроки исполнения.",
        "Форумга маселени карап чыгууну жана аткаруу мөөнөттөрүн аныктоону сунуштайбыз.",
        "We ask the Forum to take up the question and set the deadlines.",
    ),
    (
        "Государственные органы поддерживают предложение и направят свои комментарии.",
        "Мамлекеттик органдар сунушту колдошот жана өз пикирлерин жөнөтүшөт.",
        "The government bodies support the proposal and will send their comments.",
    ),
    (
        "Представители гражданского общества отметили задержку с публикацией отчетов.",
        "Жарандык коомдун өкүлдөрү отчеттордун жарыяланышы кечиккенин белгилешти.",
        "Civil-society representatives noted the delay in publishing the reports.",
    ),
]
SPEAKERS = [
    ("Председательствующий", "Төрагалык кылуучу", "Chair"),
    ("Представитель Секретариата", "Катчылыктын өкүлү", "Secretariat representative"),
    (
        "Представитель гражданского общества",
        "Жарандык коомдун өкүлү",
        "Civil-society representative",
    ),
    (
        "Представитель государственного органа",
        "Мамлекеттик органдын өкүлү",
        "Government representative",
    ),
]
TRANSCRIPT_TITLE = (
    "Стенограмма заседания № {number}",
    "№ {number} жыйындын стенограммасы",
    "Transcript of meeting No. {number}",
)
COMMITMENT_TITLE = (
    "№ {number}. {action} {topic} {region}",
    "№ {number}. {region} {topic} {action}",
    "No. {number}. {action} {topic} {region}",
)


def _pick(rng, items, language_index):
    return rng.choice(items)[language_index]


def _paragraph(rng, language_index, topic, count):
    parts = []
    for _sentence in range(count):
        template = rng.choice(SENTENCES)[language_index]
        parts.append(
            template.format(
                topic=topic,
                agency=_pick(rng, AGENCIES, language_index),
                region=_pick(rng, REGIONS, language_index),
            )
        )
    return " ".join(parts)


def _commitment_rows(rng, count):
    for offset in range(count):
        number = offset + 1
        choice = [rng.randrange(len(items)) for items in (ACTIONS, TOPICS, REGIONS)]
        for index, language in enumerate(LANGUAGES):
            action, topic, region = (
                items[position][index]
                for items, position in zip((ACTIONS, TOPICS, REGIONS), choice, strict=True)
            )
            yield SearchEntry(
                kind=Kind.COMMITMENT,
                object_id=FIRST_GENERATED_ID + number,
                language=language,
                anchor="",
                title=COMMITMENT_TITLE[index].format(
                    number=number, action=action, topic=topic, region=region
                ),
                body=_paragraph(rng, index, topic, rng.randint(2, 4)),
                context="",
                url=f"/{language}/commitments/generated/{number}/",
                text_language=language,
                boost=1.0,
                is_sample=True,
            )


def _transcript_rows(rng, count, turns):
    for offset in range(count):
        number = offset + 1
        topics = [rng.randrange(len(TOPICS)) for _turn in range(turns)]
        for index, language in enumerate(LANGUAGES):
            url = f"/{language}/forum/transcripts/generated/{number}/"
            title = TRANSCRIPT_TITLE[index].format(number=number)
            yield SearchEntry(
                kind=Kind.TRANSCRIPT,
                object_id=FIRST_GENERATED_ID + number,
                language=language,
                anchor="",
                title=title,
                body=_paragraph(rng, index, TOPICS[topics[0]][index], 2),
                url=url,
                text_language=language,
                boost=0.7,
                is_sample=True,
            )
            for turn, topic in enumerate(topics, start=1):
                yield SearchEntry(
                    kind=Kind.TRANSCRIPT,
                    object_id=FIRST_GENERATED_ID + number,
                    language=language,
                    anchor=f"turn-{turn}",
                    title=_pick(rng, SPEAKERS, index),
                    body=_paragraph(rng, index, TOPICS[topic][index], rng.randint(1, 3)),
                    context=title,
                    url=f"{url}#turn-{turn}",
                    text_language=language,
                    boost=0.6,
                    is_sample=True,
                )


def generate_corpus(*, commitments=10_000, transcripts=1_000, turns=10, seed=2019):
    """Write the generated entries; returns how many. Call inside a transaction you roll back."""
    rng = random.Random(seed)
    created = 0
    batch = []
    rows = _commitment_rows(rng, commitments)
    for source in (rows, _transcript_rows(rng, transcripts, turns)):
        for row in source:
            batch.append(row)
            if len(batch) == 2000:
                SearchEntry.objects.bulk_create(batch)
                created += len(batch)
                batch = []
    SearchEntry.objects.bulk_create(batch)
    created += len(batch)
    analyze()
    return created


def analyze():
    """Fresh planner statistics, as autovacuum would gather them after such a load."""
    analyze_search_entries()


def explain(*, query, language, kind=None):
    """EXPLAIN (FORMAT JSON) of the queries a search runs: {"vocabulary", "search"}.

    The vocabulary check (which words are rare, read from the planner's statistics) runs for
    real first, since the search is written from its answer.
    """
    backend = backend_for(query, language)
    statements = {}
    if backend.candidate_words:
        statements["vocabulary"] = backend.vocabulary_sql()
    statements["search"] = backend.search_sql(kind, 0, 20)
    plans = {}
    with connection.cursor() as cursor:
        for name, (sql, params) in statements.items():
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
            plans[name] = json.loads(plan) if isinstance(plan, str) else plan
    return plans


def plan_nodes(plan):
    """Every node of an EXPLAIN (FORMAT JSON) plan, flattened."""
    stack = [plan[0]["Plan"]] if isinstance(plan, list) else [plan]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.get("Plans", []))


def gin_indexes_used(plan):
    return {
        node.get("Index Name")
        for node in plan_nodes(plan)
        if node["Node Type"] == "Bitmap Index Scan" and node.get("Index Name") in GIN_INDEXES
    }


def sequential_scans(plan):
    return [
        node
        for node in plan_nodes(plan)
        if node["Node Type"] == "Seq Scan"
        and node.get("Relation Name") == SearchEntry._meta.db_table
    ]


BENCHMARK_QUERIES = [
    ("ru", "открытых данных"),
    ("ru", "государственных закупок Ошской области"),
    ("ru", "коррупцыи"),
    ("en", "open data"),
    ("en", "beneficial ownership"),
    ("ky", "ачык маалымат"),
    ("ky", "шайлоону каржылоо"),
]


def time_search(*, queries=BENCHMARK_QUERIES, repeat=5):
    """Median milliseconds per query for counts plus the first page of twenty results."""
    timings = {}
    for language, query in queries:
        samples = []
        for _round in range(repeat):
            started = time.perf_counter()
            results = run_search(query=query, language=language)
            hits = list(results.pages[:20])
            samples.append((time.perf_counter() - started) * 1000)
        timings[(language, query)] = {
            "median_ms": round(statistics.median(samples), 2),
            "max_ms": round(max(samples), 2),
            "found": results.total,
            "first": hits[0].url if hits else None,
        }
    return timings


def run(*, commitments=10_000, transcripts=1_000, turns=10, repeat=5):
    """Build the corpus, check the plans, time the queries, then roll it all back."""
    result = {}
    with transaction.atomic():
        started = time.perf_counter()
        result["rows"] = generate_corpus(
            commitments=commitments, transcripts=transcripts, turns=turns
        )
        result["build_seconds"] = round(time.perf_counter() - started, 1)
        if connection.vendor == "postgresql":
            result["gin_indexes"] = {
                f"{language}: {query}": sorted(
                    set().union(
                        *(
                            gin_indexes_used(plan)
                            for plan in explain(query=query, language=language).values()
                        )
                    )
                )
                for language, query in BENCHMARK_QUERIES
            }
        result["timings"] = time_search(repeat=repeat)
        transaction.set_rollback(True)
    return result


def report(result):
    """The benchmark's result as lines of text."""
    lines = [
        f"Search over {result['rows']} generated entries (built in {result['build_seconds']} s)"
    ]
    for (language, query), timing in result["timings"].items():
        indexes = ", ".join(result.get("gin_indexes", {}).get(f"{language}: {query}", [])) or "-"
        lines.append(
            f"  [{language}] {query!r}: median {timing['median_ms']} ms, "
            f"max {timing['max_ms']} ms, {timing['found']} found; indexes: {indexes}"
        )
    return "\n".join(lines)
