# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError, ValidationError

from .common_campaign import CampaignCase


class TestCampaignTargets(CampaignCase):

    def test_activate_then_done_moves_the_status(self):
        campaign = self.env["utm.campaign"].sudo(self.user).create({"name": "Autumn fair"})
        self.assertEqual(campaign.interaction_state, "planned")
        campaign.action_activate()
        self.assertEqual(campaign.interaction_state, "active")
        campaign.action_done()
        self.assertEqual(campaign.interaction_state, "done")

    def test_done_is_refused_on_a_planned_campaign(self):
        campaign = self.env["utm.campaign"].create({"name": "Autumn fair"})
        with self.assertRaisesRegex(UserError, "activate it first"):
            campaign.action_done()

    def test_end_before_start_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "ends before it starts"):
            self.campaign.write({"date_end": "2026-03-01"})

    def test_entry_of_target_template_for_active_campaign_is_target(self):
        entries = self.send_letters(self.customer | self.other_customer)
        self.assertEqual(entries.mapped("campaign_target"), [True, True])

    def test_entry_of_planned_campaign_is_no_target(self):
        planned = self.env["utm.campaign"].create({"name": "Summer sale 2026"})
        entry = self.Entry.log_interactions(self.customer, self.template,
                                            campaign_id=planned.id)
        self.assertFalse(entry.campaign_target)

    def test_entry_of_template_without_target_flag_is_no_target(self):
        self.template.campaign_target = False
        self.assertFalse(self.send_letters(self.customer).campaign_target)

    def test_entry_without_campaign_is_no_target(self):
        self.assertFalse(self.Entry.log_interactions(self.customer, self.template)
                         .campaign_target)

    def test_target_segment_makes_its_entries_targets(self):
        self.template.campaign_target = False
        segment = self.env["interaction.segment"].sudo(self.user).create({
            "name": "Spring offer mailing", "template_id": self.template.id,
            "campaign_id": self.campaign.id, "campaign_target": True,
            "contact_source": "list",
            "partner_ids": [(6, 0, (self.customer | self.other_customer).ids)]})
        segment.action_log()
        entries = self.Entry.search([("segment_id", "=", segment.id)])
        self.assertEqual(entries.mapped("campaign_target"), [True, True])

    def test_user_cannot_mark_an_entry_as_target(self):
        with self.assertRaises(AccessError):
            self.Entry.sudo(self.user).log_interactions(
                self.customer, self.template_call, campaign_target=True)
        entry = self.receive_call(self.customer)
        with self.assertRaises(AccessError):
            entry.sudo(self.user).write({"campaign_target": True})

    def test_campaign_form_counts_targets_and_opens_their_entries(self):
        letters = self.send_letters(self.customer | self.other_customer)
        self.send_letters(self.customer)  # a second letter: still one target
        canceled = self.send_letters(self.contact)
        canceled.action_switch_canceled()
        campaign = self.campaign.sudo(self.user)
        self.assertEqual(campaign.target_count, 2)
        action = campaign.action_view_targets()
        shown = self.Entry.sudo(self.user).search(action["domain"])
        self.assertEqual(len(shown), 3)
        self.assertIn(letters[0], shown)
        self.assertNotIn(canceled, shown)

    def test_employee_without_interaction_rights_cannot_activate_a_campaign(self):
        campaign = self.env["utm.campaign"].create({"name": "Autumn fair"})
        with self.assertRaises(AccessError):
            campaign.sudo(self.user_plain).action_activate()
        self.assertEqual(campaign.interaction_state, "planned")

    def test_employee_without_interaction_rights_sees_no_targets(self):
        self.send_letters(self.customer)
        self.assertEqual(self.campaign.sudo(self.user_plain).target_count, 0)

    def test_employee_without_interaction_rights_still_creates_campaigns(self):
        campaign = self.env["utm.campaign"].sudo(self.user_plain).create({"name": "Fair"})
        self.assertEqual(campaign.sudo().interaction_state, "planned")
