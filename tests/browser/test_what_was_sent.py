"""What Was Sent on a printed quotation's entry downloads the PDF the user
got when printing: the same bytes, a PDF with the quotation's number."""
import subprocess

from odoo_web import click_header_button, list_rows, login, open_entries_of, open_record
from records import create_partner, create_quotation, create_template, set_template_setup


def _download(page, click):
    """Bytes of the file that ``click()`` makes the browser download."""
    with page.expect_download(timeout=60000) as download:
        click()
    with open(download.value.path(), "rb") as downloaded:
        return download.value.suggested_filename, downloaded.read()


def _pdf_text(content, tmp_path):
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(content)
    return subprocess.run(["pdftotext", str(pdf), "-"], stdout=subprocess.PIPE, check=True,
                          universal_newlines=True, timeout=60).stdout


def test_what_was_sent_downloads_the_printed_quotation(page, odoo, tmp_path):
    partner_id, partner = create_partner(odoo, "Harbour Inn")
    template_id, _code = create_template(odoo, "Quotation sent")
    set_template_setup(odoo, "sale_quote", template_id)
    _quotation_id, quotation = create_quotation(odoo, partner_id)

    login(page)
    open_record(page, "Sales", "Quotations", "Sales Order", quotation)
    _name, printed = _download(page, lambda: click_header_button(page, "Print"))
    assert printed.startswith(b"%PDF")

    open_entries_of(page, partner, app="Sales", rows=1)
    list_rows(page).first.click()
    page.locator(".o_form_view .o_form_statusbar button:visible").filter(
        has_text="What Was Sent").wait_for()
    file_name, copy = _download(page, lambda: click_header_button(page, "What Was Sent"))
    assert file_name == "%s.pdf" % quotation
    assert copy == printed, "the very bytes the user got"
    assert quotation in _pdf_text(copy, tmp_path)
