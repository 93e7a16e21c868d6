# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from .common import PrintCase


class TestEmail(PrintCase):

    def setup_email_template(self, log_on_print=True):
        return self.env["interaction.template.setup"].create({
            "company_id": self.company.id, "document_type": "email",
            "template_id": self.templates["email"].id, "log_on_print": log_on_print,
        })

    def test_send_quotation_records_one_email_entry(self):
        order = self.create_order()
        self.send_by_email(order)
        entry = self.entries_of(order)
        self.assertEqual(len(entry), 1, "an emailed quotation is recorded once, not as a print")
        self.assertEqual(entry.correspondence_type, "email")
        self.assertEqual(entry.template_id, self.templates["sale_quote"],
                         "no email template set up: the document's own kind")
        self.assertEqual(entry.document_type, "sale_quote")
        self.assertEqual(entry.description, "Quotation %s" % order.name)
        self.assertEqual(entry.partner_id, self.contact)
        self.assertEqual(entry.user_id, self.env.user)
        self.assertEqual(entry.occurrence_no, 1)
        self.assertEqual(order.state, "sent")
        message = order.message_ids.filtered(lambda m: m.message_type == "comment")[:1]
        self.assertEqual(entry.mail_message_id, message)
        self.assertEqual(entry.subject, message.subject)
        self.assertIn(entry.delivery_status, ("in_progress", "delivered"))

    def test_send_uses_email_template_when_set_up(self):
        self.setup_email_template()
        order = self.create_order()
        self.send_by_email(order)
        entry = self.entries_of(order)
        self.assertEqual(entry.template_id, self.templates["email"])
        self.assertEqual(entry.correspondence_type, "email")
        self.assertEqual(entry.document_type, "sale_quote", "the kind of the emailed document")
        self.assertEqual(entry.description, "Email %s" % order.name)

    def test_email_recording_turned_off_records_nothing(self):
        self.setup_email_template(log_on_print=False)
        order = self.create_order()
        self.send_by_email(order)
        self.assertFalse(self.entries_of(order))

    def test_send_invoice_records_email_entry(self):
        invoice = self.create_invoice()
        self.send_by_email(invoice)
        entry = self.entries_of(invoice)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.correspondence_type, "email")
        self.assertEqual(entry.template_id, self.templates["out_invoice"])
        self.assertTrue(invoice.sent)

    def test_assigning_a_salesperson_records_nothing(self):
        """Odoo notifies a newly assigned salesperson with a mass-mail composer
        ("You have been assigned to ..."): no email reaches the customer."""
        self.setup_email_template()
        salesperson = self.env["res.users"].create({
            "name": "Assigned Rep", "login": "assigned_rep@example.com",
            "email": "assigned_rep@example.com",
            "groups_id": [(6, 0, [self.env.ref("sales_team.group_sale_salesman").id])],
        })
        order = self.create_order()
        invoice = self.create_invoice(validate=False)
        # as in the web client: tracking and auto-subscription are on
        order.with_context(tracking_disable=False).write({"user_id": salesperson.id})
        invoice.with_context(tracking_disable=False).write({"user_id": salesperson.id})
        self.assertIn(salesperson.partner_id, order.message_partner_ids,
                      "Odoo subscribed and notified the new salesperson")
        self.assertFalse(self.entries_of(order))
        self.assertFalse(self.entries_of(invoice))

    def test_email_to_someone_else_records_nothing(self):
        order = self.create_order()
        colleague = self.env["res.partner"].create({
            "name": "Colleague", "email": "colleague@example.com"})
        self.send_by_email(order, partner_ids=[(6, 0, [colleague.id])])
        self.assertFalse(self.entries_of(order))

    def test_print_then_email_numbers_occurrences(self):
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        self.send_by_email(order)
        entries = self.entries_of(order)
        self.assertEqual(entries.mapped("correspondence_type"), ["hard_copy", "email"])
        self.assertEqual(entries.mapped("occurrence_no"), [1, 2])

    def test_email_links_sent_pdf(self):
        order = self.create_order()
        pdf = self.env["ir.attachment"].create({
            "name": "quotation.pdf", "datas_fname": "quotation.pdf",
            "datas": base64.b64encode(b"%PDF-1.4 test"), "mimetype": "application/pdf",
            "res_model": "mail.compose.message", "res_id": 0,
        })
        composer = self.send_by_email(order, attachment_ids=[(4, pdf.id)])
        self.assertIn(pdf, composer.attachment_ids)
        self.assertEqual(self.entries_of(order).attachment_id, pdf)
        self.assertEqual(pdf.res_model, "sale.order", "the email's own attachment, not a copy")

    def test_rendering_email_template_records_no_print(self):
        order = self.create_order()
        template = self.env.ref("sale.email_template_edi_sale")
        values = template.generate_email(order.id)
        self.assertTrue(values["attachments"], "the report was rendered")
        self.assertFalse(self.entries_of(order))

    def test_send_without_interaction_rights_records_as_sender(self):
        order = self.create_order()
        self.send_by_email(order, user=self.clerk)
        entry = self.entries_of(order)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.user_id, self.clerk)

    def test_log_note_records_nothing(self):
        order = self.create_order()
        composer = self.env["mail.compose.message"].with_context(
            default_model="sale.order", default_res_id=order.id,
            default_composition_mode="comment", default_is_log=True).create({"body": "A note"})
        composer.send_mail()
        self.assertFalse(self.entries_of(order))

    def test_email_on_other_model_records_nothing(self):
        composer = self.env["mail.compose.message"].with_context(
            default_model="res.partner", default_res_id=self.contact.id,
            default_composition_mode="comment").create({"body": "Hello"})
        composer.send_mail()
        self.Entry.invalidate_cache()
        self.assertFalse(self.Entry.search([("partner_id", "=", self.contact.id)]))

    def test_mass_mail_records_each_document(self):
        orders = self.create_order() | self.create_order()
        composer = self.env["mail.compose.message"].with_context(
            default_model="sale.order", default_composition_mode="mass_mail",
            active_ids=orders.ids,
            default_template_id=self.env.ref("sale.email_template_edi_sale").id,
        ).create({})
        composer.onchange_template_id_wrapper()
        composer.send_mail()
        for order in orders:
            entry = self.entries_of(order)
            self.assertEqual(len(entry), 1)
            self.assertEqual(entry.correspondence_type, "email")

    def test_mass_mail_on_a_filter_records_what_it_matched_before_sending(self):
        """The composer's filter is read before sending: sending changes
        what it matches (here, documents without messages get one)."""
        orders = self.create_order() | self.create_order()
        self.env["mail.message"].search([
            ("model", "=", "sale.order"), ("res_id", "in", orders.ids)]).unlink()
        domain = [("id", "in", orders.ids), ("message_ids", "=", False)]
        self.assertEqual(self.env["sale.order"].search(domain), orders)
        composer = self.env["mail.compose.message"].with_context(
            default_model="sale.order", default_composition_mode="mass_mail",
            default_use_active_domain=True, default_active_domain=repr(domain),
            default_template_id=self.env.ref("sale.email_template_edi_sale").id,
        ).create({})
        composer.onchange_template_id_wrapper()
        composer.send_mail()
        self.assertFalse(self.env["sale.order"].search(domain), "each order got its email")
        for order in orders:
            self.assertEqual(len(self.entries_of(order)), 1)

    def test_chatter_message_to_customer_records_one_document_entry(self):
        """With emails set up, a message from the quotation's chatter to the
        customer and a colleague of theirs is one document entry, not one
        per recipient and not a second email entry."""
        self.setup_email_template()
        order = self.create_order()
        colleague = self.env["res.partner"].create({
            "name": "Customer Colleague", "email": "colleague@example.com",
            "parent_id": self.customer.id})
        message = order.message_post(
            body="Here is your quotation", subject="Quotation", message_type="comment",
            subtype="mail.mt_comment", partner_ids=[self.contact.id, colleague.id])
        entry = self.entries_of(order)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.partner_id, self.contact)
        self.assertEqual(entry.document_type, "sale_quote")
        self.assertEqual(entry.mail_message_id, message)
