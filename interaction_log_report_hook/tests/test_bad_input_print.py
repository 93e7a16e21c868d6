# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

from odoo.addons.interaction_log import recording
from .common import PrintCase


class TestBadInputPrint(PrintCase):
    """Documents that cannot be recorded print as before, record nothing and
    raise no warning."""

    def test_document_without_partner_prints_and_records_nothing(self):
        order = self.create_order()
        SaleOrder = type(self.env["sale.order"])
        values = SaleOrder._interaction_log_values

        def without_partner(document):
            return dict(values(document), partner_id=False)

        with mock.patch.object(SaleOrder, "_interaction_log_values", without_partner), \
                mock.patch.object(recording._logger, "warning") as warning:
            content, _type = self.print_documents("sale.report_saleorder", order)
        self.assertIn(order.name.encode(), content)
        self.assertFalse(self.entries_of(order))
        warning.assert_not_called()

    def test_print_of_documents_that_record_nothing_adds_no_entry(self):
        bill = self.create_invoice("in_invoice")
        canceled = self.create_order()
        canceled.action_cancel()
        self.print_documents("account.report_invoice", bill)
        self.print_documents("sale.report_saleorder", canceled)
        self.assertFalse(self.entries_of(bill) or self.entries_of(canceled))

    def test_print_of_a_deleted_document_records_nothing(self):
        order = self.create_order()
        order_id = order.id
        order.unlink()
        report = self.Report._get_report_from_name("sale.report_saleorder")
        with self.assertRaises(Exception):
            report.render_qweb_pdf([order_id])
        self.assertFalse(self.Entry.search([("document_ref", "=", "sale.order,%d" % order_id)]))
