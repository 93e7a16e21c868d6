# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import TransactionCase


class TestDemoCampaign(TransactionCase):
    """The demo database shows a campaign with its targets and two
    responses, and a task done whose feedback was logged."""

    def test_demo_campaign_has_targets_and_two_responses(self):
        campaign = self.env.ref("interaction_log.demo_campaign_spring_offer")
        self.assertEqual(campaign.interaction_state, "active")
        self.assertEqual(campaign.target_count, 4)
        self.assertEqual(campaign.target_response_count, 2)
        self.assertAlmostEqual(campaign.response_rate, 50.0)

    def test_demo_task_is_done_and_its_feedback_logged(self):
        letter = self.env.ref("interaction_log.demo_entry_spring_taylor")
        self.assertFalse(letter.task_activity_id)
        self.assertIn("30 office chairs", letter.task_feedback_entry_ids.note)
