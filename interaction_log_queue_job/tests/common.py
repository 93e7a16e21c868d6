# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import at_install, post_install

from odoo.addons.interaction_log.tests.common import SegmentCase
from odoo.addons.queue_job.job import Job

from ..jobs import DELETE_THRESHOLD, JOB_SIZE, SEGMENT_THRESHOLD, jobs_domain


@at_install(False)
@post_install(True)
class JobCase(SegmentCase):
    """Segments of three contacts go to the background above two contacts,
    two contacts per job. Jobs are performed here the way queue_job's
    /queue_job/runjob does, as the user who queued them: no runner runs
    in the tests."""

    @classmethod
    def setUpFixtures(cls):
        super(JobCase, cls).setUpFixtures()
        cls.set_setting(SEGMENT_THRESHOLD, 2)
        cls.set_setting(DELETE_THRESHOLD, 2)
        cls.set_setting(JOB_SIZE, 2)

    @classmethod
    def set_setting(cls, setting, value):
        cls.env["ir.config_parameter"].set_param(setting[0], str(value))

    def jobs(self, record):
        return self.env["queue.job"].search(jobs_domain(record), order="id")

    def perform(self, job_record):
        """Run one job as the runner does: started, performed as its user
        in a transaction of its own (a savepoint here: rolled back when the
        job fails, which then raises), done."""
        job = Job.load(self.env, job_record.uuid)
        job.set_started()
        with self.env.cr.savepoint():
            job.perform()
        job.set_done()
        job.store()
        self.env.cache.invalidate()
        return job.result

    def perform_all(self, record):
        return [self.perform(job_record) for job_record in self.jobs(record)]

    def entries_per_partner(self, logged_segment):
        """{partner: number of entries} of a logging."""
        counts = {}
        for entry in self.Entry.search([("logged_segment_id", "=", logged_segment.id)]):
            counts[entry.partner_id] = counts.get(entry.partner_id, 0) + 1
        return counts
