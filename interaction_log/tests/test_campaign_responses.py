# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common_campaign import CampaignCase


class TestCampaignResponses(CampaignCase):

    def test_inbound_entry_of_target_within_period_is_response(self):
        self.send_letters(self.customer)
        call = self.receive_call(self.customer)
        self.assertTrue(call.campaign_response)
        self.assertEqual(call.campaign_id, self.campaign)

    def test_response_keeps_its_own_campaign(self):
        self.send_letters(self.customer)
        call = self.receive_call(self.customer, campaign_id=self.campaign.id)
        self.assertTrue(call.campaign_response)

    def test_inbound_entry_after_the_campaign_ends_is_no_response(self):
        self.send_letters(self.customer)
        call = self.receive_call(self.customer, date="2026-07-02 10:00:00")
        self.assertFalse(call.campaign_response)
        self.assertFalse(call.campaign_id)

    def test_inbound_entry_before_the_letter_is_no_response(self):
        self.send_letters(self.customer, date="2026-05-10 09:00:00")
        self.assertFalse(self.receive_call(self.customer).campaign_response)

    def test_inbound_entry_of_contact_not_targeted_is_no_response(self):
        self.send_letters(self.customer)
        self.assertFalse(self.receive_call(self.other_customer).campaign_response)

    def test_outbound_entry_of_target_is_no_response(self):
        self.send_letters(self.customer)
        reminder = self.send_letters(self.customer, date="2026-05-04 09:00:00")
        self.assertFalse(reminder.campaign_response)

    def test_done_campaign_gets_no_response(self):
        self.send_letters(self.customer)
        self.campaign.action_done()
        self.assertFalse(self.receive_call(self.customer).campaign_response)

    def test_campaign_form_shows_responses_and_response_rate(self):
        self.send_letters(self.customer | self.other_customer)
        call = self.receive_call(self.customer)
        self.receive_call(self.customer, date="2026-05-05 11:00:00")  # same contact again
        campaign = self.campaign.sudo(self.user)
        self.assertEqual(campaign.target_response_count, 1)
        self.assertAlmostEqual(campaign.response_rate, 50.0)
        action = campaign.action_view_responses()
        shown = self.Entry.sudo(self.user).search(action["domain"])
        self.assertEqual(len(shown), 2)
        self.assertIn(call, shown)

    def test_canceled_response_is_not_counted(self):
        self.send_letters(self.customer)
        self.receive_call(self.customer).action_switch_canceled()
        self.assertEqual(self.campaign.sudo(self.user).target_response_count, 0)
