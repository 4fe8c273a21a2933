import csv
import io
import json

import pytest

from .factories import generate_everything


@pytest.fixture
def bulk(db):
    """250 published rows of every dataset, for query counts that must not grow with rows."""
    return generate_everything(250)


def read_streamed(response):
    assert response.streaming, "downloads stream instead of holding the whole file in memory"
    return b"".join(response.streaming_content)


def parse_csv(body):
    text = body.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def parse_json(body):
    return json.loads(body.decode("utf-8"))
