# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import RightsCase


class TestRightsWithoutInteractionGroups(RightsCase):
    """Employees without the Interactions groups, portal users and the public
    user can neither see nor change anything of the interaction log."""

    def outsiders(self):
        return {"employee": self.user_plain, "portal": self.portal_user,
                "public": self.public_user}

    def create_values(self):
        return {
            "interaction.group": {"code": "RIGHTS", "name": "Refused group"},
            "interaction.template": {"code": "RIGHTS", "name": "Refused template",
                                     "group_id": self.group.id},
            "interaction.template.setup": {"document_type": "email",
                                           "template_id": self.template.id},
            "interaction.log.entry": {"partner_id": self.customer.id,
                                      "template_id": self.template.id},
            "interaction.segment": {"name": "Refused segment"},
            "interaction.logged.segment": {"segment_id": self.segment.id,
                                           "description": "Refused logging"},
        }

    def test_outsiders_cannot_search_or_read_interaction_records(self):
        for who, user in self.outsiders().items():
            for model, record in self.records.items():
                with self.assertAccessRefused(user=who, model=model, operation="search"):
                    self.env[model].sudo(user).search([])
                with self.assertAccessRefused(user=who, model=model, operation="read"):
                    record.sudo(user).read(["display_name"])

    def test_outsiders_cannot_create_interaction_records(self):
        for who, user in self.outsiders().items():
            for model, values in self.create_values().items():
                with self.assertAccessRefused(user=who, model=model):
                    self.env[model].sudo(user).create(values)

    def test_outsiders_cannot_change_interaction_records(self):
        for who, user in self.outsiders().items():
            for model, record in self.records.items():
                field = "description" if "description" in record._fields else "company_id"
                value = "changed" if field == "description" else self.company.id
                with self.assertAccessRefused(user=who, model=model):
                    record.sudo(user).write({field: value})

    def test_outsiders_cannot_delete_interaction_records(self):
        for who, user in self.outsiders().items():
            for model, record in dict(self.records, canceled=self.canceled_entry).items():
                with self.assertAccessRefused(user=who, model=model):
                    record.sudo(user).unlink()
        self.assertTrue(self.canceled_entry.exists())

    def test_employee_cannot_log_interactions(self):
        with self.assertAccessRefused():
            self.Entry.sudo(self.user_plain).log_interactions(self.customer, self.template)

    def test_employee_cannot_cancel_or_restore_entries(self):
        for entry in (self.entry, self.canceled_entry):
            with self.assertAccessRefused(canceled=entry.canceled):
                entry.sudo(self.user_plain).action_switch_canceled()
        self.assertFalse(self.entry.canceled)
        self.assertTrue(self.canceled_entry.canceled)

    def test_employee_cannot_use_the_wizards(self):
        wizards = {
            "interaction.create.wizard": (
                {"partner_id": self.customer.id, "template_id": self.template.id,
                 "description": "Refused"}, "action_create"),
            "interaction.switch.canceled.wizard": (
                {"entry_ids": [(6, 0, self.entry.ids)]}, "action_confirm"),
            "interaction.delete.canceled.wizard": ({}, "action_delete"),
        }
        for model, (values, method) in wizards.items():
            with self.assertAccessRefused(wizard=model):
                with self.env.cr.savepoint():
                    wizard = self.env[model].sudo(self.user_plain).create(values)
                    getattr(wizard, method)()
        self.assertFalse(self.entry.canceled)
        self.assertTrue(self.canceled_entry.exists())

    def test_employee_cannot_log_a_segment(self):
        with self.assertAccessRefused():
            self.segment.sudo(self.user_plain).action_log()
        self.assertFalse(self.segment.logged)

    def test_outsiders_see_no_interaction_count_on_contacts(self):
        self.Entry.log_interactions(self.portal_user.partner_id, self.template)
        self.assertEqual(self.portal_user.partner_id.interaction_count, 1)
        customer = self.other_customer.sudo(self.user_plain)
        self.assertEqual((customer.interaction_count, customer.interaction_cost), (0, 0.0))
        self.assertFalse(customer.last_interaction_date)
        portal_partner = self.portal_user.partner_id.sudo(self.portal_user)
        self.assertEqual(portal_partner.interaction_count, 0)

    def test_employee_does_not_get_the_interaction_menus(self):
        root = self.env.ref("interaction_log.menu_interaction_root")
        Menu = self.env["ir.ui.menu"]
        self.assertNotIn(root.id, Menu.sudo(self.user_plain)._visible_menu_ids())
        self.assertIn(root.id, Menu.sudo(self.user)._visible_menu_ids())
