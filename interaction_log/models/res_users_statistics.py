# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models

MANAGER_GROUP = "interaction_log.group_interaction_manager"


class ResUsers(models.Model):
    """Business Central's salesperson statistics: the interactions of the
    entries whose salesperson is the user (neither canceled nor postponed).
    A user sees their own; Interactions managers everyone's. With
    ``interaction_date_from`` / ``interaction_date_to`` in the context, the
    figures of that period."""
    _inherit = "res.users"

    salesperson_interaction_count = fields.Integer(
        string="No. of Interactions", compute="_compute_salesperson_statistics",
        help="Number of interactions (neither canceled nor postponed) of the contacts "
             "this user is the salesperson of.")
    salesperson_interaction_cost = fields.Float(
        string="Cost of Interactions", compute="_compute_salesperson_statistics", digits=0,
        help="Total cost of the interactions of this salesperson.")
    salesperson_interaction_duration = fields.Float(
        string="Duration of Interactions (Min.)", compute="_compute_salesperson_statistics",
        help="Total duration in minutes of the interactions of this salesperson.")
    salesperson_last_interaction_date = fields.Datetime(
        string="Date of Last Interaction", compute="_compute_salesperson_statistics",
        help="Date of the latest interaction of this salesperson that is neither "
             "canceled nor a failed attempt.")
    salesperson_last_attempt_date = fields.Datetime(
        string="Last Date Attempted", compute="_compute_salesperson_statistics",
        help="Date of the latest interaction of this salesperson that is not canceled, "
             "failed attempts included.")

    @api.multi
    def _compute_salesperson_statistics(self):
        """One query for the users whose figures the current user may see:
        sums from the maintained totals, last dates from the index
        (salesperson_id, date)."""
        statistics = {}
        visible = self._salesperson_statistics_visible()
        if visible:
            # of the period of the context, if any (Statistics for a Period)
            statistics = self.env["interaction.statistics.store"]._salesperson_statistics(
                visible.ids)
        for user in self:
            count, cost, duration, last_interaction, last_attempt = statistics.get(
                user.id, (0, 0.0, 0.0, False, False))
            user.salesperson_interaction_count = count
            user.salesperson_interaction_cost = cost
            user.salesperson_interaction_duration = duration
            user.salesperson_last_interaction_date = last_interaction or False
            user.salesperson_last_attempt_date = last_attempt or False

    @api.multi
    def _salesperson_statistics_visible(self):
        """The users of ``self`` whose statistics the current user may see:
        their own with Interactions rights, everyone's as a manager."""
        users = self.filtered("id")
        if not users or not self.env["interaction.log.entry"].check_access_rights(
                "read", raise_exception=False):
            return self.browse()
        if self.env.user.has_group(MANAGER_GROUP):
            return users
        return users.filtered(lambda user: user.id == self.env.uid)

    @api.multi
    def action_view_salesperson_interactions(self):
        """Open the entries whose salesperson is this user, as the statistics
        count them (the entries' record rules apply)."""
        self.ensure_one()
        return self.env["interaction.log.entry"]._action_view_entries(
            [("salesperson_id", "=", self.id), ("postponed", "=", False)],
            {"search_default_not_canceled": 1, "create": False},
            name=_("Interactions of %s") % self.name)

    @api.model
    def _action_salesperson_statistics(self):
        """Interactions > Reporting > Salesperson Statistics: every internal
        user for a manager, one's own line otherwise."""
        action = self.env.ref("interaction_log.action_salesperson_statistics").read()[0]
        if not self.env.user.has_group(MANAGER_GROUP):
            action["domain"] = [("id", "=", self.env.uid)]
        return action
