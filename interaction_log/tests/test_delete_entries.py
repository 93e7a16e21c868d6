# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import InteractionCase


class TestDeleteEntries(InteractionCase):
    """Only canceled entries are deleted; what the log refers to is
    archived, not deleted."""

    def test_entry_that_is_not_canceled_cannot_be_deleted(self):
        entry = self.log()
        for user in (self.env.user, self.manager):
            with self.subTest(user=user.login), self.assertRaisesRegex(
                    UserError, "Only canceled .* Cancel the entries first"):
                entry.sudo(user).unlink()
        self.assertTrue(entry.exists())

    def test_list_selection_with_one_entry_not_canceled_deletes_nothing(self):
        """The list's Delete action calls unlink on every selected entry."""
        entries = self.log(self.customer | self.contact | self.other_customer)
        entries[:2].action_switch_canceled()
        with self.assertRaisesRegex(UserError, "Cancel the entries first"):
            entries.sudo(self.manager).unlink()
        self.assertEqual(len(entries.exists()), 3)

    def test_contact_with_entries_even_canceled_cannot_be_deleted(self):
        entry = self.log(self.other_customer)
        for canceled in (False, True):
            with self.subTest(canceled=canceled), self.assertRaisesRegex(
                    UserError, "Other Interaction Customer.*has interaction log entries and "
                               "cannot be deleted.*[Aa]rchive"):
                self.other_customer.unlink()
            entry.action_switch_canceled()
        self.assertTrue(self.other_customer.exists())

    def test_company_whose_contacts_have_entries_cannot_be_deleted(self):
        self.log(self.contact)
        with self.assertRaisesRegex(UserError, "[Aa]rchive"):
            self.customer.unlink()
        self.assertTrue(self.customer.exists() and self.contact.exists())

    def test_contact_with_entries_is_archived_and_keeps_them(self):
        entry = self.log(self.other_customer)
        self.other_customer.active = False
        self.assertEqual(entry.partner_id, self.other_customer)
        self.assertTrue(entry.exists())

    def test_contact_without_entries_is_deleted(self):
        self.other_customer.unlink()
        self.assertFalse(self.other_customer.exists())
