# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import SegmentCase


class TestFollowUpSegment(SegmentCase):
    """Create Follow-up Segment on a logged segment: a new fixed-list
    segment of its contacts, all or only some."""

    def setUp(self):
        super(TestFollowUpSegment, self).setUp()
        self.segment = self.create_segment(name="Segtest spring mailing")
        self.logged = self.segment.action_log()
        self.entries = {entry.partner_id: entry for entry in self.logged.entry_ids}

    def follow_up(self, logged=None, **values):
        """Click Create Follow-up Segment, fill the wizard with ``values`` and
        create the segment; return the segment the action opens."""
        action = (logged or self.logged).action_create_follow_up_segment()
        wizard = self.env[action["res_model"]].sudo(
            (logged or self.logged).env.uid).with_context(action["context"]).create(values)
        result = wizard.action_create_segment()
        self.assertEqual((result["res_model"], result["view_mode"]),
                         ("interaction.segment", "form"))
        return self.Segment.browse(result["res_id"])

    def test_follow_up_of_all_contacts(self):
        follow_up = self.follow_up()
        self.assertFields(follow_up, name="Follow-up: Segtest spring mailing",
                          contact_source="list", template_id=self.template,
                          company_id=self.company, logged=False)
        self.assertEqual(follow_up.partner_ids, self.partners)

    def test_follow_up_of_contacts_with_an_evaluation(self):
        self.entries[self.partners[1]].evaluation = "negative"
        follow_up = self.follow_up(contacts="evaluation", evaluation="negative",
                                   name="Segtest unhappy")
        self.assertEqual(follow_up.partner_ids, self.partners[1])
        self.assertEqual(follow_up.name, "Segtest unhappy")

    def test_follow_up_of_failed_attempts(self):
        self.entries[self.partners[2]].attempt_failed = True
        follow_up = self.follow_up(contacts="attempt_failed")
        self.assertEqual(follow_up.partner_ids, self.partners[2])

    def test_follow_up_of_contacts_without_response(self):
        self.log(self.partners[0], self.template_call, description="Answer to the mailing")
        self.log(self.partners[1], self.template_call, date="2020-01-01 10:00:00",
                 description="A call long before the mailing")
        follow_up = self.follow_up(contacts="no_response")
        self.assertEqual(follow_up.partner_ids, self.partners[1:])

    def test_canceled_response_is_no_response(self):
        response = self.log(self.partners[0], self.template_call)
        response.action_switch_canceled()
        follow_up = self.follow_up(contacts="no_response")
        self.assertEqual(follow_up.partner_ids, self.partners)

    def test_canceled_entries_are_left_out(self):
        self.entries[self.partners[0]].action_switch_canceled()
        follow_up = self.follow_up()
        self.assertEqual(follow_up.partner_ids, self.partners[1:])

    def test_follow_up_without_matching_contact_says_so(self):
        with self.assertRaisesRegex(UserError, "No contact of the logged segment"):
            self.follow_up(contacts="attempt_failed")
        self.assertFalse(self.Segment.search([("name", "=like", "Follow-up: Segtest%")]))

    def test_user_creates_a_follow_up_segment(self):
        follow_up = self.follow_up(logged=self.logged.sudo(self.user))
        self.assertEqual(follow_up.create_uid, self.user)
        self.assertEqual(follow_up.partner_ids, self.partners)

    def test_user_without_group_cannot_create_a_follow_up(self):
        with self.assertAccessRefused():
            self.logged.sudo(self.user_plain).action_create_follow_up_segment()
