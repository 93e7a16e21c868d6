# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import PrintCase, QueryCountMixin


class TestPrintQueryCount(QueryCountMixin, PrintCase):
    """Printing 20 documents of a kind records them in as many queries as
    printing one: one creation per template, not per document."""

    def orders(self, count, confirm=False):
        orders = self.env["sale.order"]
        for index in range(count):
            order = self.create_order(
                partner=self.customer if index % 3 else self.customer_company)
            if confirm:
                order.action_confirm()
            orders |= order
        return orders

    def invoices(self, count, invoice_type, validate=True):
        invoices = self.env["account.invoice"]
        for _index in range(count):
            invoices |= self.create_invoice(invoice_type, validate=False)
        if validate:
            invoices.action_invoice_open()
        return invoices

    def test_quotation_print_query_count_is_constant(self):
        self.assert_print_queries_constant("sale_quote", "sale.report_saleorder", self.orders)

    def test_order_print_query_count_is_constant(self):
        self.assert_print_queries_constant(
            "sale_order", "sale.report_saleorder", lambda count: self.orders(count, True))

    def test_invoice_print_query_count_is_constant(self):
        self.assert_print_queries_constant(
            "out_invoice", "account.report_invoice",
            lambda count: self.invoices(count, "out_invoice"))

    def test_credit_note_print_query_count_is_constant(self):
        self.assert_print_queries_constant(
            "out_refund", "account.report_invoice",
            lambda count: self.invoices(count, "out_refund"))

    def test_draft_invoice_print_query_count_is_constant(self):
        self.assert_print_queries_constant(
            "draft_invoice", "account.report_invoice",
            lambda count: self.invoices(count, "out_invoice", validate=False))

    def test_vendor_bill_print_query_count_is_constant(self):
        self.assert_print_queries_constant(
            "in_invoice", "account.report_invoice",
            lambda count: self.invoices(count, "in_invoice"))

    def test_vendor_credit_note_print_query_count_is_constant(self):
        self.assert_print_queries_constant(
            "in_refund", "account.report_invoice",
            lambda count: self.invoices(count, "in_refund"))
