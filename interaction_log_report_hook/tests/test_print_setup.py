# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.interaction_log.tests.common_conversations import (
    setup_conversation_templates)

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

    def test_recording_turned_off_records_no_email_or_call_either(self):
        """The switch holds for every kind, not only printed documents."""
        templates = setup_conversation_templates(self.env, self.company, self.group)
        self.customer.email = "customer@example.com"

        def email_and_call():
            self.customer.message_post(
                body="<p>Our offer</p>", subject="Offer", message_type="comment",
                subtype="mail.mt_comment", partner_ids=self.customer.ids)
            self.env["mail.activity"].create({
                "res_model_id": self.env.ref("base.model_res_partner").id,
                "res_id": self.customer.id, "summary": "Call back",
                "activity_type_id": self.env.ref("mail.mail_activity_data_call").id,
            }).action_feedback("Reached")
            self.Entry.invalidate_cache()
            return self.Entry.search([("partner_id", "=", self.customer.id)])

        for kind in ("email", "phone_call"):
            self.setup_line(kind).log_on_print = False
        self.assertFalse(email_and_call())
        self.setup_line("phone_call").log_on_print = True
        self.assertEqual(email_and_call().mapped("template_id"), templates["phone_call"])
