# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models

from ..models.interaction_selections import EVALUATIONS


class InteractionEvaluateWizard(models.TransientModel):
    """Set the evaluation of the entries selected in the entries list (e.g.
    after a mailing, mark the positive answers at once). Each entry's chatter
    records the change."""
    _name = "interaction.evaluate.wizard"
    _inherit = "interaction.entry.selection"
    _description = "Evaluate Interactions"

    evaluation = fields.Selection(
        EVALUATIONS, required=True, help="Evaluation given to every selected entry.")

    @api.multi
    def action_confirm(self):
        self._selected_entries(_("evaluate")).write({"evaluation": self.evaluation})
        return {"type": "ir.actions.act_window_close"}
