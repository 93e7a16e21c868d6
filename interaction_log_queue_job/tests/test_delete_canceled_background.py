# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError

from ..jobs import DELETE_THRESHOLD
from .common import JobCase


class TestDeleteCanceledBackground(JobCase):
    """Delete Canceled above the threshold deletes in jobs of bounded size."""

    @classmethod
    def setUpFixtures(cls):
        super(TestDeleteCanceledBackground, cls).setUpFixtures()
        cls.entries = cls.Entry.log_interactions(cls.partners, cls.template)
        cls.entries.action_switch_canceled()
        cls.kept = cls.Entry.log_interactions(cls.partners[:1], cls.template)

    def wizard(self, user=None):
        Wizard = self.env["interaction.delete.canceled.wizard"]
        return Wizard.sudo(user or self.manager).create({"template_id": self.template.id})

    def test_delete_at_threshold_deletes_at_once(self):
        self.set_setting(DELETE_THRESHOLD, 3)
        wizard = self.wizard()
        wizard.action_delete()
        self.assertEqual(wizard.deleted_count, 3)
        self.assertFalse(self.entries.exists())

    def test_delete_above_threshold_is_queued_in_jobs_of_bounded_size(self):
        wizard = self.wizard()
        wizard.action_delete()
        self.assertEqual((wizard.state, wizard.queued_count), ("queued", 3))
        self.assertEqual(len(self.entries.exists()), 3, "nothing deleted before the jobs run")
        self.assertEqual([len(job.args[0]) for job in self.jobs(wizard)], [2, 1])

    def test_jobs_delete_the_canceled_entries_only(self):
        wizard = self.wizard()
        wizard.action_delete()
        self.perform_all(wizard)
        self.assertFalse(self.entries.exists())
        self.assertTrue(self.kept.exists())

    def test_entry_restored_before_its_job_runs_is_kept(self):
        wizard = self.wizard()
        wizard.action_delete()
        self.entries[0].action_switch_canceled()
        self.perform_all(wizard)
        self.assertEqual(self.entries.exists(), self.entries[0])

    def test_jobs_run_as_the_manager_who_queued_them(self):
        wizard = self.wizard()
        wizard.action_delete()
        self.assertEqual(set(self.jobs(wizard).mapped("user_id")), {self.manager})
        action = wizard.action_view_jobs()
        self.assertEqual(self.env["queue.job"].sudo(self.manager).search(action["domain"]),
                         self.jobs(wizard))

    def test_user_is_refused_at_once(self):
        wizard = self.wizard(self.user)
        with self.assertRaises(AccessError):
            wizard.action_delete()
        self.assertFalse(self.jobs(wizard))

    def test_wizard_reopens_saying_what_was_queued(self):
        wizard = self.wizard()
        action = wizard.action_delete()
        self.assertEqual((action["res_model"], action["res_id"], action["target"]),
                         (wizard._name, wizard.id, "new"))
