# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import EntriesCase


class TestEvaluateWizard(EntriesCase):

    def evaluate(self, entries, evaluation, user=None):
        Wizard = self.env["interaction.evaluate.wizard"].with_context(
            active_model=self.Entry._name, active_ids=entries.ids)
        if user:
            Wizard = Wizard.sudo(user)
        return Wizard.create({"evaluation": evaluation}).action_confirm()

    def test_evaluate_sets_evaluation_of_selected_entries_only(self):
        self.evaluate(self.entries[:2], "very_positive", self.user)
        self.assertEqual(self.entries.mapped("evaluation"),
                         ["very_positive", "very_positive", False])

    def test_evaluate_without_selection_is_refused(self):
        with self.assertRaisesRegex(UserError, "Select the entries to evaluate"):
            self.evaluate(self.Entry, "positive", self.user)

    def test_evaluate_without_interaction_rights_is_refused(self):
        with self.assertAccessRefused():
            self.evaluate(self.entries, "negative", self.user_plain)
        self.assertEqual(self.entries.mapped("evaluation"), [False] * 3)
