# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import SUPERUSER_ID, api
from odoo.tests.common import TransactionCase, at_install, post_install


@at_install(False)  # committed data and real transactions: after the install
@post_install(True)
class TestPrintConcurrency(TransactionCase):
    """Two users print the same quotation at the same moment, each in a
    transaction of their own (REPEATABLE READ, as Odoo's workers): both
    prints are recorded, neither waits for nor fails because of the other,
    and the quotation reads occurrences 1 and 2 once both are committed.
    (The load test in tests/ does the same through the web client's routes
    on a multi-worker server.) The data is committed, and deleted again at
    the end."""

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
            env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
            env["sale.order"].browse(self.order_id).unlink()
            env["res.partner"].browse(self.partner_id).unlink()
            if self.created_setup:
                setup = env["interaction.template.setup"].browse(self.created_setup)
                template, group = setup.template_id, setup.template_id.group_id
                setup.unlink()
                template.unlink()
                group.unlink()

    def test_overlapping_prints_are_both_recorded_without_conflict(self):
        cursors = [self.registry.cursor() for _uid in self.uids]
        try:
            for cr in cursors:
                # both snapshots start before either print is committed; a
                # lock wait would fail at once instead of hanging the test
                cr.execute("SET LOCAL lock_timeout = '2s'")
            for uid, cr in zip(self.uids, cursors):
                report = api.Environment(cr, uid, {})["ir.actions.report"]._get_report_from_name(
                    "sale.report_saleorder")
                content, _format = report.render_qweb_pdf([self.order_id])
                self.assertIn(b"Concurrent Print Customer", content)
            for cr in cursors:
                cr.commit()  # pylint: disable=invalid-commit
        finally:
            for cr in cursors:
                cr.close()
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            entries = env["interaction.log.entry"].search(
                [("document_ref", "=", "sale.order,%d" % self.order_id)], order="id")
            self.assertEqual(entries.mapped("occurrence_no"), [1, 2])
            self.assertEqual(entries.mapped("user_id").ids, self.uids)
            self.assertTrue(all(name.startswith(self.template)
                                for name in entries.mapped("description")))
