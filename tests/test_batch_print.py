"""Batch prints make one page per document, each with the company's header
and footer.

A real Odoo server over a copy of the freshly installed test database (the
snapshot ``bin/test`` takes before any test runs, with demo data), printing
as the web client's Print button does (``/report/download``, logged in with
a session) three quotations, three customer invoices and three delivery
slips at once. The PDF is read with pdftotext: each page names its
document, and carries the company's name and address (the header) and its
phone, email and website (the footer). Odoo 11 needs wkhtmltopdf with
patched Qt for both; Debian's build prints such a batch as an empty PDF.
"""
import os
import sys

import pytest
from odoo.tools import config

import harness
import print_load

ODOO_BIN = os.path.join(os.path.dirname(sys.executable), "odoo")
BATCH = 3
#: (report printed, model, domain of the documents, their number field)
DOCUMENTS = {
    "quotations": ("sale.report_saleorder", "sale.order",
                   [("state", "in", ["draft", "sent"])], "name"),
    "customer_invoices": ("account.report_invoice_with_payments", "account.invoice",
                          [("type", "=", "out_invoice"), ("state", "in", ["open", "paid"])],
                          "number"),
    "delivery_slips": ("stock.report_deliveryslip", "stock.picking",
                       [("picking_type_code", "=", "outgoing")], "name"),
}


@pytest.fixture(scope="module")
def server():
    with harness.snapshot_copy(config.rcfile, config["db_name"], "batch") as db:
        if db is None:
            pytest.skip("no snapshot of the freshly installed database: run bin/test")
        log = os.path.join(os.path.dirname(config.rcfile), "logs", "batch-%s.log" % db.name)
        with harness.OdooServer(ODOO_BIN, config.rcfile, db.name, 0, log) as odoo:
            harness.set_report_url(db, odoo.url)
            yield odoo


@pytest.fixture(scope="module")
def admin(server):
    return print_load.WebClient(server.url, server.db, "admin", "admin")


@pytest.fixture(scope="module")
def company(admin):
    """What the header and footer show of the admin's company."""
    company_id = admin.call_kw("res.users", "read", [[admin.uid], ["company_id"]])[0][
        "company_id"][0]
    return dict(admin.call_kw("res.company", "read", [[company_id], [
        "name", "phone", "email", "website"]])[0], id=company_id)


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_batch_print_has_one_page_per_document_with_header_and_footer(
        server, admin, company, kind):
    report, model, domain, number = DOCUMENTS[kind]
    documents = admin.call_kw(model, "search_read", [
        domain + [("company_id", "=", company["id"])], [number]],
        {"limit": BATCH, "order": "id"})
    assert len(documents) == BATCH, "the demo data has fewer %s" % kind
    log_start = server.log_size()

    response = admin.print_download([doc["id"] for doc in documents], report)

    ok, detail = print_load.is_print_of(response, BATCH)
    assert ok, "%s\n--- server log ---\n%s" % (detail, server.log_tail())
    pages = print_load.pdf_page_texts(response.content)
    assert len(pages) == BATCH
    for doc, text in zip(documents, pages):
        seen = " ".join(text.split())
        for what, value in [("document number", doc[number]), ("header", company["name"]),
                            ("footer", company["phone"]), ("footer", company["email"]),
                            ("footer", company["website"])]:
            assert value and value in seen, "page of %s: no %s %r in:\n%s" % (
                doc[number], what, value, text)
    assert not server.log_problems(log_start), "\n".join(server.log_problems(log_start))
