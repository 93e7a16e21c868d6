# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CrmLead(models.Model):
    _inherit = "crm.lead"

    interaction_count = fields.Integer(
        string="Interactions", compute="_compute_interaction_count",
        help="Interaction log entries of the opportunity that are not canceled.")

    @api.multi
    def _compute_interaction_count(self):
        counts = self.env["interaction.log.entry"]._count_by(
            "opportunity_id", self.ids, [("canceled", "=", False), ("postponed", "=", False)])
        for lead in self:
            lead.interaction_count = counts.get(lead.id, 0)

    @api.multi
    def action_view_interactions(self):
        """Open the entries of the opportunity."""
        self.ensure_one()
        return self.env["interaction.log.entry"]._action_view_entries(
            [("opportunity_id", "=", self.id), ("postponed", "=", False)],
            {"search_default_not_canceled": 1})

    @api.multi
    def action_create_interaction(self):
        """Open Create Interaction for the opportunity's contact; the entry
        is linked to the opportunity."""
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_create_wizard").read()[0]
        action["context"] = {
            "default_partner_id": self.partner_id.id,
            "default_opportunity_id": self.id,
        }
        return action

    def _interaction_log_row_values(self):
        """Emails posted on a lead or an opportunity and calls done on it
        record their entries on it."""
        values = super(CrmLead, self)._interaction_log_row_values()
        if len(self) == 1:
            values["opportunity_id"] = self.id
        return values
