# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
import time

from .common import InteractionCase
from .partner_copies import copy_partners

_logger = logging.getLogger(__name__)


class TestLogInteractionsQueries(InteractionCase):
    """log_interactions inserts in chunks: its query count grows with the
    number of chunks (a few queries per 1,000 partners), never per partner."""

    @classmethod
    def setUpFixtures(cls):
        cls.bulk_ids = copy_partners(cls.env.cr, cls.other_customer.ids, 10000, "Bulk contact")
        cls.chunk = cls.Entry._log_chunk_size

    def count_queries(self, size, user=None, **values):
        Entry = self.Entry.sudo(user) if user else self.Entry
        partner_ids = self.bulk_ids[:size]
        self.env.cache.invalidate()
        start_count, start_time = self.cr.sql_log_count, time.time()
        entries = Entry.log_interactions(partner_ids, self.template.id, **values)
        queries, seconds = self.cr.sql_log_count - start_count, time.time() - start_time
        self.assertEqual(len(entries), size)
        _logger.info("log_interactions of %d partners as %s%s: %d queries, %.3f s",
                     size, (user or self.env.user).login,
                     " with a document" if values else "", queries, seconds)
        return queries

    def assert_constant_per_chunk(self, user=None, per_chunk=5, **values):
        """``per_chunk``: read the contacts, insert, check the record rules;
        the rules' ``child_of`` on companies costs one query per level of the
        company tree (the Inventory demo data adds a child company)."""
        self.count_queries(1, user, **values)  # warm the caches (access rules, fields)
        one = self.count_queries(1, user, **values)
        hundred = self.count_queries(100, user, **values)
        ten_thousand = self.count_queries(10000, user, **values)
        _logger.info("log_interactions queries as %s%s: 1 partner: %d, 100: %d, 10,000: %d",
                     (user or self.env.user).login, " with a document" if values else "",
                     one, hundred, ten_thousand)
        self.assertLessEqual(one, 15)
        self.assertEqual(hundred, one, "1 and 100 partners are one chunk: same queries")
        extra_chunks = 10000 // self.chunk - 1
        self.assertLessEqual(ten_thousand - hundred, extra_chunks * per_chunk)

    def test_query_count_does_not_grow_with_partners_as_admin(self):
        self.assert_constant_per_chunk()

    def test_query_count_does_not_grow_with_partners_as_user(self):
        self.assert_constant_per_chunk(self.user)

    def test_query_count_with_document_does_not_grow_with_partners(self):
        self.assert_constant_per_chunk(
            self.user, per_chunk=7, document_ref="res.partner,%d" % self.customer.id)

    def test_bulk_log_numbers_occurrences_of_one_document(self):
        entries = self.Entry.log_interactions(self.bulk_ids[:2500], self.template,
                                              document_ref=self.customer)
        self.assertEqual(entries.mapped("occurrence_no"), list(range(1, 2501)))
        self.assertEqual(entries.mapped("partner_id").ids, self.bulk_ids[:2500])
