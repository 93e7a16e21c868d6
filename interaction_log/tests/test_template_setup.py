# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, ValidationError
from odoo.tools import mute_logger

from .common import InteractionCase


class TestTemplateSetup(InteractionCase):

    @classmethod
    def setUpFixtures(cls):
        cls.Setup = cls.env["interaction.template.setup"]
        cls.Setup.search([("company_id", "=", cls.company.id)]).unlink()
        cls.setup_invoice = cls.Setup.create({
            "company_id": cls.company.id, "document_type": "out_invoice",
            "template_id": cls.template.id})

    def test_get_template_returns_setup_template(self):
        self.assertEqual(self.Setup.get_template("out_invoice", self.company), self.template)
        self.assertEqual(self.Setup.get_template("out_invoice", self.company.id), self.template)
        self.assertEqual(self.Setup.get_template("out_invoice"), self.template)

    def test_get_template_of_kind_without_setup_is_empty(self):
        self.assertFalse(self.Setup.get_template("sale_quote", self.company))

    def test_get_template_of_archived_template_is_empty(self):
        self.template.active = False
        self.assertFalse(self.Setup.get_template("out_invoice", self.company))

    def test_get_template_works_for_user_without_rights(self):
        template = self.Setup.sudo(self.user_plain).get_template("out_invoice")
        self.assertEqual(template.id, self.template.id)

    def test_one_setup_per_company_and_kind(self):
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"):
            with self.env.cr.savepoint():
                self.Setup.create({"company_id": self.company.id, "document_type": "out_invoice",
                                   "template_id": self.template_call.id})

    def test_setup_template_of_other_company_is_refused(self):
        company2 = self.env["res.company"].create({"name": "Setup Second Co"})
        with self.assertRaises(ValidationError):
            self.Setup.create({"company_id": company2.id, "document_type": "email",
                               "template_id": self.template.id})

    def test_manager_configures_setup(self):
        self.Setup.sudo(self.manager).create({
            "company_id": self.company.id, "document_type": "phone_call",
            "template_id": self.template_call.id})
        self.assertEqual(self.Setup.get_template("phone_call"), self.template_call)

    def test_user_cannot_configure_setup(self):
        with self.assertRaises(AccessError):
            self.Setup.sudo(self.user).create({
                "company_id": self.company.id, "document_type": "phone_call",
                "template_id": self.template_call.id})
