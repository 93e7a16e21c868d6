# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common_conversations import ConversationCase


class TestCallActivity(ConversationCase):
    """Marking a "Call" activity done records a phone call with the contact
    of its record, the feedback as the entry's notes."""

    def schedule(self, record, activity_type="mail.mail_activity_data_call", user=None):
        return self.env["mail.activity"].create({
            "res_model_id": self.env["ir.model"]._get(record._name).id,
            "res_id": record.id,
            "activity_type_id": self.env.ref(activity_type).id,
            "summary": "Follow up the offer",
            "user_id": (user or self.env.user).id,
        })

    def calls(self):
        return self.entries(template_id=self.templates["phone_call"].id)

    def test_call_done_records_phone_call_with_feedback(self):
        activity = self.schedule(self.contact)
        activity.action_feedback("Interested, call back next week.")
        entry = self.calls()
        self.assertEqual(len(entry), 1)
        self.assertFields(entry, partner_id=self.contact, template_id=self.templates["phone_call"],
                          note="Interested, call back next week.",
                          description="Follow up the offer")
        self.assertFalse(entry.document_ref, "the call was on the contact itself")
        self.assertTrue(entry.mail_message_id, "linked to the 'activity done' message")
        self.assertFalse(activity.exists())

    def test_other_activity_types_record_nothing(self):
        self.schedule(self.contact, "mail.mail_activity_data_todo").action_feedback("Done")
        self.assertFalse(self.calls())

    def test_call_done_by_user_without_interaction_rights_is_recorded(self):
        caller = self._create_user("il_caller", ["base.group_user", "base.group_partner_manager"])
        activity = self.schedule(self.contact, user=caller)
        activity.sudo(caller).action_feedback("No answer")
        entry = self.calls()
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.user_id, caller)
