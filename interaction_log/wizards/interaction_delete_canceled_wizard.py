# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError


def canceled_within(date_from, date_to):
    """Domain of the canceled records (entries, logged segments) whose
    ``date`` falls within the days ``date_from`` to ``date_to`` (either may
    be empty; the user's days, in UTC): the filters of the Delete wizards."""
    domain = [("canceled", "=", True)]
    if date_from:
        domain.append(("date", ">=", date_from + " 00:00:00"))
    if date_to:
        next_day = fields.Date.from_string(date_to) + timedelta(days=1)
        domain.append(("date", "<", fields.Date.to_string(next_day) + " 00:00:00"))
    return domain


def check_date_range(date_from, date_to):
    if date_from and date_to and date_from > date_to:
        raise UserError(_("The start date is after the end date: correct the date range."))


class InteractionDeleteCanceledWizard(models.TransientModel):
    """Delete Canceled Interaction Log Entries: removes the canceled entries
    matching the filters, never an entry that is not canceled."""
    _name = "interaction.delete.canceled.wizard"
    _description = "Delete Canceled Interaction Log Entries"

    date_from = fields.Date(
        string="From", help="Delete canceled entries dated on or after this day.")
    date_to = fields.Date(
        string="To", help="Delete canceled entries dated on or before this day.")
    partner_id = fields.Many2one(
        "res.partner", string="Contact",
        help="Only entries of this contact and of its contacts.")
    template_id = fields.Many2one("interaction.template", string="Interaction Template")
    group_id = fields.Many2one("interaction.group", string="Interaction Group")
    user_id = fields.Many2one(
        "res.users", string="Recorded By", help="Only entries recorded by this user.")
    match_count = fields.Integer(
        string="Canceled Entries Found", compute="_compute_match_count",
        help="Canceled entries that match the filters and will be deleted.")
    state = fields.Selection([("draft", "Filters"), ("done", "Done")], default="draft")
    deleted_count = fields.Integer(string="Deleted Entries", readonly=True)

    @api.depends("date_from", "date_to", "partner_id", "template_id", "group_id", "user_id")
    def _compute_match_count(self):
        Entry = self.env["interaction.log.entry"]
        for wizard in self:
            wizard.match_count = Entry.search_count(wizard._entry_domain())

    def _entry_domain(self):
        """Canceled entries matching the filters (dates are the user's days, in UTC)."""
        domain = canceled_within(self.date_from, self.date_to)
        if self.partner_id:
            domain.append(("partner_id", "child_of", self.partner_id.id))
        for name in ("template_id", "group_id", "user_id"):
            if self[name]:
                domain.append((name, "=", self[name].id))
        return domain

    @api.multi
    def action_delete(self):
        self.ensure_one()
        check_date_range(self.date_from, self.date_to)
        count = self.env["interaction.log.entry"]._delete_canceled(self._entry_domain())
        self.write({"state": "done", "deleted_count": count})
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "name": _("Delete Canceled Interaction Log Entries"),
        }
