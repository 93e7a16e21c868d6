# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

import psycopg2

from odoo.exceptions import AccessError, UserError
from odoo.tools import mute_logger

from ..jobs import SEGMENT_THRESHOLD
from .common import JobCase


class TestSegmentBackground(JobCase):
    """Log Segment above the threshold returns at once; jobs of bounded
    size log the contacts, each exactly once."""

    def test_segment_at_threshold_is_logged_at_once(self):
        self.set_setting(SEGMENT_THRESHOLD, 3)
        logged = self.create_segment().action_log()
        self.assertEqual(logged.entry_count, 3)
        self.assertFalse(self.jobs(logged))
        self.assertEqual(logged.contact_total, 0, "no background progress shown")

    def test_segment_above_threshold_logs_nothing_until_its_jobs_run(self):
        segment = self.create_segment()
        logged = segment.action_log()
        self.assertTrue(segment.logged)
        self.assertEqual(logged.entry_count, 0)
        self.assertEqual(logged.progress, "0 of 3 contacts logged")
        self.assertEqual(segment.logging_progress, "0 of 3 contacts logged")
        self.assertEqual(logged.job_state, "running")

    def test_jobs_are_of_bounded_size(self):
        logged = self.create_segment().action_log()
        jobs = self.jobs(logged)
        self.assertEqual([len(job.args[0]) for job in jobs], [2, 1])
        self.assertEqual(logged.job_count, 2)

    def test_progress_follows_the_jobs(self):
        logged = self.create_segment().action_log()
        first, _second = self.jobs(logged)
        self.perform(first)
        self.assertEqual(logged.progress, "2 of 3 contacts logged")
        self.perform_all(logged)
        self.assertEqual(logged.progress, "3 of 3 contacts logged")
        self.assertEqual(logged.job_state, "done")
        self.assertEqual(set(self.entries_per_partner(logged)), set(self.partners))

    def test_entries_are_those_of_log_segment(self):
        segment = self.create_segment(description="Background mailing")
        logged = segment.action_log()
        self.perform_all(logged)
        entries = logged.entry_ids
        self.assertEqual(set(entries.mapped("segment_id")), {segment})
        self.assertEqual(set(entries.mapped("description")), {"Background mailing"})
        self.assertEqual(set(entries.mapped("date")), {logged.date})

    def test_job_failing_midway_then_retried_logs_each_contact_once(self):
        logged = self.create_segment().action_log()
        first = self.jobs(logged)[0]
        Entry = type(self.Entry)
        insert = Entry._log_insert_chunk
        calls = []

        def failing_after_first_insert(model, *args, **kwargs):
            calls.append(1)
            if len(calls) == 2:
                model.env.cr.execute("SELECT 1 / 0")  # the job dies here
            return insert(model, *args, **kwargs)

        with mock.patch.object(Entry, "_log_chunk_size", 1), \
                mock.patch.object(Entry, "_log_insert_chunk", failing_after_first_insert), \
                mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.DataError):
            self.perform(first)
        self.assertEqual(len(calls), 2, "the job died after its first insert")
        self.assertEqual(logged.entry_count, 0, "the job's transaction is rolled back")
        self.perform(first)  # retried
        self.perform_all(logged)  # and every job run once more
        self.assertEqual(self.entries_per_partner(logged), dict.fromkeys(self.partners, 1))

    def test_job_run_twice_logs_each_contact_once(self):
        logged = self.create_segment().action_log()
        self.perform_all(logged)
        results = self.perform_all(logged)  # requeued by hand after they were done
        self.assertEqual(self.entries_per_partner(logged), dict.fromkeys(self.partners, 1))
        self.assertIn("0 contacts logged, 2 already logged", results[0])

    def test_two_entries_of_a_contact_in_one_logging_are_refused_by_the_database(self):
        logged = self.create_segment().action_log()
        self.perform_all(logged)
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.IntegrityError), \
                self.env.cr.savepoint():
            self.Entry._log_interactions(self.partners[:1], self.template, {
                "segment_id": logged.segment_id.id, "logged_segment_id": logged.id},
                trusted=True)

    def test_job_runs_as_the_user_who_logged(self):
        logged = self.create_segment().sudo(self.user).action_log()
        self.assertEqual(set(self.jobs(logged).mapped("user_id")), {self.user})
        self.perform_all(logged)
        self.assertEqual(set(logged.entry_ids.mapped("user_id")), {self.user})

    def test_job_of_a_user_who_lost_the_right_logs_nothing(self):
        logged = self.create_segment().sudo(self.user).action_log()
        self.user.write({"groups_id": [(3, self.env.ref(
            "interaction_log.group_interaction_user").id)]})
        with mute_logger("odoo.sql_db"), self.assertRaises(AccessError):
            self.perform(self.jobs(logged)[0])
        self.assertEqual(logged.entry_count, 0)

    def test_user_without_interaction_rights_cannot_log_a_large_segment(self):
        segment = self.create_segment()
        with self.assertRaises(AccessError):
            segment.sudo(self.user_plain).action_log()
        self.assertNothingLogged(segment)

    def test_no_delay_context_key_grants_nothing(self):
        segment = self.create_segment()
        with self.assertRaises(AccessError):
            segment.sudo(self.user_plain).with_context(test_queue_job_no_delay=True).action_log()
        self.assertNothingLogged(segment)

    def test_contact_archived_before_its_job_runs_is_skipped(self):
        logged = self.create_segment().action_log()
        self.partners[2].active = False
        self.perform_all(logged)
        self.assertEqual(set(self.entries_per_partner(logged)), set(self.partners[:2]))

    def test_large_segment_already_logged_is_refused(self):
        segment = self.create_segment()
        segment.action_log()
        with self.assertRaisesRegex(UserError, "already been logged"):
            segment.action_log()

    def test_cancel_is_refused_while_jobs_run(self):
        logged = self.create_segment().action_log()
        with self.assertRaisesRegex(UserError, "still being logged in the background"):
            logged.action_switch_canceled()
        self.perform_all(logged)
        logged.action_switch_canceled()
        self.assertEqual(set(logged.entry_ids.mapped("canceled")), {True})

    def test_send_and_log_emails_each_contact_in_its_job(self):
        self.template.mail_template_id = self.env["mail.template"].create({
            "name": "Background offer", "model_id": self.env["ir.model"]._get("res.partner").id,
            "subject": "Offer", "body_html": "<p>Offer</p>"})
        self.partners.write({"email": "segtest@example.com"})
        logged = self.create_segment().action_send_and_log()
        self.assertFalse(self.env["mail.mail"].search([("recipient_ids", "in", self.partners.ids)]))
        self.perform_all(logged)
        self.assertEqual(len(logged.entry_ids.mapped("mail_message_id")), 3)
        self.assertEqual(set(logged.entry_ids.mapped("delivery_status")), {"in_progress"})


