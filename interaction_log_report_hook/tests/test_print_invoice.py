# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from .common import PrintCase


class TestPrintInvoice(PrintCase):

    def saved_pdf(self, invoice, report_name):
        """The attachment Odoo saves when it prints a validated invoice (with
        wkhtmltopdf; tests render HTML and save nothing)."""
        report = self.Report._get_report_from_name(report_name)
        name = "INV%s.pdf" % invoice.number.replace("/", "")
        self.assertEqual(report.retrieve_attachment(invoice).datas_fname, False)
        return self.env["ir.attachment"].create({
            "name": name, "datas_fname": name, "res_model": "account.invoice",
            "res_id": invoice.id, "datas": base64.b64encode(b"%PDF-1.4 test"),
        })

    def test_print_invoice_records_entry(self):
        invoice = self.create_invoice()
        entry = self.assert_print_records("account.report_invoice_with_payments", invoice,
                                          "out_invoice", self.contact, invoice.number)
        self.assertEqual(entry.commercial_partner_id, self.customer)
        self.assertEqual(entry.document_name, invoice.number)
        self.assertEqual(entry.document_ref, invoice)
        self.assertEqual(entry.salesperson_id, self.salesperson)
        self.assertEqual(entry.correspondence_type, "hard_copy")
        self.assertEqual(entry.occurrence_no, 1)

    def test_print_credit_note_records_credit_note(self):
        refund = self.create_invoice("out_refund")
        self.assert_print_records("account.report_invoice", refund, "out_refund", self.contact,
                                  refund.number)

    def test_print_draft_invoice_records_draft_invoice(self):
        """A draft invoice has no number yet: its display name stands for it."""
        invoice = self.create_invoice(validate=False)
        self.assert_print_records("account.report_invoice", invoice, "draft_invoice",
                                  self.contact, invoice.display_name)
        invoice.action_invoice_open()
        self.print_documents("account.report_invoice", invoice)
        self.assertEqual(self.entries_of(invoice).mapped("document_type"),
                         ["draft_invoice", "out_invoice"])

    def test_print_vendor_bill_and_credit_note_record_the_vendor(self):
        vendor = self.env["res.partner"].create({"name": "Print Test Vendor", "supplier": True})
        for kind in ("in_invoice", "in_refund"):
            bill = self.create_invoice(kind, partner=vendor)
            self.assert_print_records("account.report_invoice", bill, kind, vendor, bill.number)

    def test_print_canceled_invoice_records_nothing(self):
        invoice = self.create_invoice(validate=False)
        invoice.action_invoice_cancel()
        self.print_documents("account.report_invoice", invoice)
        self.assertFalse(self.entries_of(invoice))

    def test_invoice_print_button_records_on_render(self):
        invoice = self.create_invoice()
        action = invoice.invoice_print()
        self.assertFalse(self.entries_of(invoice), "the button only returns an action")
        report = self.Report._get_report_from_name(action["report_name"])
        report.render_qweb_pdf(action["context"]["active_ids"])
        self.assertEqual(len(self.entries_of(invoice)), 1)

    def test_print_links_saved_pdf_without_copying_it(self):
        invoice = self.create_invoice()
        pdf = self.saved_pdf(invoice, "account.report_invoice_with_payments")
        Attachment = self.env["ir.attachment"]
        domain = [("res_model", "=", "account.invoice"), ("res_id", "=", invoice.id)]
        attachments_before = Attachment.search_count(domain)
        self.print_documents("account.report_invoice_with_payments", invoice)
        self.print_documents("account.report_invoice", invoice)
        self.assertEqual(self.entries_of(invoice).mapped("attachment_id"), pdf)
        self.assertEqual(len(self.entries_of(invoice)), 2)
        self.assertEqual(Attachment.search_count(domain), attachments_before)

    def test_print_links_each_invoice_its_own_pdf(self):
        first, second, third = (self.create_invoice() for _i in range(3))
        first_pdf = self.saved_pdf(first, "account.report_invoice")
        second_pdf = self.saved_pdf(second, "account.report_invoice")
        self.print_documents("account.report_invoice", first | second | third)
        self.assertEqual(self.entries_of(first).attachment_id, first_pdf)
        self.assertEqual(self.entries_of(second).attachment_id, second_pdf)
        self.assertFalse(self.entries_of(third).attachment_id)

    def test_print_draft_invoice_links_no_attachment(self):
        """Odoo saves the PDF of open and paid invoices only."""
        invoice = self.create_invoice(validate=False)
        self.env["ir.attachment"].create({
            "name": "draft.pdf", "datas_fname": "draft.pdf", "res_model": "account.invoice",
            "res_id": invoice.id, "datas": base64.b64encode(b"%PDF-1.4 test"),
        })
        self.print_documents("account.report_invoice", invoice)
        self.assertFalse(self.entries_of(invoice).attachment_id)
