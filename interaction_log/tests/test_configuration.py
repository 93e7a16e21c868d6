# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, ValidationError
from odoo.tools import mute_logger

from .common import InteractionCase


class TestConfiguration(InteractionCase):

    def test_template_code_unique_per_company(self):
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"):
            with self.env.cr.savepoint():
                self.env["interaction.template"].create({
                    "code": "TESTLTR", "name": "Duplicate", "group_id": self.group.id})

    def test_same_template_code_in_other_company(self):
        company2 = self.env["res.company"].create({"name": "Config Second Co"})
        group2 = self.env["interaction.group"].create({
            "code": "TESTGRP", "name": "Letters", "company_id": company2.id})
        template2 = self.env["interaction.template"].create({
            "code": "TESTLTR", "name": "Letter", "group_id": group2.id,
            "company_id": company2.id})
        self.assertTrue(template2)

    def test_template_group_of_other_company_is_refused(self):
        company2 = self.env["res.company"].create({"name": "Config Third Co"})
        with self.assertRaises(ValidationError):
            self.env["interaction.template"].create({
                "code": "X", "name": "X", "group_id": self.group.id,
                "company_id": company2.id})

    def test_template_negative_unit_cost_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.template.unit_cost = -1

    def test_template_name_search_finds_code(self):
        found = self.env["interaction.template"].name_search("TESTCA")
        self.assertEqual([template_id for template_id, _name in found], [self.template_call.id])
        self.assertEqual(found[0][1], "[TESTCALL] Test call")

    def test_manager_configures_groups_and_templates(self):
        group = self.env["interaction.group"].sudo(self.manager).create(
            {"code": "MGR", "name": "Manager group"})
        template = self.env["interaction.template"].sudo(self.manager).create(
            {"code": "MGRT", "name": "Manager template", "group_id": group.id})
        template.unit_cost = 3.0
        self.assertEqual(template.company_id, self.company)

    def test_user_reads_but_cannot_configure_templates(self):
        self.assertEqual(self.template.sudo(self.user).name, "Test letter")
        with self.assertRaises(AccessError):
            self.template.sudo(self.user).unit_cost = 9.0
        with self.assertRaises(AccessError):
            self.env["interaction.group"].sudo(self.user).create({"code": "U", "name": "U"})

    def test_user_without_rights_cannot_read_templates(self):
        with self.assertRaises(AccessError):
            self.template.sudo(self.user_plain).read(["name"])
