# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.modules.module import load_information_from_description_file
from odoo.tests.common import TransactionCase, at_install, post_install


@at_install(False)  # during its own installation the module is "to install"
@post_install(True)
class TestModule(TransactionCase):

    def test_module_installed_at_its_manifest_version(self):
        module = self.env["ir.module.module"].search([("name", "=", "interaction_log")])
        self.assertEqual(module.state, "installed")
        manifest = load_information_from_description_file("interaction_log")
        self.assertEqual(module.latest_version, manifest["version"])
