# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

from odoo.exceptions import UserError

from .common import PrintCase, negative_cost_for

HOOK_LOGGER = "odoo.addons.interaction_log.recording"


class TestFaultsPrintRenderAndRecording(PrintCase):
    """Nothing is recorded for a print that fails; a recording that fails
    never fails the print, and loses no other document's entry."""

    def failing_render(self):
        def render(report, res_ids=None, data=None):
            raise UserError("The report could not be rendered (test).")
        return mock.patch.object(type(self.Report), "render_qweb_html", render)

    def test_render_that_raises_records_nothing(self):
        order = self.create_order()
        invoice = self.create_invoice()
        with self.failing_render():
            with self.assertRaisesRegex(UserError, "could not be rendered"):
                self.print_documents("sale.report_saleorder", order)
            with self.assertRaisesRegex(UserError, "could not be rendered"):
                self.print_documents("account.report_invoice", invoice)
        self.assertFalse(self.entries_of(order) | self.entries_of(invoice))

    def test_render_that_raises_does_not_use_an_occurrence_number(self):
        order = self.create_order()
        with self.failing_render(), self.assertRaises(UserError):
            self.print_documents("sale.report_saleorder", order)
        self.print_documents("sale.report_saleorder", order)
        self.assertEqual(self.entries_of(order).occurrence_no, 1)

    def test_print_rolled_back_with_its_transaction_leaves_no_entry(self):
        order = self.create_order()
        with self.assertRaisesRegex(UserError, "later step"):
            with self.env.cr.savepoint():
                self.print_documents("sale.report_saleorder", order)
                raise UserError("A later step of the request failed.")
        self.assertFalse(self.entries_of(order))

    def test_failed_recording_of_one_document_keeps_the_others(self):
        """A quotation whose entry the core refuses (a negative cost),
        printed together with two others: those two are still recorded."""
        first, bad, last = self.create_order(), self.create_order(), self.create_order()
        with negative_cost_for(bad), self.assertLogs(HOOK_LOGGER, "WARNING") as logs:
            content, _type = self.print_documents("sale.report_saleorder", first | bad | last)
        self.assertIn(bad.name.encode(), content)
        self.assertEqual(len(self.entries_of(first | last)), 2)
        self.assertFalse(self.entries_of(bad))
        self.assertEqual(len(logs.output), 1)
        self.assertIn(bad.name, logs.output[0])
