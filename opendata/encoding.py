"""How records are written out: JSON with ISO dates, CSV cells that round-trip to the same text."""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder

# Lists in a CSV cell are joined with this separator (JSON keeps them as arrays).
LIST_SEPARATOR = "; "
UTF8_BOM = "\ufeff"

_encoder = DjangoJSONEncoder(ensure_ascii=False)


def to_json(payload, *, indent=None):
    return json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=indent)


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(csv_cell(item)) for item in value)
    if hasattr(value, "isoformat"):
        # The same text as in the JSON download, so both formats agree.
        return _encoder.default(value)
    return value


class _Line:
    """A file-like object that hands back what csv.writer writes, for streaming."""

    def write(self, text):
        return text


def csv_lines(columns, records):
    """The CSV text piece by piece: byte-order mark and header first, then one line a record."""
    writer = csv.writer(_Line(), lineterminator="\r\n")
    yield UTF8_BOM + writer.writerow(columns)
    for record in records:
        yield writer.writerow([csv_cell(record[column]) for column in columns])


def json_pieces(header, records):
    """A JSON document {..header, "results": [...]}, streamed one record at a time."""
    opening = to_json(header, indent=1)
    yield opening[:-2] + ',\n "results": ['
    first = True
    for record in records:
        yield ("\n  " if first else ",\n  ") + to_json(record)
        first = False
    yield "\n ]\n}\n"
