# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError
from odoo.tools.safe_eval import safe_eval

from .common import InteractionCase
from .common_statistics import SellerFixtures, StatisticsAssertions

TEMPLATE_FIELDS = ["interaction_count", "total_cost", "total_duration"]


class TestStatisticsPeriod(SellerFixtures, StatisticsAssertions, InteractionCase):
    """Interactions > Reporting > Statistics for a Period: the template,
    group, contact and salesperson statistics of the days the user picks
    (their time zone), from the maintained totals."""

    @classmethod
    def setUpFixtures(cls):
        cls.setUpSeller()
        log = cls.Entry.log_interactions
        log(cls.customer, cls.template, date="2025-03-01 10:00:00", cost=1.0, duration=5.0)
        # 00:30 on March 16 in Brussels
        log(cls.contact, cls.template, date="2025-03-15 23:30:00", cost=2.0, duration=6.0)
        log(cls.contact, cls.template_call, date="2025-03-31 12:00:00", attempt_failed=True)
        log(cls.customer, cls.template, date="2025-03-20 10:00:00",
            cost=100.0).action_switch_canceled()
        log(cls.customer, cls.template, date="2025-04-02 10:00:00", cost=50.0)
        log(cls.other_customer, cls.template, date="2025-02-28 23:59:59", cost=7.0)
        cls.env["interaction.statistics.store"]._fold_statistics()

    def open_statistics(self, statistics_of, date_from, date_to, user=None, tz="UTC"):
        """Run the wizard as ``user``; return (model, domain, context) of the
        list it opens."""
        user = user or self.manager
        user.tz = tz
        wizard = self.env["interaction.statistics.period.wizard"].sudo(user).create({
            "statistics_of": statistics_of, "date_from": date_from, "date_to": date_to})
        action = wizard.action_open_statistics()
        domain = action.get("domain") or []
        if not isinstance(domain, list):
            domain = safe_eval(domain)
        return self.env[action["res_model"]].sudo(user).with_context(action["context"]), domain

    def read_list(self, statistics_of, date_from, date_to, fields, **kw):
        """{display name: {field: value}} of the list the wizard opens."""
        model, domain = self.open_statistics(statistics_of, date_from, date_to, **kw)
        rows = model.search_read(domain, ["display_name"] + fields)
        return {row.pop("display_name"): {name: row[name] for name in fields} for row in rows}

    def test_template_statistics_of_a_period(self):
        rows = self.read_list("template", "2025-03-01", "2025-03-31", TEMPLATE_FIELDS)
        self.assertEqual(rows[self.template.display_name], {
            "interaction_count": 2, "total_cost": 3.0, "total_duration": 11.0})
        self.assertEqual(rows[self.template_call.display_name], {
            "interaction_count": 1, "total_cost": 0.0, "total_duration": 5.0})

    def test_group_statistics_of_a_period(self):
        rows = self.read_list("group", "2025-03-01", "2025-04-30", TEMPLATE_FIELDS)
        self.assertEqual(rows[self.group.display_name], {
            "interaction_count": 4, "total_cost": 53.0, "total_duration": 26.0})

    def test_period_follows_the_users_time_zone(self):
        rows = self.read_list("template", "2025-03-16", "2025-03-16", TEMPLATE_FIELDS,
                              tz="Europe/Brussels")
        self.assertEqual(rows[self.template.display_name]["total_cost"], 2.0)
        rows = self.read_list("template", "2025-03-15", "2025-03-15", TEMPLATE_FIELDS,
                              tz="Europe/Brussels")
        self.assertEqual(rows[self.template.display_name]["interaction_count"], 0)
        rows = self.read_list("template", "2025-03-01", "2025-03-01", TEMPLATE_FIELDS,
                              tz="Europe/Brussels")
        self.assertEqual(rows[self.template.display_name]["total_cost"], 1.0 + 7.0)

    def test_contact_statistics_of_a_period(self):
        rows = self.read_list("contact", "2025-03-01", "2025-03-20", [
            "interaction_count", "interaction_cost", "last_interaction_date",
            "last_attempt_date"])
        self.assertEqual(rows[self.customer.display_name], {
            "interaction_count": 2, "interaction_cost": 3.0,
            "last_interaction_date": "2025-03-15 23:30:00",
            "last_attempt_date": "2025-03-15 23:30:00"})
        self.assertEqual(rows[self.other_customer.display_name]["interaction_count"], 0)

    def test_salesperson_statistics_of_a_period(self):
        rows = self.read_list("salesperson", "2025-03-01", "2025-03-31", [
            "salesperson_interaction_count", "salesperson_interaction_cost",
            "salesperson_last_interaction_date", "salesperson_last_attempt_date"])
        self.assertEqual(rows[self.seller.display_name], {
            "salesperson_interaction_count": 3, "salesperson_interaction_cost": 3.0,
            "salesperson_last_interaction_date": "2025-03-15 23:30:00",
            "salesperson_last_attempt_date": "2025-03-31 12:00:00"})

    def test_salesperson_sees_their_own_line_of_a_period(self):
        rows = self.read_list("salesperson", "2025-04-01", "2025-04-30",
                              ["salesperson_interaction_cost"], user=self.seller)
        self.assertEqual(rows, {self.seller.display_name: {
            "salesperson_interaction_cost": 50.0}})

    def test_statistics_for_a_period_are_refused_without_interaction_rights(self):
        with self.assertAccessRefused(user="employee"):
            self.open_statistics("template", "2025-03-01", "2025-03-31", user=self.user_plain)

    def test_period_ending_before_it_starts_is_refused(self):
        with self.assertRaisesRegex(UserError, "ends before it starts"):
            self.open_statistics("template", "2025-03-31", "2025-03-01")

    def test_statistics_of_periods_equal_the_entries_before_and_after_folding(self):
        self.log(self.contact, self.template_call, date="2025-03-10 08:00:00", cost=4.0)
        self.assertStatisticsExact()
