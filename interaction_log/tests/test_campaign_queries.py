# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common_campaign import CampaignCase
from .partner_copies import copy_partners


class TestCampaignQueries(CampaignCase):
    """Deciding targets and responses costs queries per recording, never
    per entry: 1 and 500 letters, 1 and 500 answers cost the same."""

    @classmethod
    def setUpFixtures(cls):
        super(TestCampaignQueries, cls).setUpFixtures()
        cls.bulk_ids = copy_partners(cls.env.cr, cls.other_customer.ids, 1000, "Campaign bulk")

    def count_queries(self, template, partner_ids, date):
        self.env.cache.invalidate()
        start = self.cr.sql_log_count
        entries = self.Entry.sudo(self.user).log_interactions(
            partner_ids, template, campaign_id=self.campaign.id, date=date)
        return self.cr.sql_log_count - start, entries

    def test_targets_cost_the_same_queries_for_1_and_500_letters(self):
        self.count_queries(self.template, self.bulk_ids[:1], "2026-04-10 09:00:00")  # warm
        one, _letter = self.count_queries(self.template, self.bulk_ids[1:2],
                                          "2026-04-10 09:00:00")
        many, letters = self.count_queries(self.template, self.bulk_ids[2:502],
                                           "2026-04-10 09:00:00")
        self.assertTrue(all(letters.mapped("campaign_target")))
        self.assertEqual(many, one)

    def test_responses_cost_the_same_queries_for_1_and_500_answers(self):
        self.count_queries(self.template, self.bulk_ids[:502], "2026-04-10 09:00:00")
        self.count_queries(self.template_call, self.bulk_ids[:1], "2026-05-04 15:00:00")
        one, _call = self.count_queries(self.template_call, self.bulk_ids[1:2],
                                        "2026-05-04 15:00:00")
        many, calls = self.count_queries(self.template_call, self.bulk_ids[2:502],
                                         "2026-05-04 15:00:00")
        self.assertTrue(all(calls.mapped("campaign_response")))
        self.assertEqual(many, one)
