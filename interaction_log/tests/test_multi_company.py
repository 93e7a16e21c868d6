# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError

from .common import InteractionCase


class TestMultiCompany(InteractionCase):

    @classmethod
    def setUpFixtures(cls):
        cls.company2 = cls.env["res.company"].create({"name": "Interaction Branch Co"})
        cls.group2 = cls.env["interaction.group"].create({
            "code": "BRANCH", "name": "Branch letters", "company_id": cls.company2.id})
        cls.template2 = cls.env["interaction.template"].create({
            "code": "BRLTR", "name": "Branch letter", "group_id": cls.group2.id,
            "company_id": cls.company2.id})
        cls.user2 = cls.env["res.users"].create({
            "name": "Branch user", "login": "il_branch_user",
            "company_id": cls.company2.id, "company_ids": [(6, 0, [cls.company2.id])],
            "groups_id": [(6, 0, [cls.env.ref("base.group_user").id,
                                  cls.env.ref("interaction_log.group_interaction_user").id])],
        })
        cls.shared_customer = cls.env["res.partner"].create(
            {"name": "Customer of both companies", "company_id": False})
        cls.entry_main = cls.Entry.log_interactions(cls.shared_customer, cls.template)
        cls.entry_branch = cls.Entry.log_interactions(cls.shared_customer, cls.template2)

    def test_entry_takes_template_company(self):
        self.assertEqual(self.entry_branch.company_id, self.company2)

    def test_user_sees_only_entries_of_own_company(self):
        visible = self.Entry.sudo(self.user2).search([("partner_id", "=", self.shared_customer.id)])
        self.assertEqual(visible, self.entry_branch)
        visible = self.Entry.sudo(self.user).search([("partner_id", "=", self.shared_customer.id)])
        self.assertEqual(visible, self.entry_main)

    def test_user_cannot_switch_entry_of_other_company(self):
        with self.assertRaises(AccessError):
            self.entry_main.sudo(self.user2).action_switch_canceled()

    def test_user_cannot_log_with_template_of_other_company(self):
        with self.assertRaises(AccessError):
            self.Entry.sudo(self.user).log_interactions(self.shared_customer, self.template2)

    def test_contact_of_other_company_is_refused(self):
        with self.assertRaisesRegex(Exception, "another company"):
            self.Entry.log_interactions(self.customer, self.template2)

    def test_user_sees_only_templates_of_own_company(self):
        templates = self.env["interaction.template"].sudo(self.user2).search([])
        self.assertIn(self.template2, templates)
        self.assertNotIn(self.template, templates)

    def test_setup_of_other_company_is_separate(self):
        Setup = self.env["interaction.template.setup"]
        Setup.search([("document_type", "=", "email")]).unlink()
        Setup.create({"company_id": self.company2.id, "document_type": "email",
                      "template_id": self.template2.id})
        self.assertEqual(Setup.get_template("email", self.company2), self.template2)
        self.assertFalse(Setup.get_template("email", self.company))
