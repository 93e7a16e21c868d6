# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json

from odoo.tests.common import HOST, at_install, post_install

from .common import make_invoice, make_order, setup_print_templates
from .common_http import PrintHttpCase


@at_install(False)  # the HTTP requests need the registry, locked during the install
@post_install(True)
class TestPrintHttp(PrintHttpCase):
    """Print through the web client's routes, as a logged-in clerk who has
    no interaction rights."""

    def setUp(self):
        super(TestPrintHttp, self).setUp()
        env = self.http_env
        self.templates = setup_print_templates(env, env.ref("base.main_company"),
                                               code_prefix="THTTP")
        self.clerk = env["res.users"].create({
            "name": "HTTP Print Clerk", "login": "http_print_clerk", "password": "clerk-pass",
            "groups_id": [(6, 0, [env.ref("sales_team.group_sale_salesman_all_leads").id,
                                  env.ref("account.group_account_invoice").id])],
        })
        self.customer = env["res.partner"].create({"name": "HTTP Print Customer"})
        self.product = env["product.product"].create({
            "name": "HTTP Print Service", "type": "service", "invoice_policy": "order"})
        self.order = make_order(env, self.customer, self.product)
        self.registry.test_cr.commit()

    def test_pdf_route_records_entry_as_logged_in_user(self):
        self.assertFalse(self.clerk.has_group("interaction_log.group_interaction_user"))
        self.authenticate("http_print_clerk", "clerk-pass")
        entry = self.assert_print_records("sale.report_saleorder", self.order, "sale_quote",
                                          self.customer, self.templates["sale_quote"])
        self.assertEqual(entry.user_id, self.clerk)
        self.assertEqual(entry.correspondence_type, "hard_copy")
        self.assertEqual(entry.occurrence_no, 1)
        invoice = make_invoice(self.http_env, self.customer, self.product)
        entry = self.assert_print_records("account.report_invoice", invoice, "out_invoice",
                                          self.customer, self.templates["out_invoice"])
        self.assertEqual(entry.user_id, self.clerk)

    def test_download_route_records_entry(self):
        """/report/download is what the Print menu and print_quotation call."""
        self.authenticate("http_print_clerk", "clerk-pass")
        url = "/report/pdf/sale.report_saleorder/%d" % self.order.id
        response = self.opener.get(
            "http://%s:%s/report/download" % (HOST, self.port),
            params={"data": json.dumps([url, "qweb-pdf"]), "token": "1"}, timeout=30)
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response.headers.get("Content-Disposition", ""))
        self.assertEqual(self.entries_of(self.order).user_id, self.clerk)

    def test_html_preview_route_records_nothing(self):
        self.authenticate("http_print_clerk", "clerk-pass")
        response = self.url_open("/report/html/sale.report_saleorder/%d" % self.order.id)
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.order.name, response.text)
        self.assertFalse(self.entries_of(self.order))

    def test_portal_download_records_nothing(self):
        """The customer downloading their quotation (rendered as superuser
        for the public user) is no interaction of ours."""
        response = self.url_open("/my/orders/pdf/%d?access_token=%s" % (
            self.order.id, self.order.access_token))
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.order.name, response.text)
        self.assertFalse(self.entries_of(self.order))
