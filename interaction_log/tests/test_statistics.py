# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import xmlrpc.client

from odoo.exceptions import UserError

from .common import InteractionCase


class TestStatistics(InteractionCase):

    @classmethod
    def setUpFixtures(cls):
        log = cls.Entry.log_interactions
        log(cls.customer | cls.contact, cls.template, date="2025-03-01 10:00:00")
        log(cls.customer, cls.template, date="2025-04-01 10:00:00", cost=10.0, duration=30.0)
        log(cls.customer, cls.template_call, date="2025-04-02 10:00:00")
        log(cls.customer, cls.template, date="2025-04-03 10:00:00").action_switch_canceled()

    def test_template_statistics_count_uncanceled_entries(self):
        self.assertEqual(self.template.interaction_count, 3)
        self.assertEqual(self.template.total_cost, 2.5 + 2.5 + 10.0)
        self.assertEqual(self.template.total_duration, 10.0 + 10.0 + 30.0)

    def test_group_statistics_add_up_its_templates(self):
        self.assertEqual(self.group.interaction_count, 4)
        self.assertEqual(self.group.total_cost, 15.0)
        self.assertEqual(self.group.total_duration, 55.0)

    def test_statistics_within_date_filter(self):
        template = self.template.with_context(
            interaction_date_from="2025-04-01 00:00:00",
            interaction_date_to="2025-04-30 23:59:59")
        self.assertEqual(template.interaction_count, 1)
        self.assertEqual(template.total_cost, 10.0)
        stats = self.group.get_interaction_statistics(date_to="2025-03-31 23:59:59")
        self.assertEqual(stats, [{"id": self.group.id, "interaction_count": 2,
                                  "total_cost": 5.0, "total_duration": 20.0}])

    def test_statistics_within_dates_that_are_no_dates_is_a_user_error(self):
        for dates in ({"date_from": "last week"}, {"date_to": 20250101},
                      {"date_from": "2025-13-45 00:00:00"}):
            with self.subTest(dates=dates), self.assertRaisesRegex(
                    UserError, "is not a date and time"):
                self.group.sudo(self.user).get_interaction_statistics(**dates)

    def test_statistics_can_be_sent_over_xmlrpc(self):
        for records in (self.group, self.template | self.template_call):
            for dates in ({}, {"date_from": "2025-04-01 00:00:00"}):
                stats = records.get_interaction_statistics(**dates)
                response = xmlrpc.client.dumps((stats,), methodresponse=True)
                self.assertEqual(xmlrpc.client.loads(response)[0][0], stats)

    def test_statistics_of_unused_template_are_zero(self):
        template = self.env["interaction.template"].create({
            "code": "UNUSED", "name": "Unused", "group_id": self.group.id})
        self.assertEqual(template.interaction_count, 0)
        self.assertEqual(template.total_cost, 0.0)

    def test_user_reads_statistics(self):
        self.assertEqual(self.template.sudo(self.user).interaction_count, 3)

    def test_view_interactions_opens_template_entries(self):
        action = self.template.action_view_interactions()
        self.assertEqual(action["domain"], [("template_id", "=", self.template.id),
                                            ("postponed", "=", False)])
