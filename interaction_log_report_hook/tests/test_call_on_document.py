# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import PrintCase


class TestCallOnDocument(PrintCase):
    """A call marked done on a quotation is a call with its customer, the
    quotation as source document."""

    def test_call_done_on_quotation_records_call_with_customer(self):
        self.env["interaction.template.setup"].create({
            "company_id": self.company.id, "document_type": "phone_call",
            "template_id": self.templates["email"].id})
        order = self.create_order()
        activity = self.env["mail.activity"].create({
            "res_model_id": self.env["ir.model"]._get("sale.order").id,
            "res_id": order.id,
            "activity_type_id": self.env.ref("mail.mail_activity_data_call").id,
            "summary": "Discuss the quotation",
        })
        activity.action_feedback("Wants a discount")
        entry = self.entries_of(order)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.partner_id, self.contact)
        self.assertEqual(entry.document_type, "phone_call")
        self.assertEqual(entry.note, "Wants a discount")
