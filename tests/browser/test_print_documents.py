"""Printing a quotation or an invoice from its form records an entry,
numbered per document: a reprint is occurrence 2."""
from conftest import screenshot
from odoo_web import (fill_many2one, list_column, login, open_entries_of, open_menu,
                      open_record, print_pdf, select, wait_breadcrumb, wait_idle)
from records import (create_invoice, create_partner, create_quotation, create_template,
                     entries_of, remove_template_setup)


def _add_setup_line(page, document_kind, template_code):
    page.click(".o_list_button_add")
    row = page.locator(".o_list_view tbody tr.o_selected_row")
    row.wait_for()
    select(row, "document_type", document_kind)
    fill_many2one(page, row, "template_id", template_code)
    page.click(".o_list_button_save")
    row.wait_for(state="detached")
    wait_idle(page)


def test_print_quotation_and_invoice_twice_records_occurrences_1_and_2(page, odoo):
    partner_id, partner = create_partner(odoo, "Seaside Hotel")
    _quote_template, quote_code = create_template(odoo, "Quotation sent")
    _invoice_template, invoice_code = create_template(odoo, "Invoice sent")
    quotation_id, quotation = create_quotation(odoo, partner_id)
    invoice_id, invoice = create_invoice(odoo, partner_id)
    remove_template_setup(odoo, "sale_quote", "out_invoice")

    login(page)
    # a manager says which template records which document kind
    open_menu(page, "Contacts", "Configuration", "Template Setup")
    wait_breadcrumb(page, "Interaction Template Setup")
    _add_setup_line(page, "Sales Quotation", quote_code)
    _add_setup_line(page, "Customer Invoice", invoice_code)
    kinds = dict(zip(list_column(page, "Document Kind"), list_column(page, "Interaction Template")))
    assert kinds["Sales Quotation"] == "[%s] Quotation sent" % quote_code
    assert kinds["Customer Invoice"] == "[%s] Invoice sent" % invoice_code
    screenshot(page, "template-setup")

    open_record(page, "Sales", "Quotations", "Sales Order", quotation)
    assert print_pdf(page, "Print") == "Quotation - %s.pdf" % quotation
    # the quotation is "sent" now
    assert print_pdf(page, "Print") == "Quotation - %s.pdf" % quotation

    open_record(page, "Invoicing", "Customer Invoices", "Invoice", invoice)
    print_pdf(page, "Print Invoice")
    print_pdf(page, "Print Invoice")  # the invoice is marked sent: the grey button

    open_entries_of(page, partner, app="Sales", rows=4)
    rows = sorted(zip(list_column(page, "Document No."), list_column(page, "Occurrence No."),
                      list_column(page, "Description")))
    assert rows == [
        (invoice, "1", "Invoice sent " + invoice),
        (invoice, "2", "Invoice sent " + invoice),
        (quotation, "1", "Quotation sent " + quotation),
        (quotation, "2", "Quotation sent " + quotation),
    ]
    screenshot(page, "printed-documents-entries")

    entries = entries_of(odoo, partner_id, ("document_type", "document_ref", "occurrence_no",
                                            "correspondence_type", "user_id"))
    assert sorted((e["document_type"], e["document_ref"], e["occurrence_no"]) for e in entries) == [
        ("out_invoice", "account.invoice,%d" % invoice_id, 1),
        ("out_invoice", "account.invoice,%d" % invoice_id, 2),
        ("sale_quote", "sale.order,%d" % quotation_id, 1),
        ("sale_quote", "sale.order,%d" % quotation_id, 2),
    ]
    assert {e["correspondence_type"] for e in entries} == {"hard_copy"}
