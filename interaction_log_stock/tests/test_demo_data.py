# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import TransactionCase

from .common import STOCK_KINDS


class TestDemoData(TransactionCase):

    def test_demo_shows_an_entry_of_each_kind(self):
        Entry = self.env["interaction.log.entry"]
        for kind in STOCK_KINDS:
            entries = Entry.search([("document_type", "=", kind), ("report_id", "!=", False)])
            self.assertTrue(entries, kind)
            self.assertEqual(entries[0].document_ref.interaction_count, len(
                Entry.search([("document_ref", "=", "%s,%d" % (
                    entries[0].document_ref._name, entries[0].document_ref.id))])))
