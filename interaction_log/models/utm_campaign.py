# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models, tools
from odoo.exceptions import UserError, ValidationError

CAMPAIGN_STATES = [
    ("planned", "Planned"),
    ("active", "Active"),
    ("done", "Done"),
]
#: what only Interactions users set on a campaign (the fields' groups)
CAMPAIGN_FIELDS = ("interaction_state", "date_start", "date_end")


class UtmCampaign(models.Model):
    """Campaign statistics of the interaction log (Business Central's
    campaign entries): entries, their cost and the inbound responses; the
    campaign's status and period, its targets and their responses."""
    _inherit = "utm.campaign"

    interaction_state = fields.Selection(
        CAMPAIGN_STATES, string="Status", default="planned", required=True, copy=False,
        groups="interaction_log.group_interaction_user",
        help="Planned: being prepared. Active: its entries of a Campaign Target template "
             "or segment are its targets, and the targets' inbound interactions within "
             "its period are its responses. Done: over, nothing new is counted.")
    date_start = fields.Date(
        string="Starting Date", groups="interaction_log.group_interaction_user",
        help="First day on which an inbound interaction of a target counts as a response.")
    date_end = fields.Date(
        string="Ending Date", groups="interaction_log.group_interaction_user",
        help="Last day on which an inbound interaction of a target counts as a response.")
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
    target_count = fields.Integer(
        string="Targets", compute="_compute_target_statistics",
        help="Contacts targeted by the campaign: their entries, not canceled, were "
             "recorded with a Campaign Target template or segment while it was active.")
    target_response_count = fields.Integer(
        string="Responding Targets", compute="_compute_target_statistics",
        help="Targeted contacts who answered: an inbound interaction, not canceled, "
             "within the campaign's period.")
    response_rate = fields.Float(
        string="Response Rate (%)", compute="_compute_target_statistics", digits=(16, 1),
        help="Responding targets out of the targets, in percent.")

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for campaign in self:
            if campaign.date_start and campaign.date_end \
                    and campaign.date_end < campaign.date_start:
                raise ValidationError(_(
                    "The campaign %s ends before it starts: choose an ending date on or "
                    "after the starting date.") % campaign.name)

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
    def _compute_target_statistics(self):
        """Distinct targeted and responding contacts per campaign: one
        query over the entries the user may read (their record rules)."""
        Entry = self.env["interaction.log.entry"]
        statistics = {}
        real_ids = [campaign_id for campaign_id in self.ids if isinstance(campaign_id, int)]
        if real_ids and Entry.check_access_rights("read", raise_exception=False):
            query = Entry._where_calc([
                ("campaign_id", "in", real_ids), ("canceled", "=", False),
                ("postponed", "=", False)])
            Entry._apply_ir_rules(query, "read")
            from_clause, where_clause, params = query.get_sql()
            self.env.cr.execute("""
                SELECT campaign_id,
                       COUNT(DISTINCT partner_id) FILTER (WHERE campaign_target),
                       COUNT(DISTINCT partner_id) FILTER (WHERE campaign_response)
                  FROM interaction_log_entry
                 WHERE id IN (SELECT interaction_log_entry.id FROM %s WHERE %s)
                 GROUP BY campaign_id""" % (from_clause, where_clause), params)
            statistics = {row[0]: row[1:] for row in self.env.cr.fetchall()}
        for campaign in self:
            targets, responses = statistics.get(campaign.id, (0, 0))
            campaign.target_count = targets
            campaign.target_response_count = responses
            campaign.response_rate = 100.0 * responses / targets if targets else 0.0

    @api.model
    def create(self, vals):
        # Odoo 11 checks a field's groups on read and write, not on create:
        # only Interactions users give a new campaign its status and period
        self.check_field_access_rights(
            "write", [name for name in CAMPAIGN_FIELDS if name in vals])
        campaign = super(UtmCampaign, self).create(vals)
        if vals.get("interaction_state") == "active":
            self.clear_caches()  # _interaction_active_campaigns, of every worker
        return campaign

    @api.multi
    def write(self, vals):
        result = super(UtmCampaign, self).write(vals)
        if set(CAMPAIGN_FIELDS) & set(vals):
            self.clear_caches()  # _interaction_active_campaigns, of every worker
        return result

    @api.multi
    def unlink(self):
        result = super(UtmCampaign, self).unlink()
        self.clear_caches()  # _interaction_active_campaigns, of every worker
        return result

    @api.multi
    def action_activate(self):
        """Activate the campaign: from now on, its entries of a Campaign
        Target template or segment are its targets."""
        return self._move_interaction_state("planned", "active", _(
            "Only a planned campaign can be activated: this campaign is already active "
            "or done."))

    @api.multi
    def action_done(self):
        """End the campaign: no new target nor response is counted."""
        return self._move_interaction_state("active", "done", _(
            "Only an active campaign can be set to done: activate it first."))

    @api.multi
    def _move_interaction_state(self, current, new, refusal):
        if self.filtered(lambda campaign: campaign.interaction_state != current):
            raise UserError(refusal)
        self.write({"interaction_state": new})
        return True

    @api.multi
    def action_view_interactions(self):
        """Open the campaign's entries in the campaign statistics pivot."""
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_campaign_statistics").read()[0]
        action["domain"] = [("campaign_id", "=", self.id), ("postponed", "=", False)]
        return action

    @api.multi
    def action_view_targets(self):
        """Open the entries that made the campaign's targets."""
        return self._campaign_entries_action(_("Campaign Targets"), "campaign_target")

    @api.multi
    def action_view_responses(self):
        """Open the entries that are the campaign's responses."""
        return self._campaign_entries_action(_("Campaign Responses"), "campaign_response")

    @api.multi
    def _campaign_entries_action(self, name, flag):
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_log_entry").read()[0]
        action.update(name=name, context={}, domain=[
            ("campaign_id", "=", self.id), (flag, "=", True), ("canceled", "=", False),
            ("postponed", "=", False)])
        return action

    @api.model
    @tools.ormcache()
    def _interaction_active_campaigns(self):
        """{campaign id: (starting date, ending date)} of the active
        campaigns: every recording asks it, cached in each worker (Odoo's
        ormcache) and dropped in all of them when a campaign is created,
        deleted or changes its status or dates."""
        self.env.cr.execute("SELECT id, date_start, date_end FROM utm_campaign "
                            "WHERE interaction_state = 'active'")
        # Odoo reads dates as strings (YYYY-MM-DD)
        return {row[0]: (row[1], row[2]) for row in self.env.cr.fetchall()}
