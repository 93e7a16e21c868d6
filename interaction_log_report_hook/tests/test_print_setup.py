# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import PrintCase


class TestPrintSetup(PrintCase):

    def setup_line(self, kind, company=None):
        return self.env["interaction.template.setup"].search([
            ("company_id", "=", (company or self.company).id), ("document_type", "=", kind)])

    def test_log_on_print_defaults_to_true(self):
        self.assertTrue(self.setup_line("sale_quote").log_on_print)

    def test_kind_without_setup_records_nothing(self):
        self.setup_line("sale_quote").unlink()
        order = self.create_order()
        content, _type = self.print_documents("sale.report_saleorder", order)
        self.assertTrue(content, "printing works as before")
        self.assertFalse(self.entries_of(order))

    def test_recording_turned_off_records_nothing(self):
        self.setup_line("out_invoice").log_on_print = False
        invoice = self.create_invoice()
        refund = self.create_invoice("out_refund")
        self.print_documents("account.report_invoice", invoice | refund)
        self.assertFalse(self.entries_of(invoice))
        self.assertEqual(len(self.entries_of(refund)), 1, "other kinds still record")

    def test_archived_template_records_nothing(self):
        self.templates["sale_quote"].active = False
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        self.assertFalse(self.entries_of(order))

    def test_company_without_setup_records_nothing(self):
        other_company = self.env["res.company"].create({"name": "Print Test Bare Company"})
        self.env.user.company_ids |= other_company
        order = self.create_order(company_id=other_company.id)
        self.print_documents("sale.report_saleorder", order)
        self.assertFalse(self.entries_of(order))
