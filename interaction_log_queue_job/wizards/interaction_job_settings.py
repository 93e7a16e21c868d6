# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..jobs import DELETE_THRESHOLD, JOB_SIZE, REBUILD_KEY, SEGMENT_THRESHOLD, \
    action_view_jobs, get_setting

#: field of the wizard -> setting
SETTINGS = {"segment_threshold": SEGMENT_THRESHOLD, "delete_threshold": DELETE_THRESHOLD,
            "job_size": JOB_SIZE}


class InteractionJobSettings(models.TransientModel):
    """Interactions > Configuration > Background Jobs: when long work goes
    to the job queue, and the rebuild of the statistics."""
    _name = "interaction.job.settings"
    _description = "Interactions: Background Jobs"

    segment_threshold = fields.Integer(
        string="Log Segments in the Background Above", required=True,
        default=lambda self: get_setting(self.env, SEGMENT_THRESHOLD),
        help="Log Segment and Send and Log run as background jobs for segments with more "
             "contacts than this; smaller segments are logged at once.")
    delete_threshold = fields.Integer(
        string="Delete Canceled in the Background Above", required=True,
        default=lambda self: get_setting(self.env, DELETE_THRESHOLD),
        help="Delete Canceled Entries runs as background jobs when more canceled entries "
             "than this match its filters.")
    job_size = fields.Integer(
        string="Contacts or Entries per Job", required=True,
        default=lambda self: get_setting(self.env, JOB_SIZE),
        help="How many contacts one job logs, or how many canceled entries it deletes.")

    @api.constrains("segment_threshold", "delete_threshold", "job_size")
    def _check_positive(self):
        for settings in self:
            if min(settings[name] for name in SETTINGS) < 1:
                raise ValidationError(_("Give the thresholds and the job size as numbers "
                                        "greater than 0."))

    @api.model
    def _check_manager(self):
        self.env["interaction.statistics.store"]._check_may_rebuild()

    @api.multi
    def action_save(self):
        self.ensure_one()
        self._check_manager()
        for name, (key, _default) in SETTINGS.items():
            # sudo: an Interactions manager (checked above) sets this
            # addon's own settings, plain numbers
            self.env["ir.config_parameter"].sudo().set_param(key, str(self[name]))
        return {"type": "ir.actions.act_window_close"}

    @api.multi
    def action_rebuild_statistics(self):
        """Queue a rebuild of the statistics (one at a time) and open it."""
        self._check_manager()
        self.env["interaction.statistics.store"].with_delay(
            description=_("Rebuild the interaction statistics"), identity_key=REBUILD_KEY,
        )._job_rebuild_statistics()
        return self.action_view_rebuild_jobs()

    @api.multi
    def action_view_rebuild_jobs(self):
        self._check_manager()
        return action_view_jobs(self.env, [("identity_key", "=", REBUILD_KEY)],
                                _("Rebuilds of the Interaction Statistics"))
