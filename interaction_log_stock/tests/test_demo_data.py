# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import TransactionCase

from odoo.addons.interaction_log_report_hook.tests.common import assert_demo_shows_kinds

from .common import STOCK_KINDS


class TestDemoData(TransactionCase):

    def test_demo_shows_an_entry_of_each_kind(self):
        assert_demo_shows_kinds(self, STOCK_KINDS)
