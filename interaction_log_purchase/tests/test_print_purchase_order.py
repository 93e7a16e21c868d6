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

    def purchase_orders(self, count, kind="purchase_quote"):
        orders = self.env["purchase.order"]
        for _index in range(count):
            orders |= make_purchase_order(self.env, self.vendor, self.purchased,
                                          confirm=kind == "purchase_order")
        return orders

    def test_form_shows_the_smart_button(self):
        self.assertTrue(form_has_interactions_button(self.env, "purchase.purchase_order_form"))

    def test_print_rfq_records_request_for_quotation(self):
        self.assert_print_records("purchase.report_purchasequotation", self.purchase_orders(1),
                                  "purchase_quote", self.vendor)

    def test_print_confirmed_order_records_purchase_order(self):
        order = self.purchase_orders(1, "purchase_order")
        self.assert_print_records("purchase.report_purchaseorder", order, "purchase_order",
                                  self.vendor)
        self.print_documents("purchase.report_purchaseorder", order)
        self.assertEqual(self.entries_of(order).mapped("occurrence_no"), [1, 2])
        self.assertEqual(order.interaction_count, 2)

    def test_print_canceled_order_records_nothing(self):
        order = self.purchase_orders(1)
        order.button_cancel()
        self.print_documents("purchase.report_purchaseorder", order)
        self.assertFalse(self.entries_of(order))

    def test_send_rfq_by_email_records_an_email_with_the_vendor(self):
        rfq = self.purchase_orders(1)
        self.send_by_email(rfq, button="action_rfq_send")
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

    def test_print_records_within_query_budget(self):
        self.assert_print_queries_within_budget("purchase.report_purchaseorder",
                                                self.purchase_orders, PURCHASE_KINDS)
