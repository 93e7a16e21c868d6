# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import InteractionCase, create_mail_template


class TestEmailOptOut(InteractionCase):
    """A contact who opted out gets no email from any delivery: Send and
    Log skips them (test_segment_delivery), Create Interaction refuses."""

    def test_create_interaction_refuses_to_email_an_opted_out_contact(self):
        self.contact.write({"email": "contact@example.com", "opt_out": True})
        self.template.mail_template_id = create_mail_template(self.env)
        Wizard = self.env["interaction.create.wizard"].sudo(self.user).with_context(
            active_model="res.partner", active_id=self.contact.id)
        wizard = Wizard.create({"partner_id": self.contact.id, "template_id": self.template.id,
                                "description": "Spring offer", "correspondence_type": "email",
                                "mail_template_id": self.template.mail_template_id.id})
        with self.assertRaisesRegex(UserError, "Interaction Contact opted out of emails"):
            wizard.action_create()
        self.assertFalse(self.Entry.search([("partner_id", "=", self.contact.id)]))
        self.assertFalse(self.env["mail.mail"].search(
            [("recipient_ids", "in", self.contact.ids)]))
