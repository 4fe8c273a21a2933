"""Report files at stable addresses: right bytes, type, readable name; never a draft's file."""

import pytest
from django.core.files.base import ContentFile

from .factories import DraftReportFactory, PublishedReportFactory, ReportFileFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def body(response):
    return b"".join(response.streaming_content)


@pytest.fixture
def report(plan):
    return PublishedReportFactory(plan=plan, kind="irm_design", publication_year=2030)


def test_a_pdf_is_served_with_its_bytes_type_and_a_readable_name(client, report):
    stored = ReportFileFactory(report=report, language="en", file=ContentFile(PDF, "x.pdf"))
    assert stored.get_absolute_url() == f"/reports/{report.pk}/en.pdf"
    response = client.get(stored.get_absolute_url())
    assert response.status_code == 200
    assert body(response) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="ogp-kg-report-{report.pk}-irm-design-2030-en.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_text_file_keeps_its_utf8_and_says_so(client, report):
    content = "Отчет · Отчет · Report\n".encode()
    stored = ReportFileFactory(report=report, language="ky", file=ContentFile(content, "a.txt"))
    response = client.get(f"/reports/{report.pk}/ky.txt")
    assert stored.content_type == "text/plain; charset=utf-8"
    assert body(response) == content
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_file_is_typed_by_its_content_not_its_name(client, report):
    stored = ReportFileFactory(report=report, language="ru", file=ContentFile(PDF, "notes.txt"))
    assert stored.get_absolute_url().endswith("/ru.pdf")
    assert stored.original_filename == "notes.txt"


def test_links_on_the_report_page_and_list_lead_to_the_files(client, report):
    stored = ReportFileFactory(report=report, language="en", file=ContentFile(PDF, "x.pdf"))
    for path in (f"/en/reports/{report.pk}/", "/en/reports/"):
        assert f'href="{stored.get_absolute_url()}" hreflang="en" type="application/pdf"' in (
            client.get(path).content.decode()
        )


def test_a_draft_reports_file_is_a_404_for_visitors(client, plan, staff_user):
    draft = DraftReportFactory(plan=plan)
    stored = ReportFileFactory(report=draft, language="ru")
    assert client.get(stored.get_absolute_url()).status_code == 404
    client.force_login(staff_user)
    preview = client.get(stored.get_absolute_url())
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"] and "public" not in preview["Cache-Control"]


def test_a_published_file_may_be_cached_by_the_public(client, report):
    stored = ReportFileFactory(report=report, language="ru")
    assert "public" in client.get(stored.get_absolute_url())["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "/reports/{pk}/en.pdf",  # no English file
        "/reports/{pk}/ru.pdf",  # the Russian file is text, not PDF
        "/reports/{pk}/de.txt",  # no such language
        "/reports/999999/ru.txt",
        "/reports/{pk}/ru.",
        "/reports/{pk}/ru",
    ],
)
def test_a_wrong_address_is_a_404(client, report, path):
    ReportFileFactory(report=report, language="ru")
    response = client.get(path.format(pk=report.pk))
    assert response.status_code == 404


def test_a_file_missing_from_storage_is_a_404_not_a_500(client, report):
    stored = ReportFileFactory(report=report, language="ru")
    stored.file.storage.delete(stored.file.name)
    assert client.get(stored.get_absolute_url()).status_code == 404
