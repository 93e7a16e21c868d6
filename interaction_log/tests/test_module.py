from odoo.tests.common import TransactionCase


class TestModule(TransactionCase):

    def test_module_installed(self):
        module = self.env["ir.module.module"].search([("name", "=", "interaction_log")])
        self.assertEqual(module.state, "installed")
        self.assertEqual(module.latest_version, "11.0.1.0.0")
