"""Printing a request for quotation from its form records an entry with the
vendor, which the RFQ's Interactions smart button counts."""
from odoo_web import login, open_record, print_pdf, stat_button_value, wait_breadcrumb
from records import create_partner, create_template, entries_of, set_template_setup


def test_print_rfq_records_an_entry_counted_on_the_rfq(page, odoo):
    vendor_id, _vendor = create_partner(odoo, "Timber Supplies", supplier=True, customer=False)
    template_id, _code = create_template(odoo, "RFQ sent")
    set_template_setup(odoo, "purchase_quote", template_id)
    product_id = odoo.rpc("product.product", "search", [("purchase_ok", "=", True)], limit=1)[0]
    order_id = odoo.create("purchase.order", {"partner_id": vendor_id, "order_line": [(0, 0, {
        "product_id": product_id, "name": "Oak planks", "product_qty": 3, "price_unit": 12.0,
        "product_uom": odoo.ref("product.product_uom_unit"),
        "date_planned": "2026-12-24 10:00:00"})]})
    rfq = odoo.rpc("purchase.order", "read", [order_id], ["name"])[0]["name"]

    login(page)
    open_record(page, "Purchases", "Requests for Quotation", "Reference", rfq)
    print_pdf(page, "Print RFQ")

    page.reload()
    wait_breadcrumb(page, rfq)
    assert stat_button_value(page, "interaction_count") == 1
    entries = entries_of(odoo, vendor_id, ("document_type", "document_name", "report_id",
                                           "description"))
    assert [(e["document_type"], e["document_name"], e["description"]) for e in entries] == [
        ("purchase_quote", rfq, "RFQ sent " + rfq)]
    assert entries[0]["report_id"][0] == odoo.ref("purchase.report_purchase_quotation")
