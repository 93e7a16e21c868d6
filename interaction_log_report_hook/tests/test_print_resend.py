# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import PrintCase


class TestPrintResend(PrintCase):
    """Resend on a printed quotation's entry: the same PDF again, and a new
    entry of the same print, linked to the first."""

    def test_resend_offers_the_printed_pdf_again_and_records_the_next_occurrence(self):
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        first = self.entries_of(order)
        user = self._create_user("resend_user", [
            "sales_team.group_sale_salesman_all_leads", "interaction_log.group_interaction_user"])
        action = first.sudo(user).action_resend()
        self.assertEqual(action["url"], "/web/content/%d?download=true" % first.sent_copy_id.id)
        first_entry, resent = self.entries_of(order)
        self.assertEqual(first_entry, first)
        self.assertEqual(resent.resent_from_id, first)
        self.assertEqual(resent.sent_copy_id, first.sent_copy_id, "the same PDF, no new file")
        self.assertEqual((resent.report_id, resent.correspondence_type, resent.user_id),
                         (first.report_id, "hard_copy", user))
        self.assertEqual((resent.description, resent.occurrence_no),
                         (first.description, 2))
