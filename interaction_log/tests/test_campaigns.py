# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import InteractionCase


class TestCampaigns(InteractionCase):

    @classmethod
    def setUpFixtures(cls):
        Campaign = cls.env["utm.campaign"]
        cls.spring = Campaign.create({"name": "Spring offer"})
        cls.fair = Campaign.create({"name": "Trade fair"})
        cls.template.campaign_id = cls.spring

    def test_template_campaign_is_stamped_on_entries(self):
        entries = self.log([self.customer.id, self.contact.id])
        self.assertEqual(entries.mapped("campaign_id"), self.spring)
        self.assertFalse(self.log(template=self.template_call).campaign_id)

    def test_given_campaign_wins_over_template_campaign(self):
        self.assertEqual(self.log(campaign_id=self.fair.id).campaign_id, self.fair)

    def test_segment_campaign_is_stamped_and_wins(self):
        segment = self.env["interaction.segment"].create({
            "name": "Fair invitations", "template_id": self.template.id,
            "campaign_id": self.fair.id, "contact_source": "list",
            "partner_ids": [(6, 0, [self.customer.id, self.other_customer.id])],
        })
        segment.action_log()
        entries = self.Entry.search([("segment_id", "=", segment.id)])
        self.assertEqual(len(entries), 2)
        self.assertEqual(entries.mapped("campaign_id"), self.fair)

    def test_segment_without_campaign_uses_template_campaign(self):
        segment = self.env["interaction.segment"].create({
            "name": "Spring letters", "template_id": self.template.id,
            "contact_source": "list", "partner_ids": [(6, 0, [self.customer.id])],
        })
        segment.action_log()
        entry = self.Entry.search([("segment_id", "=", segment.id)])
        self.assertEqual(entry.campaign_id, self.spring)

    def test_campaign_statistics_count_entries_cost_and_responses(self):
        self.log([self.customer.id, self.contact.id, self.other_customer.id])  # 3 x 2.5
        self.log(template=self.template_call, campaign_id=self.spring.id, cost=1.0)
        self.log(template=self.template_call, campaign_id=self.spring.id,
                 attempt_failed=True)  # counted, but no response
        self.log(campaign_id=self.spring.id, cost=100.0).action_switch_canceled()
        self.log(campaign_id=self.spring.id, cost=100.0, postponed=True)
        self.log(campaign_id=self.fair.id, cost=7.0)
        spring = self.spring.sudo(self.user)
        self.assertEqual(spring.interaction_count, 5)
        self.assertAlmostEqual(spring.interaction_cost, 8.5)
        self.assertEqual(spring.interaction_response_count, 1)
        self.assertEqual(self.fair.sudo(self.user).interaction_count, 1)

    def test_campaign_statistics_pivot_groups_by_information_flow(self):
        self.log([self.customer.id, self.contact.id])
        self.log(template=self.template_call, campaign_id=self.spring.id)
        action = self.spring.action_view_interactions()
        groups = self.Entry.read_group(
            action["domain"], ["information_flow", "cost"], ["information_flow"])
        counts = {group["information_flow"]: group["information_flow_count"]
                  for group in groups}
        self.assertEqual(counts, {"outbound": 2, "inbound": 1})
