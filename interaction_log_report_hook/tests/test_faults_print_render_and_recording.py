# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

from odoo.exceptions import UserError
from odoo.service.model import PG_CONCURRENCY_ERRORS_TO_RETRY
from odoo.tools import mute_logger

from .common import PrintCase

HOOK_LOGGER = "odoo.addons.interaction_log.recording"


def negative_cost_for(documents):
    """Make ``documents`` record a negative cost, which log_interactions
    refuses with a ValidationError (a recording that fails in the core)."""
    Model = type(documents)
    values = Model._interaction_log_values

    def with_negative_cost(document):
        result = values(document)
        return dict(result, cost=-1.0) if document in documents else result
    return mock.patch.object(Model, "_interaction_log_values", with_negative_cost)


class TestFaultsPrintRenderAndRecording(PrintCase):
    """Nothing is recorded for a print that fails; a recording that fails
    (a Python error, an SQL error, a serialization failure, an entry the
    core refuses) never fails the print, nor its transaction, and loses no
    other document's entry."""

    def failing_render(self):
        def render(report, res_ids=None, data=None):
            raise UserError("The report could not be rendered (test).")
        return mock.patch.object(type(self.Report), "render_qweb_html", render)

    def broken_recording(self, error):
        """Recording raises ``error``: an exception, or the SQLSTATE of an
        error PostgreSQL raises."""
        def record(documents, *args, **kwargs):
            if isinstance(error, str):
                documents.env.cr.execute(
                    "DO $$ BEGIN RAISE EXCEPTION 'test error' USING ERRCODE = '%s'; END $$"
                    % error)
            raise error
        return mock.patch.object(type(self.env["sale.order"]), "_interaction_log_record", record)

    def test_render_that_raises_records_nothing(self):
        order = self.create_order()
        invoice = self.create_invoice()
        with self.failing_render():
            with self.assertRaisesRegex(UserError, "could not be rendered"):
                self.print_documents("sale.report_saleorder", order)
            with self.assertRaisesRegex(UserError, "could not be rendered"):
                self.print_documents("account.report_invoice", invoice)
        self.assertFalse(self.entries_of(order) | self.entries_of(invoice))

    def test_render_that_raises_does_not_use_an_occurrence_number(self):
        order = self.create_order()
        with self.failing_render(), self.assertRaisesRegex(UserError, "could not be rendered"):
            self.print_documents("sale.report_saleorder", order)
        self.print_documents("sale.report_saleorder", order)
        self.assertEqual(self.entries_of(order).occurrence_no, 1)

    def test_print_rolled_back_with_its_transaction_leaves_no_entry(self):
        order = self.create_order()
        with self.assertRaisesRegex(UserError, "later step"):
            with self.env.cr.savepoint():
                self.print_documents("sale.report_saleorder", order)
                raise UserError("A later step of the request failed.")
        self.assertFalse(self.entries_of(order))

    def test_logging_error_does_not_fail_print(self):
        order = self.create_order()
        with self.broken_recording(ValueError("boom")), \
                self.assertLogs(HOOK_LOGGER, "WARNING") as logs:
            content, _type = self.print_documents("sale.report_saleorder", order)
        self.assertIn(order.name.encode(), content)
        self.assertIn("Could not record the interaction", logs.output[0])
        self.assertFalse(self.entries_of(order))

    def test_sql_error_does_not_fail_print_nor_transaction(self):
        order = self.create_order()
        with self.broken_recording("23505"), self.assertLogs(HOOK_LOGGER, "WARNING"), \
                mute_logger("odoo.sql_db"):
            content, _type = self.print_documents("sale.report_saleorder", order)
        self.assertTrue(content)
        # the transaction goes on: the failed statement was rolled back to a savepoint
        order.note = "still writable"
        self.assertEqual(order.read(["note"])[0]["note"], "still writable")
        self.print_documents("sale.report_saleorder", order)
        self.assertEqual(self.entries_of(order).occurrence_no, 1)

    def test_concurrency_error_does_not_fail_print(self):
        """A serialization failure or deadlock while recording is no reason
        to fail the print either: /report/download would never retry it."""
        order = self.create_order()
        for sqlstate in PG_CONCURRENCY_ERRORS_TO_RETRY:
            with self.broken_recording(sqlstate), self.assertLogs(HOOK_LOGGER, "WARNING"), \
                    mute_logger("odoo.sql_db"):
                content, _type = self.print_documents("sale.report_saleorder", order)
            self.assertIn(order.name.encode(), content)
        self.assertFalse(self.entries_of(order))

    def test_failed_recording_of_one_document_keeps_the_others(self):
        """A quotation whose entry the core refuses (a negative cost),
        printed together with two others: those two are still recorded."""
        first, bad, last = self.create_order(), self.create_order(), self.create_order()
        with negative_cost_for(bad), self.assertLogs(HOOK_LOGGER, "WARNING") as logs:
            content, _type = self.print_documents("sale.report_saleorder", first | bad | last)
        self.assertIn(bad.name.encode(), content)
        self.assertEqual(len(self.entries_of(first | last)), 2)
        self.assertFalse(self.entries_of(bad))
        self.assertEqual(len(logs.output), 1)
        self.assertIn(bad.name, logs.output[0])
