# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.base.ir.ir_qweb.qweb import QWebException

from ..models import interaction_log_document
from .common import PrintCase, create_pdf_report


class TestBadInputPrint(PrintCase):
    """Documents that cannot be recorded print as before and record nothing."""

    def test_document_of_an_archived_contact_records_nothing_with_a_warning(self):
        order, other = self.create_order(), self.create_order()
        order.partner_id = self.env["res.partner"].create({"name": "Archived Print Contact"})
        order.partner_id.active = False
        with self.assertLogs(interaction_log_document.__name__, "WARNING") as logs:
            content, _type = self.print_documents("sale.report_saleorder", order | other)
        self.assertIn(order.name.encode(), content)
        self.assertFalse(self.entries_of(order))
        self.assertEqual(len(self.entries_of(other)), 1, "the other document is recorded")
        self.assertIn("is archived", logs.output[0])

    def test_document_of_another_company_contact_records_nothing_with_a_warning(self):
        company_b = self.env["res.company"].create({"name": "Bad Input Company B"})
        order = self.create_order(partner=self.env["res.partner"].create({
            "name": "Company B Contact", "company_id": company_b.id}))
        with self.assertLogs(interaction_log_document.__name__, "WARNING") as logs:
            content, _type = self.print_documents("sale.report_saleorder", order)
        self.assertIn(order.name.encode(), content)
        self.assertFalse(self.entries_of(order))
        self.assertIn("belongs to another company", logs.output[0])

    def test_report_of_a_model_that_is_no_document_records_nothing(self):
        report = create_pdf_report(self.env, "res.partner", "contact_card", "Contact card")
        Entry = self.env["interaction.log.entry"]
        before = Entry.search_count([])
        report.render_qweb_pdf(self.contact.ids)
        self.assertEqual(Entry.search_count([]), before)

    def test_print_of_a_deleted_document_records_nothing(self):
        order = self.create_order()
        order_id = order.id
        order.unlink()
        report = self.Report._get_report_from_name("sale.report_saleorder")
        # Odoo's own error for a missing record, raised by the report template
        with self.assertRaisesRegex(QWebException, "does not exist or has been deleted"):
            report.render_qweb_pdf([order_id])
        self.assertFalse(self.Entry.search([("document_ref", "=", "sale.order,%d" % order_id)]))
