# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models

from .interaction_delete_canceled_wizard import canceled_within, check_date_range


class InteractionLoggedSegmentDeleteWizard(models.TransientModel):
    """Delete Logged Segments (Business Central's report 5191): deletes
    canceled logged segments, the selected ones or those matching the
    filters; their entries are kept, detached. A logged segment that is not
    canceled is never deleted."""
    _name = "interaction.logged.segment.delete.wizard"
    _description = "Delete Logged Segments"

    logged_segment_ids = fields.Many2many(
        "interaction.logged.segment", "interaction_logged_segment_delete_wizard_rel",
        "wizard_id", "logged_segment_id", string="Selected Logged Segments",
        default=lambda self: self._default_logged_segment_ids(),
        help="The logged segments selected in the list: all must be canceled. Empty: the "
             "canceled logged segments matching the filters.")
    date_from = fields.Date(
        string="From", help="Delete canceled logged segments logged on or after this day.")
    date_to = fields.Date(
        string="To", help="Delete canceled logged segments logged on or before this day.")
    segment_id = fields.Many2one(
        "interaction.segment", string="Segment",
        help="Only the canceled loggings of this segment.")
    match_count = fields.Integer(
        string="Logged Segments Found", compute="_compute_match_count",
        help="Canceled logged segments that match and will be deleted.")
    state = fields.Selection([("draft", "Filters"), ("done", "Done")], default="draft")
    deleted_count = fields.Integer(string="Deleted Logged Segments", readonly=True)

    @api.model
    def _default_logged_segment_ids(self):
        if self.env.context.get("active_model") == "interaction.logged.segment":
            return [(6, 0, self.env.context.get("active_ids") or [])]
        return []

    @api.depends("logged_segment_ids", "date_from", "date_to", "segment_id")
    def _compute_match_count(self):
        LoggedSegment = self.env["interaction.logged.segment"]
        for wizard in self:
            wizard.match_count = LoggedSegment.search_count(wizard._logged_segment_domain())

    def _logged_segment_domain(self):
        """The canceled logged segments to delete: the selected ones, or
        those matching the filters (dates are the user's days, in UTC)."""
        if self.logged_segment_ids:
            return [("canceled", "=", True), ("id", "in", self.logged_segment_ids.ids)]
        domain = canceled_within(self.date_from, self.date_to)
        if self.segment_id:
            domain.append(("segment_id", "=", self.segment_id.id))
        return domain

    @api.multi
    def action_delete(self):
        self.ensure_one()
        LoggedSegment = self.env["interaction.logged.segment"]
        LoggedSegment.check_access_rights("unlink")
        check_date_range(self.date_from, self.date_to)
        if self.logged_segment_ids:
            # the selection: refused as a whole when one is not canceled
            count = len(self.logged_segment_ids)
            self.logged_segment_ids.unlink()
        else:
            count = LoggedSegment._delete_canceled(self._logged_segment_domain())
        self.write({"state": "done", "deleted_count": count})
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "name": _("Delete Logged Segments"),
        }
