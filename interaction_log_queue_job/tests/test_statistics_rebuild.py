# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError

from ..jobs import REBUILD_KEY
from .common import JobCase


class TestStatisticsRebuild(JobCase):
    """Configuration > Background Jobs: rebuild the statistics in a job."""

    def settings(self, user):
        return self.env["interaction.job.settings"].sudo(user).create({})

    def rebuild_jobs(self):
        return self.env["queue.job"].search([("identity_key", "=", REBUILD_KEY)])

    def test_manager_queues_one_rebuild_at_a_time(self):
        self.settings(self.manager).action_rebuild_statistics()
        self.settings(self.manager).action_rebuild_statistics()
        self.assertEqual(len(self.rebuild_jobs().filtered(lambda job: job.state == "pending")), 1)

    def test_rebuild_job_restores_the_totals(self):
        self.Entry.log_interactions(self.partners, self.template)
        Store = self.env["interaction.statistics.store"]
        Store._fold_statistics()
        before = Store._template_statistics("template_id", self.template.ids)
        self.env.cr.execute("DELETE FROM interaction_statistics_template_total")
        self.settings(self.manager).action_rebuild_statistics()
        self.perform(self.rebuild_jobs())
        self.assertEqual(Store._template_statistics("template_id", self.template.ids), before)
        self.assertEqual(before[self.template.id][0], 3)

    def test_user_cannot_queue_a_rebuild(self):
        with self.assertRaises(AccessError):
            self.settings(self.user).action_rebuild_statistics()
        self.assertFalse(self.rebuild_jobs())

    def test_rebuild_job_of_a_demoted_manager_fails(self):
        self.settings(self.manager).action_rebuild_statistics()
        self.manager.write({"groups_id": [(3, self.env.ref(
            "interaction_log.group_interaction_manager").id)]})
        with self.assertRaises(AccessError):
            self.perform(self.rebuild_jobs())
