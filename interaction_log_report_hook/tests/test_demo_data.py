# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import TransactionCase

from .common import PRINTED_KINDS, assert_demo_shows_kinds


class TestDemoData(TransactionCase):

    def test_demo_company_records_printed_documents(self):
        company = self.env.ref("base.main_company")
        Setup = self.env["interaction.template.setup"]
        for kind in PRINTED_KINDS + ("email",):
            self.assertTrue(Setup.get_template(kind, company), kind)
        setups = Setup.search([("company_id", "=", company.id)])
        self.assertTrue(all(setups.mapped("log_on_print")))

    def test_demo_shows_an_entry_of_each_kind(self):
        assert_demo_shows_kinds(self, PRINTED_KINDS)
        self.assertTrue(self.env["interaction.log.entry"].search([
            ("correspondence_type", "=", "email"), ("document_ref", "!=", False)]))

    def test_printing_demo_quotation_records_entry(self):
        order = self.env.ref("sale.sale_order_1")
        Entry = self.env["interaction.log.entry"]
        domain = [("document_ref", "=", "sale.order,%d" % order.id)]
        before = Entry.search(domain)
        self.env.ref("sale.action_report_saleorder").render_qweb_pdf(order.ids)
        entry = Entry.search(domain) - before
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.description, "%s %s" % (entry.template_id.name, order.name))

    def test_demo_printed_quotation_keeps_what_was_sent(self):
        order = self.env.ref("sale.sale_order_2")
        entries = self.env["interaction.log.entry"].search([
            ("document_ref", "=", "sale.order,%d" % order.id), ("sent_copy_id", "!=", False)])
        self.assertEqual(len(entries), 1)
        self.assertEqual((entries.sent_copy_id.res_model, entries.sent_copy_id.res_id),
                         ("sale.order", order.id))
        self.assertTrue(entries.sent_copy_id.file_size)
