# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common_conversations import ConversationCase
from .test_email_inbound import REPLY


class TestCampaignEmailResponse(ConversationCase):
    """An email received through the mail gateway from a targeted contact
    answers the campaign."""

    @classmethod
    def setUpFixtures(cls):
        super(TestCampaignEmailResponse, cls).setUpFixtures()
        cls.template.campaign_target = True
        cls.campaign = cls.env["utm.campaign"].create({"name": "Winter offer 2026"})
        cls.campaign.action_activate()

    def receive_reply(self):
        sent = self.post_offer()
        self.env["mail.thread"].message_process(False, REPLY.format(
            sender="contact@example.com", name="Interaction Contact", subject="Re: Offer",
            message_id="reply-campaign@customer.example.com",
            in_reply_to=sent.message_id, headers=""))
        return self.entries(document_type="email_inbound", partner_id=self.contact.id)

    def test_email_received_from_a_target_is_a_response(self):
        self.Entry.log_interactions(self.contact, self.template, campaign_id=self.campaign.id,
                                    date="2026-11-02 09:00:00")
        reply = self.receive_reply()
        self.assertTrue(reply.campaign_response)
        self.assertEqual(reply.campaign_id, self.campaign)

    def test_email_received_from_a_contact_not_targeted_is_no_response(self):
        self.Entry.log_interactions(self.customer, self.template,
                                    campaign_id=self.campaign.id, date="2026-11-02 09:00:00")
        self.assertFalse(self.receive_reply().campaign_response)
