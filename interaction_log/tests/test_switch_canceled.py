# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import EntriesCase


class TestSwitchCanceled(EntriesCase):

    def test_switch_cancels_entries_and_switching_again_restores_them(self):
        self.assertSwitchCanceledTwice(self.entries)

    def test_switch_takes_opposite_of_first_entry(self):
        self.entries[1].canceled = True
        self.entries.action_switch_canceled()
        self.assertEqual(self.entries.mapped("canceled"), [True, True, True])
        self.entries[1].canceled = False
        self.entries.action_switch_canceled()
        self.assertEqual(self.entries.mapped("canceled"), [False, False, False])

    def test_switch_wizard_confirms_for_selected_entries(self):
        wizard = self.env["interaction.switch.canceled.wizard"].sudo(self.user).with_context(
            active_model="interaction.log.entry", active_ids=self.entries[:2].ids).create({})
        self.assertTrue(wizard.will_cancel)
        self.assertIn("2 entries will be canceled", wizard.message)
        wizard.action_confirm()
        self.assertEqual(self.entries.mapped("canceled"), [True, True, False])

    def test_switch_wizard_announces_restore(self):
        self.entries.action_switch_canceled()
        wizard = self.env["interaction.switch.canceled.wizard"].with_context(
            active_model="interaction.log.entry", active_ids=self.entries.ids).create({})
        self.assertFalse(wizard.will_cancel)
        self.assertIn("3 entries will be restored", wizard.message)

    def test_switch_wizard_speaks_of_one_entry_in_the_singular(self):
        wizard = self.env["interaction.switch.canceled.wizard"].with_context(
            active_model="interaction.log.entry", active_ids=self.entries[:1].ids).create({})
        self.assertEqual(wizard.message, "The entry will be canceled: it is no longer "
                                         "counted and can then be deleted.")
