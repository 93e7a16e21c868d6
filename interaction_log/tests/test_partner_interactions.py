# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from .common import InteractionCase


class TestPartnerInteractions(InteractionCase):

    def test_company_count_includes_its_contacts(self):
        self.log([self.customer.id, self.contact.id, self.contact.id, self.other_customer.id])
        partners = self.customer | self.contact | self.other_customer
        self.assertEqual(partners.mapped("interaction_count"), [3, 2, 1])

    def test_log_invalidates_partner_count(self):
        self.assertEqual(self.customer.interaction_count, 0)
        self.log(self.customer)
        self.assertEqual(self.customer.interaction_count, 1)

    def test_count_ignores_canceled_entries(self):
        self.log(self.contact).action_switch_canceled()
        self.assertEqual(self.customer.interaction_count, 0)

    def test_smart_button_opens_entries_of_partner_and_contacts(self):
        entries = self.log(self.customer | self.contact | self.other_customer)
        action = self.customer.action_view_interactions()
        shown = self.Entry.search(action["domain"])
        self.assertEqual(shown, entries[:2])
        self.assertEqual(action["context"]["default_partner_id"], self.customer.id)

    def test_user_sees_count(self):
        self.log(self.contact)
        self.assertEqual(self.customer.sudo(self.user).interaction_count, 1)

    def partner_form_buttons(self, user):
        """{button name: shown} of the interaction buttons of the partner form."""
        arch = etree.fromstring(self.env["res.partner"].sudo(user).fields_view_get(
            view_id=self.env.ref("base.view_partner_form").id, view_type="form")["arch"])
        return {
            name: not arch.xpath("//button[@name='%s']" % name)[0].get("invisible")
            for name in ("action_create_interaction", "action_view_interactions")
        }

    def test_partner_form_shows_interaction_buttons_to_user(self):
        self.assertEqual(self.partner_form_buttons(self.user), {
            "action_create_interaction": True, "action_view_interactions": True})

    def test_partner_form_hides_interaction_buttons_without_rights(self):
        self.assertEqual(self.partner_form_buttons(self.user_plain), {
            "action_create_interaction": False, "action_view_interactions": False})

    def test_open_source_document_from_entry(self):
        entry = self.log(self.customer, document_ref=self.other_customer)
        action = entry.action_open_document()
        self.assertEqual((action["res_model"], action["res_id"]),
                         ("res.partner", self.other_customer.id))
