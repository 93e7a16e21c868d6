# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import TransactionCase


class TestDemoConversations(TransactionCase):
    """The demo database shows an email, a reply and a call recorded by the
    real flows (chatter, mail gateway, activity marked done)."""

    def demo_entry(self, kind):
        return self.env["interaction.log.entry"].search([
            ("document_type", "=", kind), ("mail_message_id", "!=", False)], limit=1)

    def test_demo_email_and_its_reply_are_recorded_on_agrolait(self):
        agrolait = self.env.ref("base.res_partner_2")
        thomas = self.env.ref("base.res_partner_address_3")
        for kind in ("email", "email_inbound"):
            entry = self.demo_entry(kind)
            self.assertEqual(entry.partner_id, thomas, kind)
            self.assertEqual(entry.document_ref, agrolait, kind)

    def test_demo_call_is_recorded_with_its_feedback(self):
        entry = self.demo_entry("phone_call")
        self.assertEqual(entry.partner_id, self.env.ref("base.res_partner_address_15"))
        self.assertIn("200 chairs", entry.note)
