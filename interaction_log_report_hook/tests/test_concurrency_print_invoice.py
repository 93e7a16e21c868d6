# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
import threading
from unittest import mock

import odoo
from odoo import SUPERUSER_ID, api
from odoo.service import model as service_model
from odoo.tests.common import TransactionCase, at_install, post_install
from odoo.tools import mute_logger


@at_install(False)  # committed data and real transactions: after the install
@post_install(True)
class TestConcurrencyPrintInvoice(TransactionCase):
    """Two users print the same invoice at the same moment, each through
    Odoo's RPC service in a transaction of their own (the web client's
    /report routes run in the same retrying wrapper). One transaction fails
    to serialize on the invoice's occurrence counter; Odoo retries it, print
    included, so both users get their document, the error is never shown,
    and the invoice has occurrences 1 and 2. The data is committed: it is
    deleted again at the end."""

    def setUp(self):
        super(TestConcurrencyPrintInvoice, self).setUp()
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
            created = {}
            if not setup.template_id.active or not setup.log_on_print:
                # no usable setup (no demo data): one of ours, deleted at the end
                setup.unlink()
                group = env["interaction.group"].create({"code": "CONCPRT", "name": "Prints"})
                template = env["interaction.template"].create({
                    "code": "CONCPRT", "name": "Invoice", "group_id": group.id})
                setup = Setup.create({"document_type": "draft_invoice", "template_id": template.id})
                created = {"setup": setup.id, "template": template.id, "group": group.id}
            partner = env["res.partner"].create({"name": "Concurrent Invoice Customer"})
            clerk = env["res.users"].create({
                "name": "Concurrent Invoice Clerk", "login": "il_concurrent_invoice_clerk",
                "groups_id": [(6, 0, [env.ref("account.group_account_invoice").id])]})
            income = env["account.account"].search([
                ("company_id", "=", company.id),
                ("user_type_id", "=", env.ref("account.data_account_type_revenue").id)], limit=1)
            invoice = env["account.invoice"].create({
                "partner_id": partner.id, "type": "out_invoice",
                "account_id": partner.property_account_receivable_id.id,
                "invoice_line_ids": [(0, 0, {"name": "Concurrent service", "quantity": 1,
                                             "price_unit": 10.0, "account_id": income.id})],
            })
            report = env["ir.actions.report"]._get_report_from_name("account.report_invoice")
            self.ids = dict(created, partner=partner.id, clerk=clerk.id,
                            clerk_partner=clerk.partner_id.id, invoice=invoice.id,
                            report=report.id)

    def delete_committed_data(self):
        if not self.ids:
            return
        with odoo.registry(self.db).cursor() as cr:
            ref = "account.invoice,%d" % self.ids["invoice"]
            cr.execute("DELETE FROM interaction_log_entry WHERE document_ref = %s", [ref])
            cr.execute("DELETE FROM interaction_log_document_occurrence WHERE document_ref = %s",
                       [ref])
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["account.invoice"].browse(self.ids["invoice"]).unlink()
            env["res.users"].browse(self.ids["clerk"]).unlink()
            env["res.partner"].browse([self.ids["partner"], self.ids["clerk_partner"]]).unlink()
            if "setup" in self.ids:
                env["interaction.template.setup"].browse(self.ids["setup"]).unlink()
                env["interaction.template"].browse(self.ids["template"]).unlink()
                env["interaction.group"].browse(self.ids["group"]).unlink()

    def test_two_users_printing_one_invoice_get_occurrences_1_and_2(self):
        Report = type(self.env["ir.actions.report"])
        record_print = Report._interaction_log_print
        barrier = threading.Barrier(2)
        state = threading.local()

        def record_when_both_printed(report, res_ids):
            # first attempt of each user: both rendered before either records
            if not getattr(state, "waited", False):
                state.waited = True
                barrier.wait(timeout=30)
            return record_print(report, res_ids)

        outcome = {}

        def print_invoice(uid):
            with api.Environment.manage():
                try:
                    content, _format = service_model.execute_kw(
                        self.db, uid, "ir.actions.report", "render_qweb_pdf",
                        [[self.ids["report"]], [self.ids["invoice"]]])
                    outcome[uid] = "printed" if content else "empty"
                except Exception as error:  # reported by the test, not lost in the thread
                    outcome[uid] = repr(error)

        uids = [SUPERUSER_ID, self.ids["clerk"]]
        threads = [threading.Thread(target=print_invoice, args=(uid,)) for uid in uids]
        with mock.patch.object(Report, "_interaction_log_print", record_when_both_printed), \
                mute_logger("odoo.sql_db"), \
                self.assertLogs("odoo.service.model", logging.INFO) as logs:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
        self.assertEqual(outcome, {uid: "printed" for uid in uids})
        self.assertTrue(any("SERIALIZATION_FAILURE, retry" in line for line in logs.output),
                        logs.output)
        with odoo.registry(self.db).cursor() as cr:
            cr.execute("""SELECT occurrence_no, user_id FROM interaction_log_entry
                           WHERE document_ref = %s ORDER BY occurrence_no""",
                       ["account.invoice,%d" % self.ids["invoice"]])
            rows = cr.fetchall()
        self.assertEqual([row[0] for row in rows], [1, 2])
        self.assertEqual(sorted(row[1] for row in rows), sorted(uids))
