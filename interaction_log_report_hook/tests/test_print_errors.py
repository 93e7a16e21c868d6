# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest.mock import patch

from odoo.service.model import PG_CONCURRENCY_ERRORS_TO_RETRY
from odoo.tools import mute_logger

from .common import PrintCase, negative_cost_for

HOOK_LOGGER = "odoo.addons.interaction_log.recording"


def raise_sqlstate(env, sqlstate):
    """Make PostgreSQL raise an error with the given SQLSTATE."""
    env.cr.execute("DO $$ BEGIN RAISE EXCEPTION 'test error' USING ERRCODE = '%s'; END $$"
                   % sqlstate)


class TestPrintErrors(PrintCase):

    def broken_recording(self, error):
        def record(documents, *args, **kwargs):
            if isinstance(error, str):
                raise_sqlstate(documents.env, error)
            raise error
        return patch.object(type(self.env["sale.order"]), "_interaction_log_record", record)

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

    def test_core_validation_error_does_not_fail_print(self):
        """The core refuses the entry (a negative cost): the print still
        works, without entry."""
        order = self.create_order()
        with negative_cost_for(order), self.assertLogs(HOOK_LOGGER, "WARNING"):
            content, _type = self.print_documents("sale.report_saleorder", order)
        self.assertIn(order.name.encode(), content)
        self.assertFalse(self.entries_of(order))
