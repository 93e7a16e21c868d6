# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import sql

from odoo import _, api, models

from odoo.addons.queue_job.job import job

#: one entry per contact and logging: a job run twice cannot record a
#: contact twice, even when two runs of it overlap
LOGGED_SEGMENT_PARTNER_INDEX = "interaction_log_entry_logged_segment_partner_uniq"


class InteractionLogEntry(models.Model):
    _inherit = "interaction.log.entry"

    @api.model_cr_context
    def init(self):
        result = super(InteractionLogEntry, self).init()
        self.env.cr.execute(sql.SQL(
            "CREATE UNIQUE INDEX IF NOT EXISTS {} ON interaction_log_entry "
            "(logged_segment_id, partner_id) WHERE logged_segment_id IS NOT NULL"
        ).format(sql.Identifier(LOGGED_SEGMENT_PARTNER_INDEX)))
        return result

    @job
    @api.model
    def _job_delete_canceled(self, entry_ids):
        """Delete canceled interaction log entries (background job)"""
        # the user's rights and rules apply, as in the wizard; an entry
        # deleted by an earlier run, or restored meanwhile, is left alone
        count = self._delete_canceled([("id", "in", list(entry_ids))])
        return _("%d canceled entries deleted.") % count
