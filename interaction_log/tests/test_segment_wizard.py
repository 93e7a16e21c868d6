# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError

from .common import SegmentCase


class TestSegmentAddPartners(SegmentCase):
    """"Add to Segment" from the contact list."""

    def make_wizard(self, segment, partners, user=None):
        Wizard = self.env["interaction.segment.add.partners"]
        if user:
            Wizard = Wizard.sudo(user)
        Wizard = Wizard.with_context(active_model="res.partner", active_ids=partners.ids)
        return Wizard.create({"segment_id": segment.id})

    def test_action_is_bound_to_the_contact_list(self):
        action = self.env.ref("interaction_log.action_interaction_segment_add_partners")
        self.assertEqual(action.binding_model_id.model, "res.partner")
        self.assertEqual(action.res_model, "interaction.segment.add.partners")

    def test_selected_contacts_are_added_to_the_list(self):
        segment = self.create_segment(partner_ids=[(6, 0, self.partners[0].ids)])
        wizard = self.make_wizard(segment, self.partners[1:] | self.shared_partner, self.user)
        self.assertEqual(wizard.partner_ids, self.partners[1:] | self.shared_partner)
        action = wizard.action_add_partners()
        self.assertEqual(action["res_id"], segment.id)
        self.assertEqual(segment.partner_ids, self.partners | self.shared_partner)

    def test_contacts_already_in_the_list_are_not_duplicated(self):
        segment = self.create_segment()
        self.make_wizard(segment, self.partners).action_add_partners()
        self.assertEqual(segment.contact_count, 3)

    def test_adding_to_a_logged_segment_is_refused(self):
        segment = self.create_segment()
        segment.action_log()
        wizard = self.make_wizard(segment, self.shared_partner)
        with self.assertRaisesRegex(UserError, "already been logged.*Duplicate it"):
            wizard.action_add_partners()
        self.assertNotIn(self.shared_partner, segment.partner_ids)

    def test_adding_to_a_filter_segment_is_refused(self):
        segment = self.create_segment(contact_source="filter", domain="[]")
        wizard = self.make_wizard(segment, self.shared_partner)
        with self.assertRaisesRegex(UserError, "takes its contacts from a filter"):
            wizard.action_add_partners()

    def test_adding_contacts_of_another_company_is_refused(self):
        segment = self.create_segment()
        wizard = self.make_wizard(segment, self.foreign_partner)
        with self.assertRaisesRegex(ValidationError, "Segtest Foreign"):
            wizard.action_add_partners()

    def test_user_without_group_cannot_add(self):
        segment = self.create_segment(partner_ids=[])
        with self.assertAccessRefused():
            self.make_wizard(segment, self.partners, self.user_plain).action_add_partners()
        self.assertFalse(segment.partner_ids)
