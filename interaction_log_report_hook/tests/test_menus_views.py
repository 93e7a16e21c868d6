# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import TransactionCase


class TestMenusViews(TransactionCase):

    def test_sales_app_has_interactions_menu(self):
        root = self.env.ref("interaction_log_report_hook.menu_sale_interaction_root")
        self.assertEqual(root.parent_id, self.env.ref("sale.sale_menu_root"))
        self.assertEqual(
            self.env.ref("interaction_log_report_hook.menu_sale_interaction_log_entries").action,
            self.env.ref("interaction_log.action_interaction_log_entry"))
        self.assertEqual(
            self.env.ref("interaction_log_report_hook.menu_sale_interaction_template_setup").action,
            self.env.ref("interaction_log.action_interaction_template_setup"))

    def test_interactions_menu_hidden_without_interaction_rights(self):
        salesman = self.env["res.users"].create({
            "name": "Menu Test Salesman", "login": "menu_test_salesman",
            "groups_id": [(6, 0, [self.env.ref("sales_team.group_sale_salesman").id])],
        })
        root = self.env.ref("interaction_log_report_hook.menu_sale_interaction_root")
        visible = self.env["ir.ui.menu"].sudo(salesman).search([("id", "=", root.id)])
        self.assertFalse(visible)

    def test_template_setup_list_shows_record_automatically(self):
        arch = self.env["interaction.template.setup"].fields_view_get(view_type="tree")["arch"]
        self.assertIn('name="log_on_print"', arch)
