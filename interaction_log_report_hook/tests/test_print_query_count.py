# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import PrintCase, QueryCountMixin


class TestPrintQueryCount(QueryCountMixin, PrintCase):
    """Printing 1 or 20 documents of a kind records them in a handful of
    queries: one creation per template, not per document, and what every
    print needs to know (the template setup) cached."""

    def orders(self, count, kind):
        orders = self.env["sale.order"]
        for index in range(count):
            order = self.create_order(
                partner=self.contact if index % 3 else self.customer)
            if kind == "sale_order":
                order.action_confirm()
            orders |= order
        return orders

    def invoices(self, count, kind):
        invoices = self.env["account.invoice"]
        for _index in range(count):
            invoices |= self.create_invoice(
                "out_invoice" if kind == "draft_invoice" else kind, validate=False)
        if kind != "draft_invoice":
            invoices.action_invoice_open()
        return invoices

    def test_order_print_records_within_query_budget(self):
        self.assert_print_queries_within_budget(
            "sale.report_saleorder", self.orders, ("sale_quote", "sale_order"))

    def test_invoice_print_records_within_query_budget(self):
        self.assert_print_queries_within_budget(
            "account.report_invoice", self.invoices,
            ("out_invoice", "out_refund", "draft_invoice", "in_invoice", "in_refund"))
