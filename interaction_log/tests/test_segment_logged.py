# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

from odoo.exceptions import UserError

from .common import SegmentCase


class TestLoggedSegmentCancel(SegmentCase):
    """A logged segment is canceled and restored as a whole."""

    def setUp(self):
        super(TestLoggedSegmentCancel, self).setUp()
        self.segment = self.create_segment()
        self.logged = self.segment.action_log()

    def test_switch_canceled_twice_restores_all_entries(self):
        self.logged.entry_ids[0].action_switch_canceled()
        self.logged.action_switch_canceled()
        self.logged.action_switch_canceled()
        self.assertFalse(self.logged.canceled)
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {False})

    def switch_canceled_counting_writes(self):
        """Switch the logged segment; the size of each write of entries."""
        Entry = type(self.Entry)
        write = Entry.write
        calls = []

        def counting_write(records, vals):
            calls.append(len(records))
            return write(records, vals)

        with mock.patch.object(Entry, "write", counting_write):
            self.logged.action_switch_canceled()
        return calls

    def test_switch_canceled_writes_entries_once_per_batch(self):
        self.assertEqual(self.switch_canceled_counting_writes(), [3])
        with mock.patch.object(type(self.logged), "_switch_batch_size", 2):
            self.assertEqual(self.switch_canceled_counting_writes(), [2, 1])
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {False})

    def test_entry_cannot_be_restored_while_logged_segment_is_canceled(self):
        self.logged.action_switch_canceled()
        entry = self.logged.entry_ids[0]
        with self.assertRaisesRegex(UserError, "canceled logged segment.*Restore the logged"):
            entry.sudo(self.user).action_switch_canceled()
        with self.assertRaisesRegex(UserError, "canceled logged segment"):
            entry.write({"canceled": False})
        wizard = self.env["interaction.switch.canceled.wizard"].sudo(self.user).create({
            "entry_ids": [(6, 0, entry.ids)]})
        with self.assertRaisesRegex(UserError, "Restore the logged segment"):
            wizard.action_confirm()
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {True})

    def test_entry_of_logged_segment_can_be_canceled_and_restored_alone(self):
        self.assertSwitchCanceledTwice(self.logged.entry_ids[0])
        self.assertFalse(self.logged.canceled)

    def test_user_switch_canceled_cancels_all_entries(self):
        self.logged.sudo(self.user).action_switch_canceled()
        self.assertTrue(self.logged.canceled)
        self.assertEqual(set(self.logged.entry_ids.mapped("canceled")), {True})

    def test_user_without_group_cannot_switch_canceled(self):
        with self.assertAccessRefused():
            self.logged.sudo(self.user_plain).action_switch_canceled()
        self.assertFalse(self.logged.canceled)

    def test_logged_segment_with_entries_cannot_be_deleted(self):
        with self.assertRaisesRegex(UserError, "cancel it instead"):
            self.logged.sudo(self.manager).unlink()
        self.assertTrue(self.logged.exists())

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

    def test_logged_segment_cannot_be_deleted(self):
        with self.assertRaisesRegex(
                UserError, "has been logged.*cannot be deleted.*cancel its logged segment"):
            self.segment.sudo(self.manager).unlink()
        self.assertTrue(self.segment.exists())

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
