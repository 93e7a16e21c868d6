# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError

from .common_segment import SegmentCase


class TestBadInputSegments(SegmentCase):
    """Segments refuse what cannot be logged, with a message that says what
    to do, and log nothing."""

    def test_restoring_an_entry_of_a_canceled_logging_is_refused(self):
        logged = self.create_segment().action_log()
        logged.action_switch_canceled()
        entry = logged.entry_ids[0]
        with self.assertRaisesRegex(UserError, "Restore the logged segment"):
            entry.sudo(self.user).action_switch_canceled()
        wizard = self.env["interaction.switch.canceled.wizard"].sudo(self.user).create({
            "entry_ids": [(6, 0, entry.ids)]})
        with self.assertRaisesRegex(UserError, "Restore the logged segment"):
            wizard.action_confirm()
        self.assertTrue(all(logged.entry_ids.mapped("canceled")))

    def test_logging_an_empty_segment_is_refused(self):
        segment = self.create_segment(partner_ids=[(5, 0, 0)])
        with self.assertRaisesRegex(UserError, "has no active contact"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_logging_a_filter_matching_nobody_is_refused(self):
        segment = self.create_segment(contact_source="filter",
                                      domain="[('name', '=', 'Segtest nobody at all')]")
        with self.assertRaisesRegex(UserError, "matches no active contact"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_filter_that_is_not_a_valid_domain_is_refused(self):
        for domain in ("[('name', '=',", "42", "[('no_such_field', '=', 1)]",
                       "[('name', 'resembles', 'x')]", "__import__('os')"):
            with self.subTest(domain=domain), self.assertRaisesRegex(
                    ValidationError, "not a valid contact filter"):
                self.create_segment(contact_source="filter", domain=domain)

    def test_logging_a_segment_without_template_is_refused(self):
        segment = self.create_segment(template_id=False)
        with self.assertRaisesRegex(UserError, "Set an interaction template"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_logging_a_segment_twice_is_refused(self):
        segment = self.create_segment()
        segment.action_log()
        with self.assertRaisesRegex(UserError, "already been logged.*duplicate it"):
            segment.action_log()
        self.assertEqual(len(segment.logged_segment_ids), 1)

    def test_adding_contacts_to_a_logged_segment_is_refused(self):
        segment = self.create_segment()
        segment.action_log()
        wizard = self.env["interaction.segment.add.partners"].create({
            "segment_id": segment.id, "partner_ids": [(6, 0, self.shared_partner.ids)]})
        with self.assertRaisesRegex(UserError, "already been logged"):
            wizard.action_add_partners()
        self.assertNotIn(self.shared_partner, segment.partner_ids)

    def test_deleting_a_logged_segment_with_entries_is_refused(self):
        logged = self.create_segment().action_log()
        with self.assertRaisesRegex(UserError, "cancel it instead"):
            logged.unlink()
        self.assertTrue(logged.exists())
