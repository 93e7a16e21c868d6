# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import at_install, post_install

from odoo.addons.interaction_log_report_hook.tests.common import setup_print_templates
from odoo.addons.interaction_log_report_hook.tests.common_http import PrintHttpCase

from .common import PURCHASE_KINDS, PURCHASE_NAMES, make_product, make_purchase_order


@at_install(False)
@post_install(True)
class TestPrintHttpPurchase(PrintHttpCase):
    """An RFQ and a purchase order printed from the web client's Print menu
    (/report/pdf) record one entry each, counted by the smart button."""

    def setUp(self):
        super(TestPrintHttpPurchase, self).setUp()
        env = self.http_env
        self.templates = setup_print_templates(
            env, env.ref("base.main_company"), kinds=PURCHASE_KINDS, code_prefix="THTTPP",
            names=PURCHASE_NAMES)
        self.vendor = env["res.partner"].create({"name": "HTTP Vendor", "supplier": True})
        self.product = make_product(env)
        self.authenticate("admin", "admin")

    def test_print_rfq_through_route_records_request_for_quotation(self):
        rfq = make_purchase_order(self.http_env, self.vendor, self.product)
        self.assert_print_records("purchase.report_purchasequotation", rfq, "purchase_quote",
                                  self.vendor, self.templates["purchase_quote"])

    def test_print_purchase_order_through_route_records_purchase_order(self):
        order = make_purchase_order(self.http_env, self.vendor, self.product, confirm=True)
        self.assert_print_records("purchase.report_purchaseorder", order, "purchase_order",
                                  self.vendor, self.templates["purchase_order"])
