# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

from odoo.exceptions import AccessError, UserError

from .common_segment import SegmentCase


class TestLoggedSegmentCancel(SegmentCase):
    """A logged segment is canceled and restored as a whole."""

    def setUp(self):
        super(TestLoggedSegmentCancel, self).setUp()
        self.segment = self.create_segment()
        self.logged = self.segment.action_log()

    def test_switch_canceled_cancels_all_entries(self):
        self.logged.action_switch_canceled()
        self.assertTrue(self.logged.canceled)
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {True})

    def test_switch_canceled_twice_restores_all_entries(self):
        self.logged.entry_ids[0].action_switch_canceled()
        self.logged.action_switch_canceled()
        self.logged.action_switch_canceled()
        self.assertFalse(self.logged.canceled)
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {False})

    def test_switch_canceled_writes_entries_once(self):
        Entry = type(self.Entry)
        write = Entry.write
        calls = []

        def counting_write(records, vals):
            calls.append(len(records))
            return write(records, vals)

        with mock.patch.object(Entry, "write", counting_write):
            self.logged.action_switch_canceled()
        self.assertEqual(calls, [3])

    def test_switch_canceled_writes_in_batches(self):
        Entry = type(self.Entry)
        write = Entry.write
        calls = []

        def counting_write(records, vals):
            calls.append(len(records))
            return write(records, vals)

        with mock.patch.object(type(self.logged), "_switch_batch_size", 2), \
                mock.patch.object(Entry, "write", counting_write):
            self.logged.action_switch_canceled()
        self.assertEqual(calls, [2, 1])
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {True})

    def test_entry_cannot_be_restored_while_logged_segment_is_canceled(self):
        self.logged.action_switch_canceled()
        entry = self.logged.entry_ids[0]
        with self.assertRaisesRegex(UserError, "canceled logged segment.*Restore the logged"):
            entry.action_switch_canceled()
        with self.assertRaisesRegex(UserError, "canceled logged segment"):
            entry.write({"canceled": False})
        self.assertTrue(entry.canceled)

    def test_entry_of_logged_segment_can_be_canceled_and_restored_alone(self):
        entry = self.logged.entry_ids[0]
        entry.action_switch_canceled()
        self.assertTrue(entry.canceled)
        entry.action_switch_canceled()
        self.assertFalse(entry.canceled)

    def test_entry_without_logged_segment_can_be_restored(self):
        entry = self.Entry.log_interactions(self.partners[0], self.template)
        entry.action_switch_canceled()
        entry.action_switch_canceled()
        self.assertFalse(entry.canceled)

    def test_user_switches_canceled(self):
        self.logged.sudo(self.user).action_switch_canceled()
        self.assertTrue(self.logged.canceled)
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {True})

    def test_user_without_group_cannot_switch_canceled(self):
        with self.assertRaises(AccessError):
            self.logged.sudo(self.employee).action_switch_canceled()
        self.assertFalse(self.logged.canceled)

    def test_logged_segment_with_entries_cannot_be_deleted(self):
        with self.assertRaisesRegex(UserError, "cancel it instead"):
            self.logged.sudo(self.manager).unlink()

    def test_logged_segment_cannot_be_deleted_by_user(self):
        with self.assertRaises(AccessError):
            self.logged.sudo(self.user).unlink()

    def test_logged_segment_is_deleted_once_its_entries_are(self):
        self.logged.action_switch_canceled()
        self.logged.entry_ids.sudo(self.manager).unlink()
        self.logged.sudo(self.manager).unlink()
        self.assertFalse(self.logged.exists())


class TestLoggedSegmentFrozen(SegmentCase):
    """What a logged segment's entries were made from cannot be rewritten,
    through the ORM or RPC, by anyone: duplicate the segment instead."""

    def setUp(self):
        super(TestLoggedSegmentFrozen, self).setUp()
        self.segment = self.create_segment()
        self.logged = self.segment.action_log()

    def test_logged_segment_definition_cannot_be_written(self):
        changes = {
            "partner_ids": [(4, self.shared_partner.id)],
            "contact_source": "filter",
            "domain": "[('is_company', '=', True)]",
            "template_id": self.other_template.id,
            "company_id": self.other_company.id,
            "logged": False,
        }
        for name, value in changes.items():
            with self.subTest(field=name), self.assertRaisesRegex(UserError, "Duplicate"):
                self.segment.sudo(self.manager).write({name: value})
        self.assertTrue(self.segment.logged)

    def test_unlogged_segment_cannot_be_logged_twice(self):
        with self.assertRaises(UserError):
            self.segment.write({"logged": False})
        with self.assertRaisesRegex(UserError, "already been logged"):
            self.segment.action_log()
        self.assertEqual(len(self.segment.logged_segment_ids), 1)

    def test_logged_segment_can_be_renamed(self):
        self.segment.sudo(self.user).write({"name": "Renamed mailing"})
        self.assertEqual(self.segment.name, "Renamed mailing")

    def test_logged_segment_canceled_changes_only_with_switch_canceled(self):
        with self.assertRaisesRegex(UserError, "Switch Canceled"):
            self.logged.sudo(self.manager).write({"canceled": True})
        self.assertFalse(self.logged.canceled)
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {False})
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            self.logged.write({"template_id": self.other_template.id})
