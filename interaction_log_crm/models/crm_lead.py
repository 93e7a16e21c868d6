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
        Entry = self.env["interaction.log.entry"]
        counts = {}
        real_ids = [lead_id for lead_id in self.ids if isinstance(lead_id, int)]
        if real_ids and Entry.check_access_rights("read", raise_exception=False):
            groups = Entry.read_group(
                [("opportunity_id", "in", real_ids), ("canceled", "=", False),
                 ("postponed", "=", False)], ["opportunity_id"], ["opportunity_id"])
            counts = {group["opportunity_id"][0]: group["opportunity_id_count"]
                      for group in groups}
        for lead in self:
            lead.interaction_count = counts.get(lead.id, 0)

    @api.multi
    def action_view_interactions(self):
        """Open the entries of the opportunity."""
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_log_entry").read()[0]
        action["domain"] = [("opportunity_id", "=", self.id), ("postponed", "=", False)]
        action["context"] = {"search_default_not_canceled": 1}
        return action

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
