# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import PrintCase, create_pdf_report


class TestPrintSaleOrder(PrintCase):

    def test_print_quotation_records_entry(self):
        order = self.create_order()
        entry = self.assert_print_records(
            "sale.report_saleorder", order, "sale_quote", self.contact)
        self.assertEqual(entry.commercial_partner_id, self.customer)
        self.assertEqual(entry.document_ref, order)
        self.assertEqual(entry.document_name, order.name)
        self.assertEqual(entry.salesperson_id, self.salesperson)
        self.assertEqual(entry.user_id, self.env.user)
        self.assertEqual(entry.correspondence_type, "hard_copy")
        self.assertEqual(entry.occurrence_no, 1)
        self.assertFalse(entry.attachment_id, "the sales order report saves no PDF")
        self.assertEqual(entry.company_id, order.company_id)
        self.assertEqual(entry.cost, 2.5)

    def test_kind_follows_the_order_state_and_occurrences_go_on(self):
        """A draft or sent quotation prints as a quotation, a confirmed or
        done order as an order confirmation; each print is the next
        occurrence of the same document."""
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        order.state = "sent"
        self.print_documents("sale.report_saleorder", order)
        order.action_confirm()
        self.print_documents("sale.report_saleorder", order)
        order.action_done()
        self.print_documents("sale.report_saleorder", order)
        entries = self.entries_of(order)
        self.assertEqual(entries.mapped("document_type"), ["sale_quote"] * 2 + ["sale_order"] * 2)
        self.assertEqual(entries.mapped("occurrence_no"), [1, 2, 3, 4])
        self.assertEqual(entries[2].template_id, self.templates["sale_order"])
        self.assertEqual(entries[2].description, "Order Confirmation %s" % order.name)

    def test_batch_print_records_each_document(self):
        """Each document of the batch with its own kind and partner; a
        canceled order records nothing."""
        quotation = self.create_order()
        order = self.create_order(partner=self.customer)
        order.action_confirm()
        canceled = self.create_order()
        canceled.action_cancel()
        self.print_documents("sale.report_saleorder", quotation | order | canceled)
        self.assertEqual(self.entries_of(quotation).template_id, self.templates["sale_quote"])
        self.assertEqual(self.entries_of(order).template_id, self.templates["sale_order"])
        self.assertEqual(self.entries_of(order).partner_id, self.customer)
        self.assertFalse(self.entries_of(canceled))

    def test_print_quotation_button_records_on_render(self):
        """The button returns the report action; the web client renders it
        through the /report routes, which call render_qweb_pdf."""
        order = self.create_order()
        action = order.print_quotation()
        self.assertFalse(self.entries_of(order), "the button only returns an action")
        self.assertEqual(order.state, "sent")
        report = self.Report._get_report_from_name(action["report_name"])
        report.render_qweb_pdf(action["context"]["active_ids"])
        self.assertEqual(self.entries_of(order).document_type, "sale_quote")

    def test_own_quotation_layout_records_like_the_standard_one(self):
        """A company's own layout: a new report on sale.order, its own
        template; no code names it."""
        own = create_pdf_report(self.env, "sale.order", "our_quotation", "Our Quotation")
        order = self.create_order()
        content, _type = own.render_qweb_pdf(order.ids)
        self.assertIn(b"Our Quotation", content)
        self.print_documents("sale.report_saleorder", order)
        entries = self.entries_of(order)
        self.assertEqual(entries.mapped("report_id"),
                         own | self.env.ref("sale.action_report_saleorder"))
        self.assertEqual(entries.mapped("template_id"), self.templates["sale_quote"])
        self.assertEqual(entries.mapped("occurrence_no"), [1, 2])
        self.assertEqual(entries[0].description, "Quotation %s" % order.name)

    def test_pro_forma_records_the_quotation_with_its_report(self):
        """Every PDF report of the order records, the pro forma invoice too."""
        order = self.create_order()
        pro_forma = self.env.ref("sale.action_report_pro_forma_invoice")
        pro_forma.render_qweb_pdf(order.ids)
        entry = self.entries_of(order)
        self.assertEqual(entry.document_type, "sale_quote")
        self.assertEqual(entry.report_id, pro_forma)
