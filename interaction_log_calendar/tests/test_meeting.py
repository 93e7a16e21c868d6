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

    def create_series(self, attendees):
        """A weekly meeting on Thursdays, three times."""
        return self.create_meeting(attendees, recurrency=True, rrule_type="weekly",
                                   interval=1, end_type="count", count=3, th=True)

    def occurrences(self, event):
        """The occurrences of the series, with the virtual ids the calendar
        view reads them with."""
        return self.Event.search([("name", "=", event.name), ("start", ">=", "2026-12-01"),
                                  ("start", "<", "2027-02-01")], order="start")

    def meetings(self, event):
        return self.entries(document_ref="calendar.event,%d" % event.id)

    def meetings_of_series(self, event):
        """The meeting entries of the series and of its detached occurrences."""
        events = event | self.Event.with_context(active_test=False).search(
            [("recurrent_id", "=", event.id)])
        self.Entry.invalidate_cache()
        return self.Entry.search([
            ("document_ref", "in", ["calendar.event,%d" % one.id for one in events])],
            order="partner_id, id")

    @staticmethod
    def live(entries):
        return entries.filtered(lambda entry: not entry.canceled)

    @property
    def Event(self):
        return self.env["calendar.event"]

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

    def test_new_attendee_of_a_series_gets_one_entry(self):
        event = self.create_series(self.contact)
        self.occurrences(event)[1].write({"partner_ids": [(4, self.other_customer.id)]})
        self.assertEqual(self.meetings(event).mapped("partner_id"),
                         self.contact | self.other_customer)
        self.assertEqual(self.meetings_of_series(event), self.meetings(event))

    def test_removed_attendee_entry_is_canceled(self):
        event = self.create_meeting(self.contact | self.other_customer)
        event.write({"partner_ids": [(3, self.other_customer.id)]})
        self.assertEqual(self.live(self.meetings(event)).mapped("partner_id"), self.contact)

    def test_attendees_replaced_cancel_the_removed_ones(self):
        event = self.create_meeting(self.contact | self.other_customer)
        event.write({"partner_ids": [(6, 0, (self.contact | self.customer).ids)]})
        self.assertEqual(self.live(self.meetings(event)).mapped("partner_id"),
                         self.contact | self.customer)

    def test_restoring_meeting_keeps_removed_attendee_canceled(self):
        event = self.create_meeting(self.contact | self.other_customer)
        event.write({"partner_ids": [(3, self.other_customer.id)]})
        event.write({"active": False})
        event.write({"active": True})
        self.assertEqual(self.live(self.meetings(event)).mapped("partner_id"), self.contact)

    def test_series_records_one_entry_per_attendee(self):
        event = self.create_series(self.contact | self.other_customer)
        self.assertEqual(len(self.occurrences(event)), 3)
        self.assertEqual(self.meetings_of_series(event).mapped("partner_id"),
                         self.contact | self.other_customer)

    def test_moving_one_occurrence_does_not_duplicate(self):
        event = self.create_series(self.contact | self.other_customer)
        self.occurrences(event)[1].write({
            "start": "2026-12-18 14:00:00", "stop": "2026-12-18 16:00:00"})
        entries = self.meetings_of_series(event)
        self.assertEqual(entries.mapped("partner_id"), self.contact | self.other_customer)
        self.assertEqual(entries.mapped("canceled"), [False, False])

    def test_deleting_one_occurrence_keeps_the_series_entries(self):
        event = self.create_series(self.contact | self.other_customer)
        self.occurrences(event)[1].unlink()
        self.assertEqual(len(self.occurrences(event)), 2, "the occurrence is deleted")
        entries = self.meetings_of_series(event)
        self.assertEqual(entries.mapped("partner_id"), self.contact | self.other_customer,
                         "no entry for the copy Odoo keeps of the deleted occurrence")
        self.assertEqual(entries.mapped("canceled"), [False, False])

    def test_deleting_occurrence_cancels_only_its_own_attendee(self):
        event = self.create_series(self.contact)
        occurrence = self.occurrences(event)[1]
        occurrence.write({"start": "2026-12-18 14:00:00", "stop": "2026-12-18 16:00:00"})
        moved = self.Event.search([("recurrent_id", "=", event.id)])
        moved.write({"partner_ids": [(4, self.other_customer.id)]})
        moved.unlink()
        entries = self.meetings_of_series(event)
        self.assertEqual([(entry.partner_id, entry.canceled) for entry in entries],
                         [(self.contact, False), (self.other_customer, True)],
                         "the series' entry stays, the occurrence's own is canceled")

    def test_deleting_series_cancels_its_entries(self):
        event = self.create_series(self.contact)
        event.unlink()
        self.assertEqual(self.meetings(event).mapped("canceled"), [True])

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
