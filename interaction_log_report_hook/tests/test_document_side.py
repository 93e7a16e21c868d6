# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import (
    PrintCase, assert_printed_filters, form_has_interactions_button, search_filter)


class TestDocumentSide(PrintCase):
    """What a document shows of its interactions: the Interactions smart
    button, the Printed / Never Printed filters of the document lists, and
    the Printed / Emailed filters and the report of the entries."""

    @classmethod
    def setUpClass(cls):
        super(TestDocumentSide, cls).setUpClass()
        cls.printed_order, cls.emailed_order, cls.new_order = (
            cls.create_order() for _i in range(3))
        cls.printed_invoice, cls.new_invoice = cls.create_invoice(), cls.create_invoice()
        cls.quotation_report = cls.env.ref("sale.action_report_saleorder")
        cls.quotation_report.render_qweb_pdf(cls.printed_order.ids)
        cls.quotation_report.render_qweb_pdf(cls.printed_order.ids)
        cls.env.ref("account.account_invoices").render_qweb_pdf(cls.printed_invoice.ids)
        cls.emailed_order._interaction_log_record("email")

    def test_smart_button_counts_entries_of_the_document_not_canceled(self):
        self.assertEqual(self.printed_order.interaction_count, 2)
        self.assertEqual(self.new_order.interaction_count, 0)
        self.entries_of(self.printed_order)[0].action_switch_canceled()
        self.printed_order.invalidate_cache()
        self.assertEqual(self.printed_order.interaction_count, 1)

    def test_order_and_invoice_forms_show_the_smart_button(self):
        for view in ("sale.view_order_form", "account.invoice_form",
                     "account.invoice_supplier_form"):
            self.assertTrue(form_has_interactions_button(self.env, view), view)

    def test_smart_button_opens_the_entries_of_the_document(self):
        action = self.printed_order.action_open_interactions()
        self.assertEqual(action["res_model"], "interaction.log.entry")
        self.assertEqual(self.Entry.search(action["domain"]), self.entries_of(self.printed_order))
        self.assertEqual(self.printed_invoice.interaction_count, 1)

    def test_document_lists_filter_printed_and_never_printed(self):
        """An emailed document is not a printed one."""
        assert_printed_filters(self, "sale.order", self.printed_order, self.emailed_order)
        assert_printed_filters(self, "account.invoice", self.printed_invoice, self.new_invoice)

    def test_printed_searched_with_another_operator_is_a_user_error(self):
        """A client's search says what to write instead, never a traceback."""
        for domain in ([("interaction_printed", "ilike", "x")],
                       [("interaction_printed", "=", "yes")]):
            with self.subTest(domain=domain), self.assertRaisesRegex(
                    UserError, "with = True or = False"):
                self.env["sale.order"].search(domain)

    def test_canceled_prints_leave_the_document_never_printed(self):
        self.entries_of(self.printed_invoice).action_switch_canceled()
        self.assertIn(self.printed_invoice, search_filter(
            self.env, "account.invoice", "interaction_never_printed"))
        self.assertFalse(self.printed_invoice.interaction_printed)

    def test_entries_list_filters_printed_emailed_and_inbound(self):
        """Emailed is a document sent by email: not a chatter email or an
        email received about the document."""
        prints = self.entries_of([self.printed_order, self.printed_invoice])
        chatter_email = self.log(document_ref=self.printed_order, correspondence_type="email",
                                 information_flow="outbound", document_type="email")
        received = self.log(document_ref=self.printed_order, correspondence_type="email",
                            information_flow="inbound", document_type="email_inbound")
        documents = [self.printed_order, self.emailed_order, self.printed_invoice]
        ours = self.entries_of(documents)
        printed = search_filter(self.env, "interaction.log.entry", "printed") & ours
        emailed = search_filter(self.env, "interaction.log.entry", "emailed") & ours
        inbound = search_filter(self.env, "interaction.log.entry", "inbound") & ours
        self.assertEqual(printed, prints)
        self.assertEqual(emailed, self.entries_of([self.emailed_order]))
        self.assertNotIn(chatter_email, emailed)
        self.assertEqual(inbound, received)

    def test_entries_record_and_group_by_the_printed_report(self):
        self.assertEqual(self.entries_of(self.printed_order).mapped("report_id"),
                         self.quotation_report)
        self.assertFalse(self.entries_of(self.emailed_order).report_id)
        groups = self.Entry.read_group(
            [("id", "in", self.entries_of([self.printed_order, self.printed_invoice]).ids)],
            ["report_id"], ["report_id"])
        self.assertEqual(
            sorted((group["report_id"][0], group["report_id_count"]) for group in groups),
            sorted([(self.quotation_report.id, 2),
                    (self.env.ref("account.account_invoices").id, 1)]))
