# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class UtmCampaign(models.Model):
    """Campaign statistics of the interaction log (Business Central's
    campaign entries): entries, their cost and the inbound responses."""
    _inherit = "utm.campaign"

    interaction_count = fields.Integer(
        string="Interactions", compute="_compute_interaction_statistics",
        help="Interaction log entries of the campaign that are not canceled.")
    interaction_cost = fields.Float(
        compute="_compute_interaction_statistics", digits=0,
        help="Total cost of the campaign's interactions that are not canceled.")
    interaction_response_count = fields.Integer(
        string="Responses", compute="_compute_interaction_statistics",
        help="Inbound interactions of the campaign (the contact wrote, called or came "
             "back to us), canceled ones and failed attempts excluded.")

    @api.multi
    def _compute_interaction_statistics(self):
        """One read_group over the campaigns and the information flow."""
        Entry = self.env["interaction.log.entry"]
        statistics = {}
        real_ids = [campaign_id for campaign_id in self.ids if isinstance(campaign_id, int)]
        if real_ids and Entry.check_access_rights("read", raise_exception=False):
            groups = Entry.read_group(
                [("campaign_id", "in", real_ids), ("canceled", "=", False),
                 ("postponed", "=", False)],
                ["campaign_id", "information_flow", "attempt_failed", "cost"],
                ["campaign_id", "information_flow", "attempt_failed"], lazy=False)
            for group in groups:
                count, cost, responses = statistics.get(group["campaign_id"][0], (0, 0.0, 0))
                if group["information_flow"] == "inbound" and not group["attempt_failed"]:
                    responses += group["__count"]
                statistics[group["campaign_id"][0]] = (
                    count + group["__count"], cost + (group["cost"] or 0.0), responses)
        for campaign in self:
            count, cost, responses = statistics.get(campaign.id, (0, 0.0, 0))
            campaign.interaction_count = count
            campaign.interaction_cost = cost
            campaign.interaction_response_count = responses

    @api.multi
    def action_view_interactions(self):
        """Open the campaign's entries in the campaign statistics pivot."""
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_campaign_statistics").read()[0]
        action["domain"] = [("campaign_id", "=", self.id), ("postponed", "=", False)]
        return action
