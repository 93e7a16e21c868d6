# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError

from .common import InteractionCase


class TestDeleteEntries(InteractionCase):

    def test_unlink_uncanceled_entry_is_refused_for_superuser(self):
        entry = self.log()
        with self.assertRaisesRegex(UserError, "Cancel the entries first"):
            entry.unlink()
        self.assertTrue(entry.exists())

    def test_unlink_uncanceled_entry_is_refused_for_manager(self):
        entry = self.log()
        with self.assertRaises(UserError):
            entry.sudo(self.manager).unlink()

    def test_unlink_mixed_selection_is_refused_entirely(self):
        entries = self.log(self.customer | self.other_customer)
        entries[0].action_switch_canceled()
        with self.assertRaises(UserError):
            entries.unlink()
        self.assertEqual(len(entries.exists()), 2)

    def test_manager_deletes_canceled_entry(self):
        entry = self.log()
        entry.action_switch_canceled()
        entry.sudo(self.manager).unlink()
        self.assertFalse(entry.exists())

    def test_user_cannot_delete_canceled_entry(self):
        entry = self.log()
        entry.action_switch_canceled()
        with self.assertRaises(AccessError):
            entry.sudo(self.user).unlink()

    def test_partner_with_entries_cannot_be_deleted(self):
        self.log(self.other_customer)
        with self.assertRaisesRegex(UserError, "has interaction log entries and cannot be "
                                               "deleted"), self.env.cr.savepoint():
            self.other_customer.unlink()
