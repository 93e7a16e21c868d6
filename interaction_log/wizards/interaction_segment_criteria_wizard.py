# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..models.interaction_segment_criteria import STEP_ACTIONS


class InteractionSegmentCriteriaWizard(models.TransientModel):
    """The criteria of a segment built in steps: Add, Reduce or Refine
    Contacts with a filter, Save Criteria under a name, Reuse Criteria."""
    _name = "interaction.segment.criteria.wizard"
    _description = "Segment Criteria"

    segment_id = fields.Many2one(
        "interaction.segment", string="Segment", required=True, ondelete="cascade")
    mode = fields.Selection(
        STEP_ACTIONS + [("save", "Save Criteria"), ("reuse", "Reuse Criteria")],
        required=True, default="add")
    domain = fields.Char(
        string="Contact Filter", default="[]",
        help="The contacts this step adds, removes or keeps.")
    name = fields.Char(string="Criteria Name", help="Name under which the steps are saved.")
    criteria_id = fields.Many2one(
        "interaction.segment.criteria", string="Saved Criteria",
        help="Its steps replace the steps of the segment.")

    @api.multi
    def action_apply(self):
        """Add the step, save or reuse the criteria; back to the segment."""
        self.ensure_one()
        segment = self.segment_id
        if self.mode == "save":
            if not (self.name or "").strip():
                raise UserError(_("Give the criteria a name to save them under."))
            segment._save_criteria(self.name.strip())
        elif self.mode == "reuse":
            if not self.criteria_id:
                raise UserError(_("Choose the saved criteria whose steps the segment reuses."))
            segment._reuse_criteria(self.criteria_id)
        else:
            segment._add_criteria_step(self.mode, self.domain)
        return {"type": "ir.actions.act_window_close"}
