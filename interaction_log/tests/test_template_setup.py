# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import ValidationError

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

    def test_get_template_is_refused_to_a_user_without_rights(self):
        """Recording asks as superuser; over RPC a user without Interactions
        rights learns nothing of the setup."""
        with self.assertAccessRefused():
            self.Setup.sudo(self.user_plain).get_template("out_invoice")
        self.assertEqual(self.Setup.sudo(self.user).get_template("out_invoice"), self.template)

    def test_second_setup_line_for_one_kind_is_refused(self):
        self.assertSqlConstraintRefuses(
            "interaction_template_setup_company_document_type_uniq", "change that line",
            "interaction.template.setup",
            {"document_type": "out_invoice", "template_id": self.template_call.id})

    def test_setup_line_with_template_of_another_company_is_refused(self):
        _company, _group, template2 = self._create_company("Setup Second Co", "SETUP2")
        with self.assertRaisesRegex(ValidationError, "choose a template of this company"), \
                self.env.cr.savepoint():
            self.Setup.create({"company_id": self.company.id, "document_type": "email",
                               "template_id": template2.id})
        self.assertFalse(self.Setup.search([("company_id", "=", self.company.id),
                                            ("document_type", "=", "email")]))
