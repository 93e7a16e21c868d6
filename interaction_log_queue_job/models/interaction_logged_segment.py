# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.queue_job.job import Job, job

from ..jobs import NOT_DONE, action_view_jobs, jobs_domain, jobs_of, origin_key


class InteractionLoggedSegment(models.Model):
    """A logging of a large segment runs in the background: one job per
    ``job_size`` contacts, each recording its contacts once, whatever
    happened to an earlier run of the same job."""
    _inherit = "interaction.logged.segment"

    contact_total = fields.Integer(
        string="Contacts to Log", readonly=True,
        help="Contacts of the segment when it was logged in the background; 0 when it was "
             "logged at once. Contacts archived or removed from the filter meanwhile, and, "
             "for Send and Log, contacts who opted out or have no email address, are "
             "skipped.")
    job_state = fields.Selection(
        [("running", "Logging in progress"), ("failed", "Failed"), ("done", "Done")],
        string="Background Logging", compute="_compute_job_state",
        help="Logging in progress: jobs are waiting or running. Failed: a job failed; open "
             "the jobs to see why and requeue it. Done: every job ran.")
    job_count = fields.Integer(string="Jobs", compute="_compute_job_state")
    progress = fields.Char(
        compute="_compute_progress",
        help="Contacts logged so far out of the contacts to log.")

    def _compute_job_state(self):
        for logged_segment in self:
            jobs = jobs_of(self.env, logged_segment)
            states = set(jobs.mapped("state"))
            logged_segment.job_count = len(jobs)
            if not states:
                logged_segment.job_state = False
            elif states & set(NOT_DONE):
                logged_segment.job_state = "running"
            elif "failed" in states:
                logged_segment.job_state = "failed"
            else:
                logged_segment.job_state = "done"

    @api.depends("contact_total")
    def _compute_progress(self):
        for logged_segment in self:
            logged_segment.progress = _("%(logged)d of %(total)d contacts logged") % {
                "logged": logged_segment.entry_count, "total": logged_segment.contact_total}

    @api.multi
    def write(self, vals):
        if "contact_total" in vals:
            raise UserError(_(
                "The number of contacts to log of a logged segment cannot be changed: it "
                "tells how many contacts its logging had."))
        return super(InteractionLoggedSegment, self).write(vals)

    @api.multi
    def action_switch_canceled(self):
        """A logging still running in the background is not canceled: its
        next jobs would log entries the cancel did not see."""
        running = self.filtered(lambda logged: logged.job_state == "running")
        if running:
            raise UserError(_(
                "The logged segment \"%s\" is still being logged in the background: "
                "wait until its jobs are done (the Jobs button shows them), then cancel "
                "it.") % running[0].description)
        return super(InteractionLoggedSegment, self).action_switch_canceled()

    @api.multi
    def action_view_jobs(self):
        self.ensure_one()
        self.check_access_rights("read")
        self.check_access_rule("read")
        return action_view_jobs(self.env, jobs_domain(self), _("Jobs of %s") % self.description)

    def _queue_log_jobs(self, chunks, send):
        """Queue one job per list of contact ids of ``chunks``, as the
        current user (the job runs with their rights)."""
        for number, partner_ids in enumerate(chunks, 1):
            self.with_delay(
                description=_("Log segment %(name)s: contacts %(first)d to %(last)d") % {
                    "name": self.description, "first": (number - 1) * len(chunks[0]) + 1,
                    "last": (number - 1) * len(chunks[0]) + len(partner_ids)},
                identity_key=origin_key(self, partner_ids[0]),
            )._job_log_contacts(partner_ids, send)

    def _demo_run_jobs(self):
        """Run the waiting jobs of the loggings now, as the job runner's
        /queue_job/runjob does: demo data leaves no job for the runners of
        the test servers."""
        for logged_segment in self:
            for job_record in jobs_of(self.env, logged_segment).filtered(
                    lambda job: job.state == "pending"):
                queued = Job.load(self.env, job_record.uuid)
                queued.set_started()
                queued.perform()
                queued.set_done()
                queued.store()

    @job
    @api.multi
    def _job_log_contacts(self, partner_ids, send=False):
        """Log contacts of a segment (background job)"""
        self.ensure_one()
        segment = self.segment_id
        # Log Segment's own check, again: the job runs as the user who
        # logged the segment, with their rights of now
        segment.check_access_rights("write")
        segment.check_access_rule("write")
        cr = self.env.cr
        # a cancel of the logging waits for this job (and is refused while
        # jobs run): a logging canceled meanwhile logs nothing more
        cr.execute("SELECT canceled FROM interaction_logged_segment WHERE id = %s FOR SHARE",
                   [self.id])
        if cr.fetchone()[0]:
            return _("The logged segment was canceled: nothing logged.")
        # idempotent: a contact that already has an entry of this logging
        # (an earlier run of this job) is not logged again
        cr.execute("SELECT partner_id FROM interaction_log_entry "
                   "WHERE logged_segment_id = %s AND partner_id = ANY(%s)",
                   [self.id, list(partner_ids)])
        logged = {row[0] for row in cr.fetchall()}
        partner_ids = segment._current_partner_ids(
            [partner_id for partner_id in partner_ids if partner_id not in logged])
        values = {"segment_id": segment.id, "company_id": segment.company_id.id,
                  "date": segment.date or self.date, "logged_segment_id": self.id}
        for name in ("description", "salesperson_id", "campaign_id"):
            if segment[name]:
                values[name] = segment[name].id if name != "description" else segment[name]
        if send and partner_ids:
            partner_ids, email_values = segment._send_emails(partner_ids)
            values.update(email_values)
        if partner_ids:
            # trusted: the segment, its logging and the emails are set here
            # by the system, as in Log Segment, never taken from a caller
            self.env["interaction.log.entry"]._log_interactions(
                partner_ids, segment.template_id, values, trusted=True)
        return _("%(logged)d contacts logged, %(skipped)d already logged.") % {
            "logged": len(partner_ids), "skipped": len(logged)}
