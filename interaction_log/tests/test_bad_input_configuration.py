# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tools import mute_logger

from .common import InteractionCase


class TestBadInputConfiguration(InteractionCase):
    """Groups, templates and the template setup refuse bad values with a
    message that says what to do, and nothing is written."""

    @classmethod
    def setUpFixtures(cls):
        cls.company_b = cls.env["res.company"].create({"name": "Bad Input Company B"})
        cls.group_b = cls.env["interaction.group"].create({
            "code": "BADB", "name": "Company B group", "company_id": cls.company_b.id})
        cls.template_b = cls.env["interaction.template"].create({
            "code": "BADB", "name": "Company B template", "group_id": cls.group_b.id,
            "company_id": cls.company_b.id})
        cls.shared = cls.env["res.partner"].create({
            "name": "Bad Input Shared Contact", "company_id": False})
        cls.Template = cls.env["interaction.template"]
        cls.Setup = cls.env["interaction.template.setup"]

    def assertSqlConstraintRefuses(self, constraint, message, model, values):
        """The database refuses ``values`` with ``constraint``, and a user of
        the web client or RPC gets ``message`` (Odoo's RPC layer turns the
        constraint into that ValidationError)."""
        with self.assertRaisesRegex(IntegrityError, constraint), mute_logger("odoo.sql_db"):
            with self.env.cr.savepoint():
                self.env[model].create(values)
        self.assertIn(message, self.registry._sql_error[constraint])

    def test_duplicate_template_code_in_one_company_is_refused(self):
        self.assertSqlConstraintRefuses(
            "interaction_template_code_company_uniq", "already exists in this company",
            "interaction.template", {"code": "TESTLTR", "name": "Twin", "group_id": self.group.id})

    def test_duplicate_group_code_in_one_company_is_refused(self):
        self.assertSqlConstraintRefuses(
            "interaction_group_code_company_uniq", "already exists in this company",
            "interaction.group", {"code": "TESTGRP", "name": "Twin"})

    def test_second_setup_line_for_one_kind_is_refused(self):
        self.Setup.search([("company_id", "=", self.company.id),
                           ("document_type", "=", "meeting")]).unlink()
        self.Setup.create({"document_type": "meeting", "template_id": self.template.id})
        self.assertSqlConstraintRefuses(
            "interaction_template_setup_company_document_type_uniq", "change that line",
            "interaction.template.setup",
            {"document_type": "meeting", "template_id": self.template_call.id})

    def test_template_without_group_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "Choose the interaction group"):
            self.Template.create({"code": "NOGROUP", "name": "No group"})
        self.assertFalse(self.Template.search([("code", "=", "NOGROUP")]))

    def test_template_group_given_as_default_is_accepted(self):
        """The Templates button of a group opens a form with its group as default."""
        template = self.Template.with_context(default_group_id=self.group.id).create({
            "code": "DEFGROUP", "name": "Group from the context"})
        self.assertEqual(template.group_id, self.group)

    def test_template_group_cannot_be_removed(self):
        with self.assertRaisesRegex(ValidationError, "Choose the interaction group"):
            self.template.write({"group_id": False})

    def test_negative_unit_cost_or_duration_is_refused(self):
        for values in ({"unit_cost": -1}, {"unit_duration": -0.5}):
            with self.subTest(values=values), self.assertRaisesRegex(
                    ValidationError, "cannot be negative"):
                self.Template.create(dict(values, code="NEG", name="Negative",
                                          group_id=self.group.id))
            with self.subTest(values=values), self.assertRaisesRegex(
                    ValidationError, "cannot be negative"):
                self.template.write(values)
        self.assertEqual((self.template.unit_cost, self.template.unit_duration), (2.5, 10.0))

    def test_absurd_unit_cost_or_duration_is_refused(self):
        for values in ({"unit_cost": 5e12}, {"unit_duration": 10 ** 6}):
            with self.subTest(values=values), self.assertRaisesRegex(
                    ValidationError, "cannot exceed"):
                self.template.write(values)
        self.assertEqual((self.template.unit_cost, self.template.unit_duration), (2.5, 10.0))

    def test_template_with_group_of_another_company_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "choose a group of the same company"):
            self.Template.create({"code": "MIXED", "name": "Mixed", "group_id": self.group_b.id})

    def test_setup_line_with_template_of_another_company_is_refused(self):
        self.Setup.search([("company_id", "=", self.company.id),
                           ("document_type", "=", "meeting")]).unlink()
        with self.assertRaisesRegex(ValidationError, "choose a template of this company"), \
                self.env.cr.savepoint():
            self.Setup.create({"company_id": self.company.id, "document_type": "meeting",
                               "template_id": self.template_b.id})
        self.assertFalse(self.Setup.search([("company_id", "=", self.company.id),
                                            ("document_type", "=", "meeting")]))

    def test_template_in_use_cannot_be_deleted(self):
        entry = self.Entry.log_interactions(self.customer, self.template)
        entry.action_switch_canceled()  # even canceled entries keep it in use
        with self.assertRaisesRegex(UserError, "TESTLTR.*archive it instead"):
            self.template.unlink()
        self.assertTrue(self.template.exists())

    def test_group_in_use_cannot_be_deleted(self):
        with self.assertRaisesRegex(UserError, "TESTGRP.*archive it instead"):
            self.group.unlink()
        self.template.unlink()
        self.template_call.unlink()
        self.Entry.log_interactions(self.shared, self.template_b)  # another group
        self.group.unlink()
        self.assertFalse(self.group.exists())

    def test_group_with_entries_of_a_deleted_template_cannot_be_deleted(self):
        """Entries keep the group they were recorded in."""
        self.Entry.log_interactions(self.shared, self.template_b)
        self.template_b.group_id = self.env["interaction.group"].create({
            "code": "BADB2", "name": "Another B group", "company_id": self.company_b.id})
        with self.assertRaisesRegex(UserError, "BADB.*archive it instead"):
            self.group_b.unlink()

    def test_unused_template_is_deleted(self):
        self.template_call.unlink()
        self.assertFalse(self.template_call.exists())
