# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
import threading
import time

import requests

import odoo
from odoo import SUPERUSER_ID, api
from odoo.tests.common import HOST, TransactionCase, at_install, post_install
from odoo.tools import mute_logger

from .common_http import ensure_http_server


@at_install(False)  # committed data and real transactions: after the install
@post_install(True)
class TestConcurrencyPrintHttp(TransactionCase):
    """A user prints an invoice from the web client (/report/pdf) while
    another transaction records a print of the same invoice and commits in
    the meantime. The request fails to serialize on the occurrence counter;
    Odoo's HTTP dispatch retries it and the user gets the PDF, never the
    error, with occurrence 2. Real transactions (no test cursor): the data is
    committed, and deleted again at the end."""

    def setUp(self):
        super(TestConcurrencyPrintHttp, self).setUp()
        self.db = self.env.cr.dbname
        self.ids = {}
        self.addCleanup(self.delete_committed_data)
        with odoo.registry(self.db).cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {
                "tracking_disable": True, "no_reset_password": True})
            company = env.ref("base.main_company")
            Setup = env["interaction.template.setup"]
            # the invoice stays a draft (deleted at the end): a draft invoice kind
            setup = Setup.search([("company_id", "=", company.id),
                                  ("document_type", "=", "draft_invoice")])
            if not setup.template_id.active or not setup.log_on_print:
                self.skipTest("the database does not record printed invoices")
            partner = env["res.partner"].create({"name": "HTTP Concurrent Customer"})
            clerk = env["res.users"].create({
                "name": "HTTP Concurrent Clerk", "login": "il_http_concurrent_clerk",
                "password": "clerk-pass",
                "groups_id": [(6, 0, [env.ref("account.group_account_invoice").id])]})
            income = env["account.account"].search([
                ("company_id", "=", company.id),
                ("user_type_id", "=", env.ref("account.data_account_type_revenue").id)], limit=1)
            invoice = env["account.invoice"].create({
                "partner_id": partner.id, "type": "out_invoice",
                "account_id": partner.property_account_receivable_id.id,
                "invoice_line_ids": [(0, 0, {"name": "HTTP service", "quantity": 1,
                                             "price_unit": 10.0, "account_id": income.id})],
            })
            self.ids = {"partner": partner.id, "clerk": clerk.id, "invoice": invoice.id,
                        "clerk_partner": clerk.partner_id.id,
                        "template": setup.template_id.id}
        self.ref = "account.invoice,%d" % self.ids["invoice"]

    def delete_committed_data(self):
        if not self.ids:
            return
        with odoo.registry(self.db).cursor() as cr:
            cr.execute("DELETE FROM interaction_log_entry WHERE document_ref = %s", [self.ref])
            cr.execute("DELETE FROM interaction_log_document_occurrence WHERE document_ref = %s",
                       [self.ref])
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["account.invoice"].browse(self.ids["invoice"]).unlink()
            env["res.users"].browse(self.ids["clerk"]).unlink()
            env["res.partner"].browse([self.ids["partner"], self.ids["clerk_partner"]]).unlink()

    def waiting_on_a_lock(self):
        with odoo.registry(self.db).cursor() as cr:
            cr.execute("SELECT count(*) FROM pg_stat_activity "
                       "WHERE datname = %s AND wait_event_type = 'Lock'", [self.db])
            return cr.fetchone()[0]

    def test_print_that_fails_to_serialize_is_retried_not_shown(self):
        url = "http://%s:%d" % (HOST, ensure_http_server())
        session = requests.Session()
        login = session.post(url + "/web/session/authenticate", json={
            "jsonrpc": "2.0", "method": "call", "params": {
                "db": self.db, "login": "il_http_concurrent_clerk",
                "password": "clerk-pass"}}, timeout=60).json()
        self.assertEqual(login["result"]["uid"], self.ids["clerk"], login)
        response = {}

        def print_invoice():
            response["print"] = session.get(
                url + "/report/pdf/account.report_invoice/%d" % self.ids["invoice"], timeout=120)

        request = threading.Thread(target=print_invoice)
        with mute_logger("odoo.sql_db"), \
                self.assertLogs("odoo.service.model", logging.INFO) as logs:
            with odoo.registry(self.db).cursor() as other:
                # another print of the same invoice, not committed yet
                env = api.Environment(other, SUPERUSER_ID, {})
                env["interaction.log.entry"].log_interactions(
                    [self.ids["partner"]], self.ids["template"], document_ref=self.ref)
                request.start()
                deadline = time.time() + 60
                while not self.waiting_on_a_lock() and time.time() < deadline:
                    time.sleep(0.05)
                self.assertTrue(self.waiting_on_a_lock(), "the print waits for the other one")
            # the other print commits: the waiting request fails to serialize
            request.join(timeout=120)
        self.assertEqual(response["print"].status_code, 200)
        self.assertIn(b"INV", response["print"].content.upper())
        self.assertTrue(any("SERIALIZATION_FAILURE, retry" in line for line in logs.output),
                        logs.output)
        with odoo.registry(self.db).cursor() as cr:
            cr.execute("""SELECT occurrence_no, user_id FROM interaction_log_entry
                           WHERE document_ref = %s ORDER BY occurrence_no""", [self.ref])
            self.assertEqual(cr.fetchall(), [(1, SUPERUSER_ID), (2, self.ids["clerk"])])
