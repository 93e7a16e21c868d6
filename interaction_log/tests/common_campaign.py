# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import InteractionCase


class CampaignCase(InteractionCase):
    """An active campaign, "Spring offer 2026" (April to June), whose
    letters (the Campaign Target template ``template``) target contacts;
    inbound calls (``template_call``) may answer it."""

    @classmethod
    def setUpFixtures(cls):
        cls.template.campaign_target = True
        cls.campaign = cls.env["utm.campaign"].create({
            "name": "Spring offer 2026", "date_start": "2026-04-01",
            "date_end": "2026-06-30"})
        cls.campaign.action_activate()

    def send_letters(self, partners, date="2026-04-10 09:00:00", **values):
        """The campaign's letters to ``partners``, as an Interactions user."""
        return self.Entry.sudo(self.user).log_interactions(
            partners.ids, self.template, campaign_id=self.campaign.id, date=date, **values)

    def receive_call(self, partner, date="2026-05-04 15:30:00", **values):
        """An inbound call from ``partner``, as an Interactions user."""
        return self.Entry.sudo(self.user).log_interactions(
            partner.ids, self.template_call, date=date, **values)
