# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest.mock import patch

from odoo.addons.base.ir.ir_actions_report import IrActionsReport

from .common import PrintCase


def fake_render(report, res_ids=None, data=None):
    """Odoo's own rendering, whose queries grow with the documents' lines,
    taxes and translations: left out to count the recording's queries."""
    return b"%PDF-1.4 fake", "pdf"


class TestPrintQueryCount(PrintCase):

    @classmethod
    def setUpClass(cls):
        super(TestPrintQueryCount, cls).setUpClass()
        cls.orders = cls.env["sale.order"]
        for index in range(56):
            order = cls.create_order(partner=cls.customer if index % 3 else cls.customer_company)
            if index % 2:
                order.action_confirm()
            cls.orders |= order

    def count_print_queries(self, report_name, documents):
        report = self.Report._get_report_from_name(report_name)
        self.env.cache.invalidate()
        with patch.object(IrActionsReport, "render_qweb_pdf", fake_render):
            before = self.cr.sql_log_count
            report.render_qweb_pdf(documents.ids)
            count = self.cr.sql_log_count - before
        self.assertEqual(len(self.entries_of(documents)), len(documents))
        return count

    def test_batch_print_query_count_is_constant(self):
        self.count_print_queries("sale.report_saleorder", self.orders[:1])  # warm the caches
        five = self.count_print_queries("sale.report_saleorder", self.orders[1:6])
        fifty = self.count_print_queries("sale.report_saleorder", self.orders[6:56])
        self.assertEqual(fifty, five)

    def test_one_quotation_costs_as_much_as_five(self):
        """The cost grows with the templates used (one per document kind),
        not with the documents."""
        quotations = self.orders.filtered(lambda order: order.state == "draft")
        self.count_print_queries("sale.report_saleorder", quotations[:1])  # warm the caches
        one = self.count_print_queries("sale.report_saleorder", quotations[1:2])
        five = self.count_print_queries("sale.report_saleorder", quotations[2:7])
        self.assertEqual(one, five)

    def test_batch_invoice_print_query_count_is_constant(self):
        invoices = self.env["account.invoice"]
        for _index in range(56):
            invoices |= self.create_invoice(validate=False)
        invoices.action_invoice_open()
        self.count_print_queries("account.report_invoice", invoices[:1])  # warm the caches
        five = self.count_print_queries("account.report_invoice", invoices[1:6])
        fifty = self.count_print_queries("account.report_invoice", invoices[6:56])
        self.assertEqual(fifty, five)
