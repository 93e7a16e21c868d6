# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import InteractionCase


class TestBadInputDeletion(InteractionCase):
    """What the log refers to is archived, not deleted; entries that are not
    canceled are never deleted, whatever the way."""

    def test_contact_with_entries_cannot_be_deleted(self):
        self.log(self.other_customer)
        with self.assertRaisesRegex(UserError, "Other Interaction Customer.*[Aa]rchive"):
            self.other_customer.unlink()
        self.assertTrue(self.other_customer.exists())

    def test_company_whose_contacts_have_entries_cannot_be_deleted(self):
        self.log(self.contact)
        with self.assertRaisesRegex(UserError, "[Aa]rchive"):
            self.customer.unlink()
        self.assertTrue(self.customer.exists() and self.contact.exists())

    def test_contact_with_canceled_entries_only_cannot_be_deleted(self):
        self.log(self.other_customer).action_switch_canceled()
        with self.assertRaisesRegex(UserError, "[Aa]rchive"):
            self.other_customer.unlink()

    def test_contact_with_entries_is_archived_and_keeps_them(self):
        entry = self.log(self.other_customer)
        self.other_customer.active = False
        self.assertEqual(entry.partner_id, self.other_customer)
        self.assertTrue(entry.exists())

    def test_contact_without_entries_is_deleted(self):
        self.other_customer.unlink()
        self.assertFalse(self.other_customer.exists())

    def test_entry_that_is_not_canceled_cannot_be_deleted(self):
        entry = self.log()
        with self.assertRaisesRegex(UserError, "Cancel the entries first"):
            entry.sudo(self.manager).unlink()
        self.assertTrue(entry.exists())

    def test_list_selection_with_one_entry_not_canceled_deletes_nothing(self):
        """The list's Delete action calls unlink on every selected entry."""
        entries = self.log(self.customer | self.contact | self.other_customer)
        entries[:2].action_switch_canceled()
        with self.assertRaisesRegex(UserError, "Cancel the entries first"):
            entries.sudo(self.manager).unlink()
        self.assertEqual(len(entries.exists()), 3)

    def test_delete_wizard_with_reversed_dates_is_refused(self):
        entry = self.log()
        entry.action_switch_canceled()
        wizard = self.env["interaction.delete.canceled.wizard"].create({
            "date_from": "2030-01-02", "date_to": "2030-01-01"})
        with self.assertRaisesRegex(UserError, "correct the date range"):
            wizard.action_delete()
        self.assertTrue(entry.exists())
