# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from .interaction_create_wizard import activity_deadline


class InteractionScheduleActivityWizard(models.TransientModel):
    """Plan one activity on each selected entry (Business Central's "Create
    Task"): the activity shows in the entry's chatter and in the assigned
    user's activities, and opens the entry."""
    _name = "interaction.schedule.activity.wizard"
    _inherit = "interaction.entry.selection"
    _description = "Schedule Activity on Interactions"

    activity_type_id = fields.Many2one(
        "mail.activity.type", string="Activity Type", required=True,
        domain="['|', ('res_model_id', '=', False), "
               "('res_model_id.model', '=', 'interaction.log.entry')]")
    summary = fields.Char()
    date_deadline = fields.Date(
        string="Due Date", required=True, default=fields.Date.context_today)
    user_id = fields.Many2one(
        "res.users", string="Assigned to", required=True,
        default=lambda self: self.env.user)
    note = fields.Html()

    @api.onchange("activity_type_id")
    def _onchange_activity_type_id(self):
        activity_type = self.activity_type_id
        if activity_type:
            self.summary = self.summary or activity_type.summary
            self.date_deadline = activity_deadline(self, activity_type)

    @api.multi
    def action_confirm(self):
        """Create the activities, one per entry."""
        entries = self._selected_entries(_("plan an activity on"))
        if entries.filtered("canceled"):
            raise UserError(_("Canceled entries cannot get activities: restore them or "
                              "remove them from the selection."))
        # sudo: the id of a model, which any user may know
        model = self.env["ir.model"].sudo()._get("interaction.log.entry")
        for entry in entries:
            self.env["mail.activity"].create({
                "res_model_id": model.id,
                "res_id": entry.id,
                "activity_type_id": self.activity_type_id.id,
                "summary": self.summary,
                "note": self.note,
                "date_deadline": self.date_deadline,
                "user_id": self.user_id.id,
            })
        return {"type": "ir.actions.act_window_close"}
