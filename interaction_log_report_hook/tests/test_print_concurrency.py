# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import threading

import psycopg2

from odoo import SUPERUSER_ID, api
from odoo.service.model import PG_CONCURRENCY_ERRORS_TO_RETRY
from odoo.tests.common import TransactionCase


class TestPrintConcurrency(TransactionCase):
    """Two users print the same quotation at the same moment, each in a
    transaction of their own that Odoo retries on a serialization failure.
    Their data is committed: it is deleted again at the end."""

    def setUp(self):
        super(TestPrintConcurrency, self).setUp()
        self.uids = [SUPERUSER_ID, self.env.ref("base.user_demo").id]
        self.created_setup = None
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
            company = env.ref("base.main_company")
            setup = env["interaction.template.setup"].search([
                ("company_id", "=", company.id), ("document_type", "=", "sale_quote")])
            if not setup:  # no demo data: set a template up, deleted at the end
                setup = env["interaction.template.setup"].create({
                    "company_id": company.id, "document_type": "sale_quote",
                    "template_id": env["interaction.template"].create({
                        "code": "TCONCURRENT", "name": "Concurrent Quotation",
                        "company_id": company.id,
                        "group_id": env["interaction.group"].create({
                            "code": "TCONCURRENT", "name": "Concurrent prints",
                            "company_id": company.id}).id,
                    }).id,
                })
                self.created_setup = setup.id
            if not setup.log_on_print or not setup.template_id.active:
                self.skipTest("the database does not record printed quotations")
            partner = env["res.partner"].create({"name": "Concurrent Print Customer"})
            order = env["sale.order"].create({"partner_id": partner.id, "user_id": self.uids[1]})
            self.partner_id, self.order_id = partner.id, order.id
            self.template = setup.template_id.name
        self.addCleanup(self.delete_committed_data)

    def delete_committed_data(self):
        with self.registry.cursor() as cr:
            ref = "sale.order,%d" % self.order_id
            cr.execute("DELETE FROM interaction_log_entry WHERE document_ref = %s", [ref])
            cr.execute("DELETE FROM interaction_log_document_occurrence WHERE document_ref = %s",
                       [ref])
            env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
            env["sale.order"].browse(self.order_id).unlink()
            env["res.partner"].browse(self.partner_id).unlink()
            if self.created_setup:
                setup = env["interaction.template.setup"].browse(self.created_setup)
                template, group = setup.template_id, setup.template_id.group_id
                setup.unlink()
                template.unlink()
                group.unlink()

    def print_in_own_transaction(self, uid, barrier, outcome):
        """Print like a web request: retry on serialization failures."""
        with api.Environment.manage():
            for attempt in range(5):
                try:
                    with self.registry.cursor() as cr:
                        env = api.Environment(cr, uid, {})
                        cr.execute("SELECT 1")  # the transaction's snapshot starts here
                        if attempt == 0:
                            barrier.wait(timeout=60)
                        report = env["ir.actions.report"]._get_report_from_name(
                            "sale.report_saleorder")
                        report.render_qweb_pdf([self.order_id])
                    outcome.append("printed")
                    return
                except psycopg2.Error as error:
                    if error.pgcode not in PG_CONCURRENCY_ERRORS_TO_RETRY:
                        outcome.append(repr(error))
                        return
                    outcome.append("retried")
                except Exception as error:  # reported by the test, not lost in the thread
                    outcome.append(repr(error))
                    return

    def test_simultaneous_prints_get_distinct_occurrences(self):
        barrier = threading.Barrier(len(self.uids))
        outcome = []
        threads = [threading.Thread(target=self.print_in_own_transaction,
                                    args=(uid, barrier, outcome))
                   for uid in self.uids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        self.assertEqual(outcome.count("printed"), 2, outcome)
        self.assertIn("retried", outcome, "the two transactions did overlap")
        with self.registry.cursor() as cr:
            cr.execute("""SELECT occurrence_no, user_id, description FROM interaction_log_entry
                          WHERE document_ref = %s ORDER BY occurrence_no""",
                       ["sale.order,%d" % self.order_id])
            rows = cr.fetchall()
        self.assertEqual([row[0] for row in rows], [1, 2])
        self.assertEqual(sorted(row[1] for row in rows), sorted(self.uids))
        self.assertTrue(all(row[2].startswith(self.template) for row in rows))
