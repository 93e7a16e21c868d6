# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.interaction_log_report_hook.tests.common import PrintCase


class TestQuotationOpportunity(PrintCase):
    """A quotation made from an opportunity records its interactions on it."""

    @classmethod
    def setUpFixtures(cls):
        super(TestQuotationOpportunity, cls).setUpFixtures()
        cls.lead = cls.env["crm.lead"].create({
            "name": "Warehouse shelving", "type": "opportunity",
            "partner_id": cls.contact.id, "company_id": cls.company.id,
        })

    def test_printed_quotation_of_opportunity_is_linked(self):
        order = self.create_order(opportunity_id=self.lead.id)
        self.print_documents("sale.report_saleorder", order)
        entry = self.entries_of(order)
        self.assertEqual(entry.document_type, "sale_quote")
        self.assertEqual(entry.opportunity_id, self.lead)
        action = self.lead.action_view_interactions()
        self.assertEqual(self.Entry.search(action["domain"]), entry)
        self.assertEqual(self.lead.interaction_count, 1)

    def test_emailed_quotation_of_opportunity_is_linked(self):
        order = self.create_order(opportunity_id=self.lead.id)
        self.send_by_email(order)
        entry = self.entries_of(order)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.opportunity_id, self.lead)

    def test_quotation_without_opportunity_has_none(self):
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        self.assertFalse(self.entries_of(order).opportunity_id)
