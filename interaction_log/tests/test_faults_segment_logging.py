# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

import psycopg2

from odoo.tools import mute_logger

from .common import InteractionCase, SegmentCase

#: what PostgreSQL raises for the failures the tests inject
DIVISION_BY_ZERO = (psycopg2.DataError, "division by zero")


def failing_on_call(method, failing_call):
    """Wrap ``method`` so that its ``failing_call``-th call makes PostgreSQL
    fail (division by zero) after the earlier calls did their work."""
    calls = []

    def wrapper(model, *args, **kwargs):
        calls.append(1)
        if len(calls) == failing_call:
            model.env.cr.execute("SELECT 1 / 0")
        return method(model, *args, **kwargs)
    return wrapper


class TestFaultsSegmentLogging(SegmentCase):
    """A database error while a segment is logged leaves no entry and no
    logged segment of that logging, and the segment can be logged again."""

    def test_database_error_after_a_first_batch_leaves_nothing(self):
        segment = self.create_segment()
        earlier = self.create_segment(name="Segtest earlier").action_log()
        Entry = type(self.Entry)
        with mock.patch.object(type(self.Segment), "_log_batch_size", 2), \
                mock.patch.object(Entry, "_log_interactions",
                                  failing_on_call(Entry._log_interactions, 2)), \
                mute_logger("odoo.sql_db"), \
                self.assertRaisesRegex(*DIVISION_BY_ZERO):
            segment.action_log()
        self.assertNothingLogged(segment)
        self.assertEqual(segment.entry_count, 0)
        self.assertEqual(earlier.entry_count, 3, "earlier loggings are untouched")
        # the transaction goes on: the logging can be done again
        logged = segment.action_log()
        self.assertEqual(logged.entry_count, 3)

    def test_database_error_while_marking_the_segment_logged_leaves_nothing(self):
        segment = self.create_segment()
        Segment = type(self.Segment)
        write = Segment.write

        def failing_write(records, vals):
            if "logged" in vals:
                records.env.cr.execute("SELECT 1 / 0")
            return write(records, vals)

        with mock.patch.object(Segment, "write", failing_write), \
                mute_logger("odoo.sql_db"), self.assertRaisesRegex(*DIVISION_BY_ZERO):
            segment.action_log()
        self.assertNothingLogged(segment)


class TestFaultsLogInteractions(InteractionCase):
    """log_interactions is all or nothing, even across its chunks."""

    def test_database_error_in_a_later_chunk_leaves_no_entry(self):
        Entry = type(self.Entry)
        partners = self.customer | self.contact | self.other_customer
        with mock.patch.object(Entry, "_log_chunk_size", 1), \
                mock.patch.object(Entry, "_log_insert_chunk",
                                  failing_on_call(Entry._log_insert_chunk, 3)), \
                mute_logger("odoo.sql_db"), self.assertRaisesRegex(*DIVISION_BY_ZERO):
            self.log(partners)
        self.assertFalse(self.Entry.search([("partner_id", "in", partners.ids)]))
        self.assertEqual(len(self.log(partners)), 3, "the transaction goes on")

    def test_rolled_back_logging_leaves_no_gap_in_occurrences(self):
        ref = "res.partner,%d" % self.customer.id
        self.log(document_ref=ref)
        Entry = type(self.Entry)
        insert_chunk = Entry._log_insert_chunk

        def insert_then_fail(model, *args, **kwargs):
            insert_chunk(model, *args, **kwargs)
            model.env.cr.execute("SELECT 1 / 0")

        with mock.patch.object(Entry, "_log_insert_chunk", insert_then_fail), \
                mute_logger("odoo.sql_db"), self.assertRaisesRegex(*DIVISION_BY_ZERO):
            self.log(document_ref=ref)
        self.assertEqual(self.log(document_ref=ref).occurrence_no, 2)
