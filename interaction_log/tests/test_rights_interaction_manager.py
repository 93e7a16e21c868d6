# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import RightsCase


class TestRightsInteractionManager(RightsCase):
    """Interactions / Manager does everything a user does, configures, and
    deletes canceled entries (never entries that are not canceled)."""

    def test_manager_configures_groups_templates_and_setup(self):
        Group = self.env["interaction.group"].sudo(self.manager)
        group = Group.create({"code": "MGRGRP", "name": "Manager group"})
        template = self.env["interaction.template"].sudo(self.manager).create({
            "code": "MGRTPL", "name": "Manager template", "group_id": group.id})
        Setup = self.env["interaction.template.setup"]
        Setup.search([("company_id", "=", self.company.id),
                      ("document_type", "=", "email")]).unlink()
        setup = Setup.sudo(self.manager).create({
            "document_type": "email", "template_id": self.template.id})
        setup.write({"template_id": template.id})
        template.write({"unit_cost": 4.0})
        group.write({"name": "Renamed"})
        setup.unlink()
        template.unlink()
        group.unlink()
        self.assertFalse(setup.exists() or template.exists() or group.exists())

    def test_manager_deletes_canceled_entries(self):
        self.canceled_entry.sudo(self.manager).unlink()
        self.assertFalse(self.canceled_entry.exists())

    def test_manager_deletes_with_the_wizard(self):
        wizard = self.env["interaction.delete.canceled.wizard"].sudo(self.manager).create({
            "partner_id": self.other_customer.id})
        wizard.action_delete()
        self.assertFalse(self.canceled_entry.exists())
        self.assertTrue(self.entry.exists())

    def test_manager_deletes_a_segment(self):
        self.segment.sudo(self.manager).unlink()
        self.assertFalse(self.segment.exists())
