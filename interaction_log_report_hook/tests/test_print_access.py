# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError

from .common import PrintCase


class TestPrintAccess(PrintCase):

    def test_clerk_has_no_interaction_rights(self):
        with self.assertRaises(AccessError):
            self.Entry.sudo(self.clerk).search([])

    def test_print_without_interaction_rights_records_as_printer(self):
        order = self.create_order()
        content, _type = self.print_documents("sale.report_saleorder", order, user=self.clerk)
        self.assertTrue(content)
        entry = self.entries_of(order)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.user_id, self.clerk)
        self.assertEqual(entry.salesperson_id, self.salesperson)

    def test_invoice_print_without_interaction_rights_records_as_printer(self):
        invoice = self.create_invoice()
        action = invoice.sudo(self.clerk).invoice_print()
        report = self.Report.sudo(self.clerk)._get_report_from_name(action["report_name"])
        report.render_qweb_pdf(action["context"]["active_ids"])
        self.assertEqual(self.entries_of(invoice).user_id, self.clerk)
