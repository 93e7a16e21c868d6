# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json

from odoo.tests.common import HOST, at_install, post_install

from .common import setup_print_templates
from .common_http import PrintHttpCase


@at_install(False)  # the HTTP requests need the registry, locked during the install
@post_install(True)
class TestPrintHttp(PrintHttpCase):
    """Print through the web client's routes, as a logged-in salesman."""

    def setUp(self):
        super(TestPrintHttp, self).setUp()
        env = self.http_env
        self.company = env.ref("base.main_company")
        self.templates = setup_print_templates(env, self.company, code_prefix="THTTP")
        self.demo = env.ref("base.user_demo")
        product = env["product.product"].create({"name": "HTTP Print Service", "type": "service"})
        self.order = env["sale.order"].create({
            "partner_id": env["res.partner"].create({"name": "HTTP Print Customer"}).id,
            "user_id": self.demo.id,
            "order_line": [(0, 0, {
                "name": product.name, "product_id": product.id, "product_uom_qty": 1,
                "product_uom": product.uom_id.id, "price_unit": 10.0})],
        })
        self.registry.test_cr.commit()

    def entries(self):
        return self.entries_of(self.order)

    def test_pdf_route_records_entry_as_logged_in_user(self):
        self.authenticate("demo", "demo")
        response = self.url_open("/report/pdf/sale.report_saleorder/%d" % self.order.id)
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.order.name, response.text)
        entry = self.entries()
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.user_id, self.demo)
        self.assertEqual(entry.correspondence_type, "hard_copy")
        self.assertEqual(entry.template_id, self.templates["sale_quote"])
        self.assertEqual(entry.occurrence_no, 1)

    def test_pdf_route_records_entry_for_user_without_interaction_rights(self):
        clerk = self.http_env["res.users"].create({
            "name": "HTTP Print Clerk", "login": "http_print_clerk", "password": "clerk-pass",
            "groups_id": [(6, 0, [
                self.http_env.ref("sales_team.group_sale_salesman_all_leads").id])],
        })
        self.assertFalse(clerk.has_group("interaction_log.group_interaction_user"))
        self.registry.test_cr.commit()
        self.authenticate("http_print_clerk", "clerk-pass")
        response = self.url_open("/report/pdf/sale.report_saleorder/%d" % self.order.id)
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.order.name, response.text)
        self.assertEqual(self.entries().user_id, clerk)

    def test_download_route_records_entry(self):
        """/report/download is what the Print menu and print_quotation call."""
        self.authenticate("demo", "demo")
        url = "/report/pdf/sale.report_saleorder/%d" % self.order.id
        response = self.opener.get(
            "http://%s:%s/report/download" % (HOST, self.port),
            params={"data": json.dumps([url, "qweb-pdf"]), "token": "1"}, timeout=30)
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response.headers.get("Content-Disposition", ""))
        self.assertEqual(self.entries().user_id, self.demo)

    def test_reprint_through_route_counts_occurrences(self):
        self.authenticate("demo", "demo")
        for _i in range(2):
            self.url_open("/report/pdf/sale.report_saleorder/%d" % self.order.id)
        self.assertEqual(self.entries().mapped("occurrence_no"), [2, 1])

    def test_html_preview_route_records_nothing(self):
        self.authenticate("demo", "demo")
        response = self.url_open("/report/html/sale.report_saleorder/%d" % self.order.id)
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.order.name, response.text)
        self.assertFalse(self.entries())

    def test_portal_download_records_nothing(self):
        """The customer downloading their quotation (rendered as superuser
        for the public user) is no interaction of ours."""
        response = self.url_open("/my/orders/pdf/%d?access_token=%s" % (
            self.order.id, self.order.access_token))
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.order.name, response.text)
        self.assertFalse(self.entries())
