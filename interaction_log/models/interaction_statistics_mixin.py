# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .interaction_statistics_store import ALL_TIME, period_from_strings


class InteractionStatisticsMixin(models.AbstractModel):
    """Number, cost and duration of the entries of a group or a template.

    Only entries that are not canceled count. Put ``interaction_date_from``
    and/or ``interaction_date_to`` (datetime strings, UTC) in the context to
    count only the entries of a period, like Business Central's date filter.
    """
    _name = "interaction.statistics.mixin"
    _description = "Interaction Statistics"
    #: field of interaction.log.entry that points to the inheriting model
    _interaction_entry_field = None

    interaction_count = fields.Integer(
        string="No. of Interactions", compute="_compute_interaction_statistics",
        help="Number of log entries that are not canceled (within the date "
             "filter, when one is set).")
    total_cost = fields.Float(
        string="Cost", compute="_compute_interaction_statistics",
        digits=0,
        help="Total cost of the log entries that are not canceled.")
    total_duration = fields.Float(
        string="Duration (Min.)", compute="_compute_interaction_statistics",
        help="Total duration in minutes of the log entries that are not canceled.")

    @api.multi
    def _compute_interaction_statistics(self):
        context = self.env.context
        statistics = {
            values["id"]: values for values in self.get_interaction_statistics(
                date_from=context.get("interaction_date_from"),
                date_to=context.get("interaction_date_to"))
        }
        for record in self:
            values = statistics.get(record.id, {})
            record.interaction_count = values.get("interaction_count", 0)
            record.total_cost = values.get("total_cost", 0.0)
            record.total_duration = values.get("total_duration", 0.0)

    @api.multi
    def get_interaction_statistics(self, date_from=None, date_to=None):
        """Return a list of ``{'id', 'interaction_count', 'total_cost',
        'total_duration'}``, one per record with entries (a list, not a dict
        keyed by id: XML-RPC only sends string keys).

        They are read from the maintained totals
        (``interaction.statistics.store``): as fast at 1M entries as at 10k;
        within dates (``date_to`` included), from the totals of the days
        inside and one index scan of the entries of each partial day.
        """
        Entry = self.env["interaction.log.entry"]
        real_ids = [record_id for record_id in self.ids if isinstance(record_id, int)]
        if not real_ids or not Entry.check_access_rights("read", raise_exception=False):
            return []
        totals = self.env["interaction.statistics.store"]._template_statistics(
            self._interaction_entry_field, real_ids,
            period_from_strings(date_from, date_to) or ALL_TIME)
        return [{"id": record_id, "interaction_count": count, "total_cost": cost,
                 "total_duration": duration}
                for record_id, (count, cost, duration) in sorted(totals.items())
                if count or cost or duration]

    @api.multi
    def action_view_interactions(self):
        """Open the entries of this record that the statistics count."""
        self.ensure_one()
        return self.env["interaction.log.entry"]._action_view_entries(
            [(self._interaction_entry_field, "=", self.id), ("postponed", "=", False)],
            {"search_default_not_canceled": 1})
