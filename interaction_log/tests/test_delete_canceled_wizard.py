# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import InteractionCase


class TestDeleteCanceledWizard(InteractionCase):

    @classmethod
    def setUpFixtures(cls):
        log = cls.Entry.log_interactions
        cls.old_letter = log(cls.customer, cls.template, date="2025-01-10 09:00:00")
        cls.new_letter = log(cls.contact, cls.template, date="2025-06-10 09:00:00")
        cls.call = log(cls.other_customer, cls.template_call, date="2025-06-11 09:00:00")
        cls.kept = log(cls.customer, cls.template, date="2025-06-12 09:00:00")
        (cls.old_letter | cls.new_letter | cls.call).action_switch_canceled()

    def run_wizard(self, user=None, **filters):
        Wizard = self.env["interaction.delete.canceled.wizard"]
        if user:
            Wizard = Wizard.sudo(user)
        wizard = Wizard.create(filters)
        wizard.action_delete()
        return wizard

    def test_delete_wizard_deletes_canceled_and_reports_count(self):
        canceled_count = self.Entry.search_count([("canceled", "=", True)])
        wizard = self.run_wizard()
        self.assertEqual(wizard.deleted_count, canceled_count)
        self.assertFalse(self.Entry.search_count([("canceled", "=", True)]))
        self.assertEqual(wizard.state, "done")
        self.assertFalse((self.old_letter | self.new_letter | self.call).exists())

    def test_delete_wizard_keeps_uncanceled(self):
        self.run_wizard()
        self.assertTrue(self.kept.exists())

    def test_delete_wizard_filters_date_range(self):
        wizard = self.run_wizard(date_from="2025-06-01", date_to="2025-06-10")
        self.assertEqual(wizard.deleted_count, 1)
        self.assertFalse(self.new_letter.exists())
        self.assertTrue(self.old_letter.exists())
        self.assertTrue(self.call.exists())

    def test_delete_wizard_filters_partner_with_its_contacts(self):
        wizard = self.run_wizard(partner_id=self.customer.id)
        self.assertEqual(wizard.deleted_count, 2)
        self.assertTrue(self.call.exists())

    def test_delete_wizard_filters_template(self):
        wizard = self.run_wizard(template_id=self.template_call.id)
        self.assertEqual(wizard.deleted_count, 1)
        self.assertFalse(self.call.exists())

    def test_delete_wizard_filters_group(self):
        other_group = self.env["interaction.group"].create({"code": "EMPTY", "name": "Empty"})
        wizard = self.run_wizard(group_id=other_group.id)
        self.assertEqual(wizard.deleted_count, 0)
        wizard = self.run_wizard(group_id=self.group.id)
        self.assertEqual(wizard.deleted_count, 3)

    def test_delete_wizard_filters_user(self):
        entry = self.Entry.sudo(self.user).log_interactions(self.customer, self.template)
        entry.action_switch_canceled()
        wizard = self.run_wizard(user_id=self.user.id)
        self.assertEqual(wizard.deleted_count, 1)
        self.assertFalse(entry.exists())
        self.assertTrue(self.call.exists())

    def test_delete_wizard_previews_match_count(self):
        wizard = self.env["interaction.delete.canceled.wizard"].create(
            {"template_id": self.template.id})
        self.assertEqual(wizard.match_count, 2)

    def test_delete_wizard_removes_attachments_and_xml_ids(self):
        attachment = self.env["ir.attachment"].create({
            "name": "call notes.txt", "datas": "bm90ZXM=", "datas_fname": "call notes.txt",
            "res_model": "interaction.log.entry", "res_id": self.call.id})
        xml_id = self.env["ir.model.data"].create({
            "module": "test_interaction", "name": "deleted_call",
            "model": "interaction.log.entry", "res_id": self.call.id})
        self.run_wizard()
        self.assertFalse(self.call.exists())
        self.assertFalse(attachment.exists())
        self.assertFalse(xml_id.exists())

    def test_delete_wizard_with_reversed_dates_is_refused(self):
        wizard = self.env["interaction.delete.canceled.wizard"].create({
            "date_from": "2025-06-30", "date_to": "2025-01-01"})
        with self.assertRaisesRegex(UserError, "correct the date range"):
            wizard.action_delete()
        self.assertTrue(self.old_letter.exists())
