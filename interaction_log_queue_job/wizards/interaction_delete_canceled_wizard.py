# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..jobs import DELETE_THRESHOLD, JOB_SIZE, action_view_jobs, get_setting, jobs_domain, \
    origin_key


class InteractionDeleteCanceledWizard(models.TransientModel):
    """Delete Canceled above the threshold (a setting): the entries are
    deleted by background jobs, the wizard says how many were queued."""
    _inherit = "interaction.delete.canceled.wizard"

    state = fields.Selection(selection_add=[("queued", "Queued")])
    queued_count = fields.Integer(string="Entries to Delete in the Background", readonly=True)

    @api.multi
    def action_delete(self):
        self.ensure_one()
        if self.match_count <= get_setting(self.env, DELETE_THRESHOLD):
            return super(InteractionDeleteCanceledWizard, self).action_delete()
        Entry = self.env["interaction.log.entry"]
        # refused now, as the wizard refuses it, to a user who may not delete
        Entry.check_access_rights("unlink")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UserError(_("The start date is after the end date: correct the date "
                              "range."))
        entry_ids = Entry.search(self._entry_domain(), order="id").ids
        size = get_setting(self.env, JOB_SIZE)
        for start in range(0, len(entry_ids), size):
            chunk = entry_ids[start:start + size]
            Entry.with_delay(
                description=_("Delete canceled interaction log entries %(first)d to "
                              "%(last)d of %(total)d") % {
                    "first": start + 1, "last": start + len(chunk), "total": len(entry_ids)},
                identity_key=origin_key(self, start),
            )._job_delete_canceled(chunk)
        self.write({"state": "queued", "queued_count": len(entry_ids)})
        # the wizard again, saying what was queued
        action = self.env.ref(
            "interaction_log.action_interaction_delete_canceled_wizard").read()[0]
        action["res_id"] = self.id
        return action

    @api.multi
    def action_view_jobs(self):
        self.ensure_one()
        # the jobs of a deletion: for those who may delete entries
        self.env["interaction.log.entry"].check_access_rights("unlink")
        return action_view_jobs(self.env, jobs_domain(self),
                                _("Delete Canceled Interaction Log Entries"))
