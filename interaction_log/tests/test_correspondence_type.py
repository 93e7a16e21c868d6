# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import InteractionCase


class TestCorrespondenceType(InteractionCase):
    """Which correspondence type delivers a template's content to a contact,
    as Business Central decides it: the contact's preferred type, unless the
    template ignores it or the contact has none."""

    def test_contact_without_preference_gets_template_type(self):
        self.assertFalse(self.contact.correspondence_type)
        self.assertEqual(self.template._delivery_type(self.contact), "hard_copy")

    def test_contact_preference_wins_over_template(self):
        self.contact.correspondence_type = "email"
        self.assertEqual(self.template._delivery_type(self.contact), "email")

    def test_template_ignoring_contact_type_uses_its_own(self):
        self.contact.correspondence_type = "email"
        self.template.ignore_contact_correspondence_type = True
        self.assertEqual(self.template._delivery_type(self.contact), "hard_copy")

    def test_template_without_type_delivers_nothing_to_contact_without_preference(self):
        self.assertIs(self.template_call._delivery_type(self.contact), False)

    def test_create_interaction_proposes_contact_preference(self):
        self.contact.correspondence_type = "email"
        wizard = self.env["interaction.create.wizard"].with_context(
            active_model="res.partner", active_id=self.contact.id).new({})
        wizard.partner_id = self.contact
        wizard._onchange_partner_id()
        wizard.template_id = self.template
        wizard._onchange_template_id()
        self.assertEqual(wizard.correspondence_type, "email")
        self.template.ignore_contact_correspondence_type = True
        wizard._onchange_template_id()
        self.assertEqual(wizard.correspondence_type, "hard_copy")

    def test_contact_form_shows_correspondence_type(self):
        arch = self.env["res.partner"].fields_view_get(
            view_id=self.env.ref("base.view_partner_form").id, view_type="form")["arch"]
        self.assertIn('name="correspondence_type"', arch)
