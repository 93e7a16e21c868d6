# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import InteractionCase


class TestMultiCompanyIsolation(InteractionCase):
    """Two companies, each with its own group, template, setup line, segment,
    logged segment and entries (some about a contact both share). The users
    and managers of one company never see or touch the other's."""

    @classmethod
    def setUpFixtures(cls):
        cls.company_b = cls.env["res.company"].create({"name": "Isolation Company B"})
        cls.shared = cls.env["res.partner"].create({
            "name": "Isolation Shared Contact", "company_id": False})
        cls.records_a = cls.company_records(cls.company, cls.group, cls.template, "A")
        group_b = cls.env["interaction.group"].create({
            "code": "ISOB", "name": "Isolation B", "company_id": cls.company_b.id})
        template_b = cls.env["interaction.template"].create({
            "code": "ISOB", "name": "Isolation B letter", "group_id": group_b.id,
            "company_id": cls.company_b.id})
        cls.records_b = cls.company_records(cls.company_b, group_b, template_b, "B")
        cls.user_b = cls._create_company_user(
            "il_iso_user_b", cls.company_b, "interaction_log.group_interaction_user")
        cls.manager_b = cls._create_company_user(
            "il_iso_manager_b", cls.company_b, "interaction_log.group_interaction_manager")

    @classmethod
    def company_records(cls, company, group, template, letter):
        Setup = cls.env["interaction.template.setup"]
        Setup.search([("company_id", "=", company.id), ("document_type", "=", "meeting")]).unlink()
        Segment = cls.env["interaction.segment"]
        entry = cls.Entry.log_interactions(cls.shared, template)
        canceled = cls.Entry.log_interactions(cls.shared, template, description="Canceled")
        canceled.action_switch_canceled()
        return {
            "interaction.group": group,
            "interaction.template": template,
            "interaction.template.setup": Setup.create({
                "company_id": company.id, "document_type": "meeting",
                "template_id": template.id}),
            "interaction.segment": Segment.create({
                "name": "Isolation segment %s" % letter, "template_id": template.id,
                "company_id": company.id, "partner_ids": [(6, 0, cls.shared.ids)]}),
            "interaction.logged.segment": Segment.create({
                "name": "Isolation logged %s" % letter, "template_id": template.id,
                "company_id": company.id,
                "partner_ids": [(6, 0, cls.shared.ids)]}).action_log(),
            "interaction.log.entry": entry,
            "canceled": canceled,
        }

    @classmethod
    def _create_company_user(cls, login, company, group_xmlid):
        return cls.env["res.users"].create({
            "name": login, "login": login, "company_id": company.id,
            "company_ids": [(6, 0, company.ids)],
            "groups_id": [(6, 0, [cls.env.ref("base.group_user").id,
                                  cls.env.ref(group_xmlid).id])],
        })

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

    def test_user_cannot_read_records_of_the_other_company(self):
        for model in self.models():
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.records_a[model].sudo(self.user_b).read(["display_name"])

    def test_user_cannot_cancel_or_change_entries_of_the_other_company(self):
        entry = self.records_a["interaction.log.entry"].sudo(self.user_b)
        with self.assertRaises(AccessError):
            entry.action_switch_canceled()
        with self.assertRaises(AccessError):
            entry.write({"evaluation": "negative"})
        self.assertFalse(self.records_a["interaction.log.entry"].canceled)

    def test_user_cannot_log_with_a_template_of_the_other_company(self):
        with self.assertRaises(AccessError):
            self.Entry.sudo(self.user_b).log_interactions(
                self.shared, self.records_a["interaction.template"])

    def test_user_cannot_log_a_segment_of_the_other_company(self):
        with self.assertRaises(AccessError):
            self.records_a["interaction.segment"].sudo(self.user_b).action_log()
        self.assertFalse(self.records_a["interaction.segment"].logged)

    def test_manager_cannot_change_or_delete_configuration_of_the_other_company(self):
        for model in ("interaction.group", "interaction.template",
                      "interaction.template.setup", "interaction.segment"):
            record = self.records_a[model].sudo(self.manager_b)
            with self.subTest(model=model, operation="write"), self.assertRaises(AccessError):
                record.write({"company_id": self.company_b.id})
            with self.subTest(model=model, operation="unlink"), self.assertRaises(AccessError):
                record.unlink()

    def test_manager_cannot_create_configuration_in_the_other_company(self):
        values = {
            "interaction.group": {"code": "ISOX", "name": "Intruder"},
            "interaction.template": {"code": "ISOX", "name": "Intruder",
                                     "group_id": self.group.id},
            "interaction.segment": {"name": "Intruder", "template_id": self.template.id},
        }
        for model, vals in values.items():
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].sudo(self.manager_b).create(
                    dict(vals, company_id=self.company.id))

    def test_manager_cannot_delete_canceled_entries_of_the_other_company(self):
        with self.assertRaises(AccessError):
            self.records_a["canceled"].sudo(self.manager_b).unlink()
        wizard = self.env["interaction.delete.canceled.wizard"].sudo(self.manager_b).create({
            "partner_id": self.shared.id})
        wizard.action_delete()
        self.assertFalse(self.records_b["canceled"].exists())
        self.assertTrue(self.records_a["canceled"].exists())

    def test_entry_cannot_be_moved_to_the_other_company(self):
        entry = self.records_a["interaction.log.entry"].sudo(self.user)
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            entry.write({"company_id": self.company_b.id})
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            entry.write({"template_id": self.records_b["interaction.template"].id})
        self.assertEqual(entry.company_id, self.company)

    def test_setup_line_cannot_use_a_template_of_the_other_company(self):
        with self.assertRaisesRegex(ValidationError, "choose a template of this company"):
            self.records_b["interaction.template.setup"].write({
                "template_id": self.records_a["interaction.template"].id})

    def test_segment_cannot_use_a_template_of_the_other_company(self):
        with self.assertRaisesRegex(ValidationError, "choose a template of the segment"):
            self.records_b["interaction.segment"].write({
                "template_id": self.records_a["interaction.template"].id})

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
