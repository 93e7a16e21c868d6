# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.interaction_log.tests.common import AutomationMixin

from .common import PrintCase


class TestAutomatedActions(AutomationMixin, PrintCase):
    """Entries recorded by prints and emails run the automated actions
    (base_automation) set up on Interaction Log Entries."""

    def test_print_runs_on_creation(self):
        self.create_automation("on_create")
        orders = self.create_order() | self.create_order()
        self.print_documents("sale.report_saleorder", orders, user=self.clerk)
        self.assertEqual(self.automated_entry_ids("on_create"),
                         sorted(self.entries_of(orders).ids))

    def test_send_by_email_runs_on_creation_and_update(self):
        self.create_automation("on_create_or_write")
        order = self.create_order()
        self.send_by_email(order)
        entry = self.entries_of(order)
        self.assertEqual(len(entry), 1)
        self.assertEqual(self.automated_entry_ids("on_create_or_write"), entry.ids)
