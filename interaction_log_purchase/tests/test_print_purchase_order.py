# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.interaction_log_report_hook.tests.common import (
    PrintCase, QueryCountMixin, assert_printed_filters, form_has_interactions_button,
    setup_print_templates)

from .common import PURCHASE_KINDS, PURCHASE_NAMES, make_product, make_purchase_order


class TestPrintPurchaseOrder(QueryCountMixin, PrintCase):
    """A printed request for quotation or purchase order records an
    interaction with the vendor; the kind follows the order's state."""

    @classmethod
    def setUpClass(cls):
        super(TestPrintPurchaseOrder, cls).setUpClass()
        cls.templates = setup_print_templates(
            cls.env, cls.company, kinds=PURCHASE_KINDS, code_prefix="TPURCH",
            names=PURCHASE_NAMES)
        cls.vendor = cls.env["res.partner"].create({
            "name": "Print Test Vendor", "supplier": True, "company_id": False,
            "email": "vendor@example.com"})
        cls.purchased = make_product(cls.env)

    def purchase_orders(self, count, confirm=False):
        orders = self.env["purchase.order"]
        for _index in range(count):
            orders |= make_purchase_order(self.env, self.vendor, self.purchased, confirm)
        return orders

    def test_form_shows_the_smart_button(self):
        self.assertTrue(form_has_interactions_button(self.env, "purchase.purchase_order_form"))

    def test_print_rfq_records_request_for_quotation(self):
        rfq = self.purchase_orders(1)
        self.print_documents("purchase.report_purchasequotation", rfq)
        entry = self.entries_of(rfq)
        self.assertEqual(entry.document_type, "purchase_quote")
        self.assertEqual(entry.template_id, self.templates["purchase_quote"])
        self.assertEqual(entry.partner_id, self.vendor)
        self.assertEqual(entry.description, "Request for Quotation %s" % rfq.name)
        self.assertEqual(entry.report_id, self.env.ref("purchase.report_purchase_quotation"))

    def test_print_confirmed_order_records_purchase_order(self):
        order = self.purchase_orders(1, confirm=True)
        self.print_documents("purchase.report_purchaseorder", order)
        self.print_documents("purchase.report_purchaseorder", order)
        entries = self.entries_of(order)
        self.assertEqual(entries.mapped("document_type"), ["purchase_order"] * 2)
        self.assertEqual(entries.mapped("occurrence_no"), [1, 2])
        self.assertEqual(order.interaction_count, 2)

    def test_print_canceled_order_records_nothing(self):
        order = self.purchase_orders(1)
        order.button_cancel()
        self.print_documents("purchase.report_purchaseorder", order)
        self.assertFalse(self.entries_of(order))

    def test_send_rfq_by_email_records_an_email_with_the_vendor(self):
        rfq = self.purchase_orders(1)
        action = rfq.action_rfq_send()
        composer = self.env["mail.compose.message"].with_context(**action["context"]).create({})
        composer.onchange_template_id_wrapper()
        composer.send_mail()
        entry = self.entries_of(rfq)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.correspondence_type, "email")
        self.assertEqual(entry.partner_id, self.vendor)
        self.assertEqual(entry.document_type, "purchase_quote")
        self.assertFalse(entry.report_id, "an email is no print")

    def test_purchase_list_filters_printed_and_never_printed(self):
        printed, never = self.purchase_orders(2)
        self.print_documents("purchase.report_purchasequotation", printed)
        assert_printed_filters(self, "purchase.order", printed, never)

    def test_rfq_print_query_count_is_constant(self):
        self.assert_print_queries_constant(
            "purchase_quote", "purchase.report_purchasequotation", self.purchase_orders)

    def test_purchase_order_print_query_count_is_constant(self):
        self.assert_print_queries_constant(
            "purchase_order", "purchase.report_purchaseorder",
            lambda count: self.purchase_orders(count, confirm=True))
