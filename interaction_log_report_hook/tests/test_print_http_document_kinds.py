# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import at_install, post_install

from .common import create_pdf_report, make_invoice, make_order, setup_print_templates
from .common_http import PrintHttpCase


@at_install(False)
@post_install(True)
class TestPrintHttpDocumentKinds(PrintHttpCase):
    """Each sales and invoice kind, printed from the web client's Print menu
    (/report/pdf), records one entry of its kind with the document's partner,
    counted by the document's Interactions smart button."""

    def setUp(self):
        super(TestPrintHttpDocumentKinds, self).setUp()
        env = self.http_env
        self.templates = setup_print_templates(
            env, env.ref("base.main_company"), code_prefix="THTTPK")
        self.customer = env["res.partner"].create({"name": "HTTP Kinds Customer"})
        self.vendor = env["res.partner"].create({"name": "HTTP Kinds Vendor", "supplier": True})
        self.product = env["product.product"].create({
            "name": "HTTP Kinds Service", "type": "service", "invoice_policy": "order"})
        self.authenticate("admin", "admin")

    def invoice(self, invoice_type, validate=True):
        partner = self.vendor if invoice_type.startswith("in_") else self.customer
        return make_invoice(self.http_env, partner, self.product, invoice_type, validate)

    def test_print_order_through_route_records_sale_order(self):
        order = make_order(self.http_env, self.customer, self.product)
        order.action_confirm()
        self.assert_print_records("sale.report_saleorder", order, "sale_order",
                                  self.customer, self.templates["sale_order"])

    def test_print_own_quotation_layout_through_route_records_quotation(self):
        report = create_pdf_report(self.http_env, "sale.order", "own_quotation", "Our Offer")
        order = make_order(self.http_env, self.customer, self.product)
        entry = self.assert_print_records(report.report_name, order, "sale_quote",
                                          self.customer, self.templates["sale_quote"])
        self.assertEqual(entry.report_id, report)

    def test_print_invoice_through_route_records_invoice(self):
        self.assert_print_records("account.report_invoice", self.invoice("out_invoice"),
                                  "out_invoice", self.customer, self.templates["out_invoice"])

    def test_print_draft_invoice_through_route_records_draft_invoice(self):
        self.assert_print_records(
            "account.report_invoice", self.invoice("out_invoice", validate=False),
            "draft_invoice", self.customer, self.templates["draft_invoice"])

    def test_print_credit_note_through_route_records_credit_note(self):
        self.assert_print_records("account.report_invoice", self.invoice("out_refund"),
                                  "out_refund", self.customer, self.templates["out_refund"])

    def test_print_vendor_bill_through_route_records_vendor_bill(self):
        self.assert_print_records("account.report_invoice", self.invoice("in_invoice"),
                                  "in_invoice", self.vendor, self.templates["in_invoice"])

    def test_print_vendor_credit_note_through_route_records_it(self):
        self.assert_print_records("account.report_invoice", self.invoice("in_refund"),
                                  "in_refund", self.vendor, self.templates["in_refund"])
