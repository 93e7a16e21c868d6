# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import at_install, post_install

from odoo.addons.interaction_log.tests.common_conversations import ConversationCase


class OpportunityCase(ConversationCase):
    """An opportunity of the test company's customer contact, followed by
    nobody but its salesperson."""

    @classmethod
    def setUpFixtures(cls):
        super(OpportunityCase, cls).setUpFixtures()
        cls.lead = cls.env["crm.lead"].create({
            "name": "Warehouse shelving", "type": "opportunity",
            "partner_id": cls.contact.id, "company_id": cls.company.id,
        })

    def assert_shown_on_opportunity(self, entries, lead=None):
        """Each entry has the opportunity, and its Interactions button
        shows them."""
        lead = lead or self.lead
        self.assertTrue(entries)
        self.assertEqual(entries.mapped("opportunity_id"), lead)
        action = lead.action_view_interactions()
        self.assertEqual(self.Entry.search(action["domain"]) & entries, entries)
        lead.invalidate_cache()
        self.assertEqual(lead.interaction_count, len(entries))


class TestOpportunityInteractions(OpportunityCase):
    """Emails posted on an opportunity and calls done on it are its
    interactions."""

    def test_email_posted_on_opportunity_is_linked(self):
        message = self.lead.with_context(mail_notify_force_send=False).message_post(
            body="<p>Here is our offer</p>", subject="Our offer", message_type="comment",
            subtype="mail.mt_comment", partner_ids=self.contact.ids)
        entries = self.entries(mail_message_id=message.id)
        self.assertEqual(entries.mapped("partner_id"), self.contact)
        self.assert_shown_on_opportunity(entries)

    def test_email_posted_on_lead_is_linked(self):
        lead = self.env["crm.lead"].create({
            "name": "Shelving enquiry", "type": "lead", "partner_id": self.contact.id,
            "company_id": self.company.id})
        message = lead.with_context(mail_notify_force_send=False).message_post(
            body="<p>Thanks</p>", subject="Your enquiry", message_type="comment",
            subtype="mail.mt_comment", partner_ids=self.contact.ids)
        self.assert_shown_on_opportunity(self.entries(mail_message_id=message.id), lead)

    def test_call_done_on_opportunity_is_linked(self):
        activity = self.env["mail.activity"].create({
            "res_model_id": self.env["ir.model"]._get("crm.lead").id,
            "res_id": self.lead.id,
            "activity_type_id": self.env.ref("mail.mail_activity_data_call").id,
            "summary": "Discuss the offer",
        })
        activity.action_feedback("Wants a second quote")
        entries = self.entries(template_id=self.templates["phone_call"].id)
        self.assertEqual(entries.mapped("partner_id"), self.contact)
        self.assert_shown_on_opportunity(entries)


# the meeting is recorded by interaction_log_calendar, installed by itself
# with calendar, which need not be loaded before this addon
@at_install(False)
@post_install(True)
class TestOpportunityMeetings(OpportunityCase):
    """A meeting linked to an opportunity is its interaction."""

    def test_meeting_of_opportunity_is_linked(self):
        event = self.env["calendar.event"].create({
            "name": "Shelving demo", "start": "2026-12-10 09:00:00",
            "stop": "2026-12-10 10:00:00", "duration": 1.0,
            "partner_ids": [(6, 0, self.contact.ids)], "opportunity_id": self.lead.id,
        })
        entries = self.entries(document_ref="calendar.event,%d" % event.id)
        self.assertEqual(entries.mapped("partner_id"), self.contact)
        self.assert_shown_on_opportunity(entries)

    def test_attendee_added_to_opportunity_meeting_is_linked(self):
        event = self.env["calendar.event"].create({
            "name": "Shelving demo", "start": "2026-12-10 09:00:00",
            "stop": "2026-12-10 10:00:00", "duration": 1.0,
            "partner_ids": [(6, 0, self.contact.ids)], "opportunity_id": self.lead.id,
        })
        event.write({"partner_ids": [(4, self.customer.id)]})
        self.assert_shown_on_opportunity(
            self.entries(document_ref="calendar.event,%d" % event.id))

    def test_meeting_of_another_company_opportunity_records_without_it(self):
        other = self.env["res.company"].create({"name": "Other Interaction Company"})
        lead = self.env["crm.lead"].create({
            "name": "Elsewhere", "type": "opportunity", "company_id": other.id})
        event = self.env["calendar.event"].create({
            "name": "Shelving demo", "start": "2026-12-10 09:00:00",
            "stop": "2026-12-10 10:00:00", "duration": 1.0,
            "partner_ids": [(6, 0, self.contact.ids)], "opportunity_id": lead.id,
        })
        entries = self.entries(document_ref="calendar.event,%d" % event.id)
        self.assertEqual(entries.mapped("partner_id"), self.contact)
        self.assertFalse(entries.opportunity_id)
