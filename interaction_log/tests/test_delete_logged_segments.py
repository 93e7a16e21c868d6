# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import SegmentCase


class TestDeleteLoggedSegments(SegmentCase):
    """Delete Logged Segments (managers): canceled logged segments are
    deleted, their entries kept and detached; one that is not canceled
    never is."""

    def setUp(self):
        super(TestDeleteLoggedSegments, self).setUp()
        self.canceled = self.create_segment(name="Segtest canceled mailing").action_log()
        self.canceled.action_switch_canceled()
        self.kept = self.create_segment(name="Segtest kept mailing").action_log()
        self.Wizard = self.env["interaction.logged.segment.delete.wizard"]

    def run_wizard(self, user, context=None, **values):
        wizard = self.Wizard.sudo(user).with_context(context or {}).create(values)
        wizard.action_delete()
        return wizard

    def test_menu_deletes_the_canceled_logged_segments_and_keeps_their_entries(self):
        entries, segment = self.canceled.entry_ids, self.canceled.segment_id
        wizard = self.run_wizard(self.manager, segment_id=segment.id)
        self.assertFields(wizard, state="done", deleted_count=1)
        self.assertFalse(self.canceled.exists())
        self.assertEqual(len(entries.exists()), 3)
        self.assertFalse(entries.mapped("logged_segment_id"))
        self.assertEqual(entries.mapped("segment_id"), segment)
        self.assertEqual(set(entries.mapped("canceled")), {True})

    def test_menu_never_deletes_a_logged_segment_that_is_not_canceled(self):
        self.run_wizard(self.manager)
        self.assertTrue(self.kept.exists())
        self.assertEqual(self.kept.entry_count, 3)

    def test_selected_logged_segment_not_canceled_is_refused(self):
        context = {"active_model": "interaction.logged.segment",
                   "active_ids": (self.canceled | self.kept).ids}
        with self.assertRaisesRegex(UserError, "is not canceled and cannot be deleted"):
            self.run_wizard(self.manager, context)
        self.assertTrue(self.canceled.exists())

    def test_selected_canceled_logged_segment_is_deleted(self):
        context = {"active_model": "interaction.logged.segment", "active_ids": self.canceled.ids}
        wizard = self.run_wizard(self.manager, context)
        self.assertEqual(wizard.deleted_count, 1)
        self.assertFalse(self.canceled.exists())

    def test_wizard_counts_what_it_will_delete(self):
        wizard = self.Wizard.sudo(self.manager).create({
            "date_to": "2000-01-01", "segment_id": self.canceled.segment_id.id})
        self.assertEqual(wizard.match_count, 0)
        wizard.date_to = False
        self.assertEqual(wizard.match_count, 1)

    def test_segment_of_deleted_loggings_can_be_deleted(self):
        segment = self.canceled.segment_id
        self.run_wizard(self.manager)
        segment.sudo(self.manager).unlink()
        self.assertFalse(segment.exists())

    def test_user_cannot_delete_logged_segments(self):
        with self.assertAccessRefused():
            self.run_wizard(self.user)
        self.assertTrue(self.canceled.exists())
