# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from odoo import fields

from .common import InteractionCase


class TestPartnerStatistics(InteractionCase):
    """Contact statistics: last interaction and attempt dates, cost and
    duration; a company's include its contacts'."""

    @classmethod
    def setUpFixtures(cls):
        log = cls.Entry.log_interactions
        log(cls.customer, cls.template, date="2025-03-01 10:00:00", cost=1.0, duration=5.0)
        log(cls.contact, cls.template, date="2025-04-01 10:00:00", cost=2.0, duration=6.0)
        log(cls.contact, cls.template_call, date="2025-05-01 10:00:00", attempt_failed=True)
        log(cls.contact, cls.template, date="2025-06-01 10:00:00",
            cost=100.0).action_switch_canceled()

    def test_company_statistics_include_its_contacts(self):
        self.assertFields(self.customer, last_interaction_date="2025-04-01 10:00:00",
                          last_attempt_date="2025-05-01 10:00:00", interaction_cost=3.0,
                          interaction_duration=5.0 + 6.0 + 5.0)

    def test_contact_statistics_are_its_own(self):
        self.assertEqual(self.contact.interaction_cost, 2.0)
        self.assertEqual(self.contact.last_interaction_date, "2025-04-01 10:00:00")
        self.assertFalse(self.other_customer.last_attempt_date)
        self.assertEqual(self.other_customer.interaction_cost, 0.0)

    def test_canceling_the_latest_entry_moves_the_last_date_back(self):
        entry = self.log(self.contact, date="2025-07-01 10:00:00")
        self.assertEqual(self.customer.last_interaction_date, "2025-07-01 10:00:00")
        entry.action_switch_canceled()
        self.customer.invalidate_cache()
        self.assertEqual(self.customer.last_interaction_date, "2025-04-01 10:00:00")

    def test_statistics_of_many_partners_take_one_query(self):
        fields_ = ["last_interaction_date", "last_attempt_date", "interaction_cost",
                   "interaction_duration"]
        counts = []
        for partners in (self.customer, self.customer | self.contact | self.other_customer):
            partners.invalidate_cache()
            before = self.env.cr.sql_log_count
            partners.read(fields_)
            counts.append(self.env.cr.sql_log_count - before)
        # the statistics, and the read() of the records
        self.assertEqual(counts, [2, 2])

    def test_no_interaction_for_90_days_filter(self):
        self.log(self.other_customer, date=fields.Datetime.now())
        since = (datetime.date.today() - datetime.timedelta(days=90)).strftime("%Y-%m-%d")
        found = self.env["res.partner"].search([("last_interaction_date", "<", since)])
        self.assertIn(self.customer, found)
        self.assertIn(self.contact, found)
        self.assertNotIn(self.other_customer, found)

    def test_search_contacts_without_interaction(self):
        Partner = self.env["res.partner"]
        never = Partner.search([("last_attempt_date", "=", False),
                                ("id", "in", (self.customer | self.other_customer).ids)])
        self.assertEqual(never, self.other_customer)

    def test_user_reads_statistics(self):
        self.assertEqual(self.customer.sudo(self.user).interaction_cost, 3.0)