class TestSegmentJobsRights(JobCase):
    """Who sees the jobs of a logging."""

    def test_user_opens_the_jobs_of_their_logging(self):
        segment = self.create_segment()
        logged = segment.sudo(self.user).action_log()
        action = segment.sudo(self.user).action_view_jobs()
        jobs = self.env["queue.job"].sudo(self.user).search(action["domain"])
        self.assertEqual(jobs, self.jobs(logged))

    def test_user_does_not_read_the_jobs_of_another_user(self):
        other = self._create_user(
            "il_other_user", ["base.group_user", "interaction_log.group_interaction_user"])
        logged = self.create_segment().sudo(self.user).action_log()
        jobs = self.env["queue.job"].sudo(other).search([("id", "in", self.jobs(logged).ids)])
        self.assertFalse(jobs)
        self.assertEqual(logged.sudo(other).progress, "0 of 3 contacts logged")

    def test_user_cannot_change_the_number_of_contacts_to_log(self):
        logged = self.create_segment().sudo(self.user).action_log()
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            logged.write({"contact_total": 1})
        self.assertEqual(logged.progress, "0 of 3 contacts logged")

    def test_user_cannot_requeue_a_job(self):
        logged = self.create_segment().sudo(self.user).action_log()
        with self.assertRaises(AccessError):
            self.jobs(logged)[0].sudo(self.user).requeue()

    def test_segment_logged_at_once_has_no_jobs_to_open(self):
        self.set_setting(SEGMENT_THRESHOLD, 10)
        segment = self.create_segment()
        segment.action_log()
        with self.assertRaisesRegex(UserError, "not logged in the background"):
            segment.action_view_jobs()
