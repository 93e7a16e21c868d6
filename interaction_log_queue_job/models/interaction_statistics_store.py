# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, models
from odoo.exceptions import AccessError

from odoo.addons.queue_job.job import job


class InteractionStatisticsStore(models.AbstractModel):
    _inherit = "interaction.statistics.store"

    @api.model
    def _check_may_rebuild(self):
        if not self.env["interaction.log.entry"]._is_interaction_manager():
            raise AccessError(_("Only an Interactions manager can rebuild the interaction "
                                "statistics."))

    @job
    @api.model
    def _job_rebuild_statistics(self):
        """Rebuild the interaction statistics (background job)"""
        # the job runs as the manager who queued it: checked again
        self._check_may_rebuild()
        self._rebuild_statistics()
        return _("Interaction statistics rebuilt.")
