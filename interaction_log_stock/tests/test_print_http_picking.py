# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import at_install, post_install

from odoo.addons.interaction_log_report_hook.tests.common import setup_print_templates
from odoo.addons.interaction_log_report_hook.tests.common_http import PrintHttpCase

from .common import STOCK_KINDS, STOCK_NAMES, make_picking, make_product


@at_install(False)
@post_install(True)
class TestPrintHttpPicking(PrintHttpCase):
    """A delivery slip and a receipt printed from the web client's Print
    menu (/report/pdf) record one entry each, counted by the smart button."""

    def setUp(self):
        super(TestPrintHttpPicking, self).setUp()
        env = self.http_env
        self.templates = setup_print_templates(
            env, env.ref("base.main_company"), kinds=STOCK_KINDS, code_prefix="THTTPS",
            names=STOCK_NAMES)
        self.partner = env["res.partner"].create({"name": "HTTP Picking Partner"})
        self.product = make_product(env)
        self.authenticate("admin", "admin")

    def test_print_delivery_slip_through_route_records_delivery_slip(self):
        delivery = make_picking(self.http_env, "delivery_slip", self.partner, self.product)
        self.assert_print_records("stock.report_deliveryslip", delivery, "delivery_slip",
                                  self.partner, self.templates["delivery_slip"])

    def test_print_receipt_through_route_records_receipt(self):
        receipt = make_picking(self.http_env, "receipt", self.partner, self.product)
        self.assert_print_records("stock.report_deliveryslip", receipt, "receipt",
                                  self.partner, self.templates["receipt"])
