# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError

from .common import InteractionCase


class TestConfiguration(InteractionCase):
    """Interaction groups and templates: codes unique per company, a group of
    the template's company, sensible unit cost and duration, and what is in
    use is archived rather than deleted."""

    @classmethod
    def setUpFixtures(cls):
        # the same codes as our company's group and template: allowed there
        cls.company_b, cls.group_b, cls.template_b = cls._create_company(
            "Config Company B", "TESTLTR")
        cls.shared = cls.env["res.partner"].create({
            "name": "Config Shared Contact", "company_id": False})
        cls.Template = cls.env["interaction.template"]

    def test_duplicate_template_code_in_one_company_is_refused(self):
        self.assertSqlConstraintRefuses(
            "interaction_template_code_company_uniq", "already exists in this company",
            "interaction.template", {"code": "TESTLTR", "name": "Twin", "group_id": self.group.id})
        self.assertEqual(self.template_b.code, self.template.code)

    def test_duplicate_group_code_in_one_company_is_refused(self):
        self.assertSqlConstraintRefuses(
            "interaction_group_code_company_uniq", "already exists in this company",
            "interaction.group", {"code": "TESTGRP", "name": "Twin"})

    def test_template_without_group_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "Choose the interaction group"):
            self.Template.create({"code": "NOGROUP", "name": "No group"})
        self.assertFalse(self.Template.search([("code", "=", "NOGROUP")]))

    def test_template_group_given_as_default_is_accepted(self):
        """The Templates button of a group opens a form with its group as default."""
        template = self.Template.with_context(default_group_id=self.group.id).create({
            "code": "DEFGROUP", "name": "Group from the context"})
        self.assertEqual(template.group_id, self.group)
        self.assertEqual(template.company_id, self.company)

    def test_template_group_cannot_be_removed(self):
        with self.assertRaisesRegex(ValidationError, "Choose the interaction group"):
            self.template.write({"group_id": False})

    def test_negative_or_absurd_unit_cost_or_duration_is_refused(self):
        for values, message in (({"unit_cost": -1}, "cannot be negative"),
                                ({"unit_duration": -0.5}, "cannot be negative"),
                                ({"unit_cost": 5e12}, "cannot exceed"),
                                ({"unit_duration": 10 ** 6}, "cannot exceed")):
            with self.subTest(values=values), self.assertRaisesRegex(ValidationError, message):
                self.Template.create(dict(values, code="BAD", name="Bad", group_id=self.group.id))
            with self.subTest(values=values), self.assertRaisesRegex(ValidationError, message):
                self.template.write(values)
        self.assertEqual((self.template.unit_cost, self.template.unit_duration), (2.5, 10.0))

    def test_template_with_group_of_another_company_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "choose a group of the same company"):
            self.Template.create({"code": "MIXED", "name": "Mixed", "group_id": self.group_b.id})

    def test_template_name_search_finds_code(self):
        found = self.Template.name_search("TESTCA")
        self.assertEqual([template_id for template_id, _name in found], [self.template_call.id])
        self.assertEqual(found[0][1], "[TESTCALL] Test call")

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
            "code": "CONFB2", "name": "Another B group", "company_id": self.company_b.id})
        with self.assertRaisesRegex(UserError, "TESTLTR.*archive it instead"):
            self.group_b.unlink()

    def test_unused_template_is_deleted(self):
        self.template_call.unlink()
        self.assertFalse(self.template_call.exists())
