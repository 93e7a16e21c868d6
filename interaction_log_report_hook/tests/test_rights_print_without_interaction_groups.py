# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError

from .common import PrintCase


class TestRightsPrintWithoutInteractionGroups(PrintCase):
    """Whoever prints a recorded document gets an entry in the log, even
    without any interaction rights; seeing the log still needs those rights."""

    def test_print_by_user_without_interaction_groups_is_recorded(self):
        order = self.create_order()
        invoice = self.create_invoice()
        content, _type = self.print_documents("sale.report_saleorder", order, user=self.clerk)
        self.assertIn(order.name.encode(), content)
        self.print_documents("account.report_invoice", invoice, user=self.clerk)
        entries = self.entries_of(order) | self.entries_of(invoice)
        self.assertEqual(len(entries), 2)
        self.assertEqual(entries.mapped("user_id"), self.clerk)
        self.assertEqual(entries.mapped("salesperson_id"), self.salesperson)

    def test_user_without_interaction_groups_cannot_see_nor_cancel_their_print_entry(self):
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order, user=self.clerk)
        entry = self.entries_of(order)
        with self.assertRaises(AccessError):
            entry.sudo(self.clerk).read(["description"])
        with self.assertRaises(AccessError):
            self.Entry.sudo(self.clerk).search([("id", "=", entry.id)])
        with self.assertRaises(AccessError):
            entry.sudo(self.clerk).action_switch_canceled()
        self.assertEqual(self.contact.sudo(self.clerk).interaction_count, 0)

    def test_print_by_interaction_user_is_recorded_and_visible_to_them(self):
        self.salesperson.groups_id |= self.env.ref("interaction_log.group_interaction_user")
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order, user=self.salesperson)
        entry = self.entries_of(order)
        self.assertEqual(entry.user_id, self.salesperson)
        self.assertEqual(self.Entry.sudo(self.salesperson).search([("id", "=", entry.id)]), entry)
