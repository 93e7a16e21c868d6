# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import InteractionCase


class TestMultiCompany(InteractionCase):
    """Two companies, each with its own group, template, setup line, segment,
    logged segment and entries (some about a contact both share). The users
    and managers of one company never see or touch the other's."""

    @classmethod
    def setUpFixtures(cls):
        cls.company_b, _group, template_b = cls._create_company("Isolation Company B", "ISOB")
        cls.shared = cls.env["res.partner"].create({
            "name": "Isolation Shared Contact", "company_id": False})
        cls.records_a = cls._create_interaction_records(cls.template, cls.shared, "A")
        cls.records_b = cls._create_interaction_records(template_b, cls.shared, "B")
        cls.user_b = cls._create_user(
            "il_iso_user_b", ["base.group_user", "interaction_log.group_interaction_user"],
            cls.company_b)
        cls.manager_b = cls._create_user(
            "il_iso_manager_b", ["base.group_user", "interaction_log.group_interaction_manager"],
            cls.company_b)

    def models(self):
        return [model for model in self.records_a if model != "canceled"]

    def test_users_see_only_their_company_records(self):
        for user, own, other in ((self.user_b, self.records_b, self.records_a),
                                 (self.user, self.records_a, self.records_b)):
            for model in self.models():
                with self.subTest(user=user.login, model=model):
                    found = self.env[model].sudo(user).search([])
                    self.assertIn(own[model], found)
                    self.assertNotIn(other[model], found)

    def test_entry_takes_the_company_of_its_template(self):
        self.assertEqual(self.records_b["interaction.log.entry"].company_id, self.company_b)
        self.assertEqual(self.records_b["interaction.logged.segment"].entry_ids.company_id,
                         self.company_b)

    def test_user_cannot_read_records_of_the_other_company(self):
        for model in self.models():
            with self.assertAccessRefused(model=model):
                self.records_a[model].sudo(self.user_b).read(["display_name"])

    def test_user_cannot_cancel_or_change_entries_of_the_other_company(self):
        entry = self.records_a["interaction.log.entry"].sudo(self.user_b)
        with self.assertAccessRefused():
            entry.action_switch_canceled()
        with self.assertAccessRefused():
            entry.write({"evaluation": "negative"})
        self.assertFalse(self.records_a["interaction.log.entry"].canceled)

    def test_user_cannot_log_with_a_template_of_the_other_company(self):
        with self.assertAccessRefused():
            self.Entry.sudo(self.user_b).log_interactions(
                self.shared, self.records_a["interaction.template"])

    def test_user_cannot_log_a_segment_of_the_other_company(self):
        with self.assertAccessRefused():
            self.records_a["interaction.segment"].sudo(self.user_b).action_log()
        self.assertFalse(self.records_a["interaction.segment"].logged)

    def test_manager_cannot_change_or_delete_configuration_of_the_other_company(self):
        for model in ("interaction.group", "interaction.template",
                      "interaction.template.setup", "interaction.segment"):
            record = self.records_a[model].sudo(self.manager_b)
            with self.assertAccessRefused(model=model, operation="write"):
                record.write({"company_id": self.company_b.id})
            with self.assertAccessRefused(model=model, operation="unlink"):
                record.unlink()

    def test_manager_cannot_create_configuration_in_the_other_company(self):
        values = {
            "interaction.group": {"code": "ISOX", "name": "Intruder"},
            "interaction.template": {"code": "ISOX", "name": "Intruder",
                                     "group_id": self.group.id},
            "interaction.segment": {"name": "Intruder", "template_id": self.template.id},
        }
        for model, vals in values.items():
            with self.assertAccessRefused(model=model):
                self.env[model].sudo(self.manager_b).create(
                    dict(vals, company_id=self.company.id))

    def test_manager_cannot_delete_canceled_entries_of_the_other_company(self):
        wizard = self.env["interaction.delete.canceled.wizard"].sudo(self.manager_b).create({
            "partner_id": self.shared.id})
        wizard.action_delete()
        self.assertFalse(self.records_b["canceled"].exists())
        self.assertTrue(self.records_a["canceled"].exists())
        # last: a refused unlink leaves recomputations that RPC would roll back
        with self.assertAccessRefused():
            self.records_a["canceled"].sudo(self.manager_b).unlink()

    def test_entry_cannot_be_moved_to_the_other_company(self):
        entry = self.records_a["interaction.log.entry"].sudo(self.user)
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            entry.write({"company_id": self.company_b.id})
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            entry.write({"template_id": self.records_b["interaction.template"].id})
        self.assertEqual(entry.company_id, self.company)

    def test_template_setup_answers_per_company(self):
        Setup = self.env["interaction.template.setup"]
        self.assertEqual(Setup.get_template("meeting", self.company_b),
                         self.records_b["interaction.template"])
        self.assertEqual(Setup.get_template("meeting", self.company),
                         self.records_a["interaction.template"])

    def test_contact_count_and_statistics_count_own_company_only(self):
        # shared contact: entry + logged segment entry per company, canceled ones not counted
        self.assertEqual(self.shared.sudo(self.user_b).interaction_count, 2)
        self.assertEqual(self.shared.sudo(self.user).interaction_count, 2)
        stats = self.records_a["interaction.group"].sudo(self.user).get_interaction_statistics()
        self.assertEqual([(row["id"], row["interaction_count"]) for row in stats],
                         [(self.group.id, 2)])

    def test_user_of_both_companies_sees_the_current_company(self):
        self.user.write({"company_ids": [(4, self.company_b.id)]})
        entries = self.Entry.sudo(self.user).search([("partner_id", "=", self.shared.id)])
        self.assertEqual(entries.mapped("company_id"), self.company)
        self.user.write({"company_id": self.company_b.id})
        entries = self.Entry.sudo(self.user).search([("partner_id", "=", self.shared.id)])
        self.assertEqual(entries.mapped("company_id"), self.company_b)
