# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from odoo.addons.interaction_log.tests.common import InteractionCase


class TestOpportunities(InteractionCase):

    @classmethod
    def setUpFixtures(cls):
        cls.sales_user = cls._create_user("il_sales_user", [
            "base.group_user", "sales_team.group_sale_salesman",
            "interaction_log.group_interaction_user"])
        cls.lead = cls.env["crm.lead"].create({
            "name": "Warehouse shelving", "type": "opportunity",
            "partner_id": cls.customer.id, "user_id": cls.sales_user.id,
        })

    def open_wizard(self, context, user):
        Wizard = self.env["interaction.create.wizard"].sudo(user).with_context(context)
        wizard = Wizard.new(Wizard.default_get(list(Wizard._fields)))
        wizard._onchange_partner_id()
        wizard.template_id = self.template
        wizard._onchange_template_id()
        values = {name: wizard[name] for name in wizard._cache}
        return wizard.create(wizard._convert_to_write(values))

    def test_create_opportunity_links_entry_to_new_lead(self):
        entry = self.log(self.contact, description="Asked for an offer")
        action = entry.sudo(self.sales_user).action_create_opportunity()
        lead = self.env["crm.lead"].browse(action["res_id"])
        self.assertEqual(entry.opportunity_id, lead)
        self.assertEqual(lead.name, "Asked for an offer")
        self.assertEqual(lead.partner_id, self.contact)
        self.assertEqual(lead.type, "opportunity")
        self.assertEqual(lead.user_id, self.sales_user)
        self.assertEqual(lead.interaction_count, 1)

    def test_create_opportunity_refused_on_canceled_entry(self):
        entry = self.log(self.contact)
        entry.action_switch_canceled()
        with self.assertRaisesRegex(UserError, "is canceled"):
            entry.sudo(self.sales_user).action_create_opportunity()
        self.assertFalse(entry.opportunity_id)

    def test_create_opportunity_refused_when_entry_has_one(self):
        entry = self.log(self.contact, opportunity_id=self.lead.id)
        leads_before = self.env["crm.lead"].search_count([])
        with self.assertRaisesRegex(UserError, "already belongs to the opportunity"):
            entry.sudo(self.sales_user).action_create_opportunity()
        self.assertEqual(entry.opportunity_id, self.lead)
        self.assertEqual(self.env["crm.lead"].search_count([]), leads_before)

    def test_create_interaction_from_opportunity_keeps_it(self):
        action = self.lead.sudo(self.sales_user).action_create_interaction()
        wizard = self.open_wizard(action["context"], self.sales_user)
        self.assertEqual(wizard.partner_id, self.customer)
        wizard.action_create()
        entry = self.Entry.search([("opportunity_id", "=", self.lead.id)])
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.partner_id, self.customer)

    def test_create_interaction_from_opportunity_action_menu(self):
        wizard = self.open_wizard(
            {"active_model": "crm.lead", "active_id": self.lead.id}, self.sales_user)
        self.assertEqual(wizard.opportunity_id, self.lead)
        self.assertEqual(wizard.partner_id, self.customer)

    def test_opportunity_counts_its_interactions(self):
        self.log([self.customer.id, self.contact.id], opportunity_id=self.lead.id)
        self.log(self.customer, opportunity_id=self.lead.id).action_switch_canceled()
        self.log(self.customer, opportunity_id=self.lead.id, postponed=True)
        self.log(self.customer)
        self.assertEqual(self.lead.sudo(self.sales_user).interaction_count, 2)
        action = self.lead.action_view_interactions()
        self.assertEqual(self.Entry.search_count(action["domain"] + [("canceled", "=", False)]), 2)

    def test_resumed_interaction_keeps_its_opportunity(self):
        postponed = self.log(self.contact, opportunity_id=self.lead.id, postponed=True)
        wizard = self.open_wizard(postponed.action_resume()["context"], self.sales_user)
        self.assertEqual(wizard.opportunity_id, self.lead)
        wizard.action_create()
        entry = self.Entry.search([("partner_id", "=", self.contact.id)])
        self.assertEqual(entry.opportunity_id, self.lead)
        self.assertFalse(entry.postponed)
