# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.interaction_log_report_hook.tests.common import (
    PrintCase, QueryCountMixin, assert_printed_filters, form_has_interactions_button,
    setup_print_templates)

from .common import STOCK_KINDS, STOCK_NAMES, make_picking, make_product


class TestPrintPicking(QueryCountMixin, PrintCase):
    """A printed delivery slip records an interaction with the customer, a
    printed receipt with the vendor: the picking's partner."""

    @classmethod
    def setUpClass(cls):
        super(TestPrintPicking, cls).setUpClass()
        cls.templates = setup_print_templates(
            cls.env, cls.company, kinds=STOCK_KINDS, code_prefix="TSTOCK", names=STOCK_NAMES)
        cls.shipped = make_product(cls.env)

    def pickings(self, count, kind="delivery_slip"):
        pickings = self.env["stock.picking"]
        for _index in range(count):
            pickings |= make_picking(self.env, kind, self.contact, self.shipped)
        return pickings

    def test_form_shows_the_smart_button(self):
        self.assertTrue(form_has_interactions_button(self.env, "stock.view_picking_form"))

    def test_print_delivery_slip_records_delivery_slip(self):
        delivery = self.pickings(1)
        self.assert_print_records("stock.report_deliveryslip", delivery, "delivery_slip",
                                  self.contact)
        self.assertEqual(delivery.interaction_count, 1)

    def test_print_picking_operations_of_a_receipt_records_receipt(self):
        receipt = self.pickings(1, "receipt")
        self.assert_print_records("stock.report_picking", receipt, "receipt", self.contact)

    def test_print_internal_transfer_canceled_and_partnerless_pickings_record_nothing(self):
        internal = make_picking(self.env, "internal", self.contact, self.shipped)
        anonymous = make_picking(self.env, "delivery_slip", False, self.shipped)
        canceled = self.pickings(1)
        canceled.action_cancel()
        self.assertEqual(canceled.state, "cancel")
        pickings = internal | anonymous | canceled
        content, _type = self.print_documents("stock.report_picking", pickings)
        self.assertIn(anonymous.name.encode(), content)
        self.assertFalse(self.entries_of(pickings))

    def test_picking_list_filters_printed_and_never_printed(self):
        printed, never = self.pickings(2)
        self.print_documents("stock.report_deliveryslip", printed)
        assert_printed_filters(self, "stock.picking", printed, never)

    def test_print_records_within_query_budget(self):
        self.assert_print_queries_within_budget("stock.report_deliveryslip", self.pickings,
                                                STOCK_KINDS)
