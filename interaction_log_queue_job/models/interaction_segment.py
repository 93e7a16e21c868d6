# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..jobs import JOB_SIZE, SEGMENT_THRESHOLD, get_setting


class InteractionSegment(models.Model):
    """Log Segment and Send and Log of a segment with more contacts than
    the threshold (a setting) return at once: the entries are recorded by
    background jobs, and the segment shows their progress."""
    _inherit = "interaction.segment"

    logging_progress = fields.Char(
        string="Background Logging Progress", compute="_compute_logging_progress",
        help="Contacts logged so far by the background logging of the segment.")
    logging_job_state = fields.Selection(
        [("running", "Logging in progress"), ("failed", "Failed"), ("done", "Done")],
        string="Background Logging", compute="_compute_logging_progress")
    logging_job_count = fields.Integer(string="Jobs", compute="_compute_logging_progress")

    def _compute_logging_progress(self):
        for segment in self:
            background = segment._background_logging()
            segment.logging_progress = background.progress if background else False
            segment.logging_job_state = background.job_state
            segment.logging_job_count = background.job_count

    @api.multi
    def action_view_jobs(self):
        self.ensure_one()
        self.check_access_rights("read")
        self.check_access_rule("read")
        background = self._background_logging()
        if not background:
            raise UserError(_("The segment \"%s\" was not logged in the background: it has "
                              "no jobs. Its entries are on the Entries button.") % self.name)
        return background.action_view_jobs()

    def _background_logging(self):
        """The logged segment of the segment's background logging, if any."""
        return self.logged_segment_ids.filtered("contact_total")[:1]

    def _log(self, send=False):
        """Log at once up to the threshold, in the background above it."""
        self.ensure_one()
        if self.contact_count <= get_setting(self.env, SEGMENT_THRESHOLD):
            return super(InteractionSegment, self)._log(send=send)
        return self._log_in_background(send)

    def _log_in_background(self, send=False, job_size=None):
        """Log the segment with one job per ``job_size`` contacts (the
        setting when not given): everything Log Segment checks is checked
        now, the logged segment made and the jobs queued as the user."""
        self._lock_for_logging()
        chunks = list(self._iter_partner_ids(job_size or get_setting(self.env, JOB_SIZE)))
        # this segment was checked writable by the user and locked
        logged_segment = self._create_logged_segment(
            fields.Datetime.now(), contact_total=sum(len(chunk) for chunk in chunks))
        self.write({"logged": True})
        logged_segment._queue_log_jobs(chunks, send)
        return logged_segment

    def _current_partner_ids(self, partner_ids):
        """The ids of ``partner_ids`` the segment logs now (active, matching
        its filter or still on its list, readable by the user), in order."""
        if not partner_ids:
            return []
        from_clause, where_clause, params = self._partner_query().get_sql()
        self.env.cr.execute(
            'SELECT "res_partner".id FROM %s WHERE %s AND "res_partner".id = ANY(%%s) '
            'ORDER BY "res_partner".id' % (from_clause, where_clause or "TRUE"),
            params + [list(partner_ids)])
        return [row[0] for row in self.env.cr.fetchall()]
