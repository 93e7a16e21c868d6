# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.interaction_log.tests.common_conversations import ConversationCase


class TestMeeting(ConversationCase):
    """A calendar meeting records one meeting entry per outside attendee;
    moving it records nothing new, deleting or archiving it cancels them."""

    def create_meeting(self, attendees, **values):
        return self.env["calendar.event"].create(dict({
            "name": "Golf day",
            "start": "2026-12-10 09:00:00",
            "stop": "2026-12-10 11:00:00",
            "duration": 2.0,
            "partner_ids": [(6, 0, attendees.ids)],
        }, **values))

    def meetings(self, event):
        return self.entries(document_ref="calendar.event,%d" % event.id)

    def test_meeting_records_one_entry_per_outside_attendee(self):
        event = self.create_meeting(self.contact | self.other_customer | self.user.partner_id)
        entries = self.meetings(event)
        self.assertEqual(entries.mapped("partner_id"), self.contact | self.other_customer,
                         "internal users get no entry")
        for entry in entries:
            self.assertEqual(entry.template_id, self.templates["meeting"])
            self.assertEqual(entry.document_type, "meeting")
            self.assertEqual(entry.description, "Golf day")
            self.assertEqual(entry.date, "2026-12-10 09:00:00")
            self.assertEqual(entry.duration, 120.0)
            self.assertFalse(entry.canceled)

    def test_moving_meeting_does_not_duplicate(self):
        event = self.create_meeting(self.contact)
        event.write({"start": "2026-12-11 09:00:00", "stop": "2026-12-11 11:00:00"})
        self.assertEqual(len(self.meetings(event)), 1)

    def test_new_attendee_gets_an_entry(self):
        event = self.create_meeting(self.contact)
        event.write({"partner_ids": [(4, self.other_customer.id)]})
        self.assertEqual(self.meetings(event).mapped("partner_id"),
                         self.contact | self.other_customer)

    def test_deleting_meeting_cancels_its_entries(self):
        event = self.create_meeting(self.contact | self.other_customer)
        entries = self.meetings(event)
        event.unlink()
        self.assertEqual(entries.mapped("canceled"), [True, True])

    def test_archiving_meeting_cancels_and_restoring_restores(self):
        event = self.create_meeting(self.contact)
        entry = self.meetings(event)
        event.write({"active": False})
        self.assertTrue(entry.canceled)
        event.write({"active": True})
        self.assertFalse(entry.canceled)

    def test_meeting_by_user_without_interaction_rights_is_recorded(self):
        organizer = self._create_user("il_organizer", ["base.group_user"])
        event = self.env["calendar.event"].sudo(organizer).create({
            "name": "Visit", "start": "2026-12-10 09:00:00", "stop": "2026-12-10 10:00:00",
            "duration": 1.0, "partner_ids": [(6, 0, self.contact.ids)]})
        entry = self.meetings(event)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.user_id, organizer)

    def test_demo_meeting_is_recorded(self):
        event = self.env.ref("interaction_log_calendar.demo_event_agrolait_visit")
        entry = self.env["interaction.log.entry"].search(
            [("document_ref", "=", "calendar.event,%d" % event.id)])
        self.assertEqual(entry.partner_id, self.env.ref("base.res_partner_address_3"),
                         "the outside attendee, not our demo user")
