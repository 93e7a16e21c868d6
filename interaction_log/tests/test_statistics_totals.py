# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import InteractionCase
from .common_statistics import StatisticsAssertions


class TestStatisticsTotals(StatisticsAssertions, InteractionCase):
    """The maintained statistics of templates, groups and contacts equal a
    SQL sum of the entries after each way of changing them, before the cron
    folds the deltas into the totals and after."""

    @classmethod
    def setUpFixtures(cls):
        cls.entries = cls.Entry.log_interactions(
            cls.customer | cls.contact | cls.other_customer, cls.template,
            date="2025-03-01 10:00:00")
        cls.env["interaction.statistics.store"]._fold_statistics()

    def test_statistics_exact_after_logging(self):
        self.log(self.contact, self.template_call, cost=4.25, duration=7.5)
        self.log(self.customer | self.contact, self.template, attempt_failed=True)
        self.assertStatisticsExact()
        self.assertEqual(self.template.interaction_count, 5)

    def test_statistics_exact_after_canceling_and_restoring(self):
        self.entries[:2].action_switch_canceled()
        self.assertStatisticsExact()
        self.assertEqual(self.template.interaction_count, 1)
        self.entries[:2].action_switch_canceled()
        self.assertStatisticsExact()
        self.assertEqual(self.template.interaction_count, 3)

    def test_statistics_exact_after_editing_cost_duration_date_and_attempt(self):
        self.entries[0].write({"cost": 12.0, "duration": 0.0})
        self.entries[1].write({"attempt_failed": True, "date": "2026-01-01 09:00:00"})
        self.entries[2].write({"description": "Edited"})
        self.assertStatisticsExact()
        self.assertEqual(self.template.total_cost, 12.0 + 2.5 + 2.5)

    def test_statistics_exact_after_changing_the_salesperson(self):
        self.entries[0].write({"salesperson_id": self.manager.id})
        self.entries[2].write({"salesperson_id": self.user.id,
                               "date": "2025-03-02 00:00:00"})
        self.entries[1].write({"salesperson_id": False})
        self.assertStatisticsExact()
        self.manager.invalidate_cache()
        self.assertEqual(self.manager.salesperson_interaction_cost, 2.5)

    def test_rebuild_gives_the_folded_salesperson_and_day_totals(self):
        Store = self.env["interaction.statistics.store"]
        self.entries[0].write({"salesperson_id": self.manager.id})
        self.entries[1].action_switch_canceled()
        Store._fold_statistics()
        cr = self.env.cr
        tables = ["interaction_statistics_salesperson_total", "interaction_statistics_template_day",
                  "interaction_statistics_partner_day", "interaction_statistics_salesperson_day"]

        def totals():
            found = []
            for table in tables:
                cr.execute("SELECT * FROM %s WHERE entry_count != 0 ORDER BY 1, 2, 3" % table)
                found.append(cr.fetchall())
            return found

        before = totals()
        Store._rebuild_statistics()
        self.assertEqual(totals(), before)

    def test_statistics_exact_after_deleting_canceled_entries(self):
        self.entries[0].action_switch_canceled()
        self.Entry._delete_canceled([("template_id", "=", self.template.id)])
        self.entries[1].action_switch_canceled()
        self.entries[1].unlink()
        self.assertStatisticsExact()
        self.assertEqual(self.template.interaction_count, 1)

    def test_statistics_exact_after_segment_logging(self):
        logged = self.env["interaction.segment"].create({
            "name": "Statistics segment", "template_id": self.template_call.id,
            "company_id": self.company.id,
            "partner_ids": [(6, 0, (self.customer | self.other_customer).ids)],
        }).action_log()
        self.assertStatisticsExact()
        logged.action_switch_canceled()
        self.assertStatisticsExact()
        self.assertEqual(self.template_call.interaction_count, 0)

    def test_statistics_exact_after_changes_in_sql(self):
        cr = self.env.cr
        cr.execute("UPDATE interaction_log_entry SET cost = cost + 1, canceled = id = %s "
                   "WHERE id IN %s", [self.entries[0].id, tuple(self.entries.ids)])
        cr.execute("UPDATE interaction_log_entry SET partner_id = %s WHERE id = %s",
                   [self.contact.id, self.entries[2].id])
        cr.execute("DELETE FROM interaction_log_entry WHERE id = %s", [self.entries[1].id])
        self.assertStatisticsExact()

    def test_fold_moves_every_delta_once(self):
        Store = self.env["interaction.statistics.store"]
        self.log(self.customer, self.template)
        # one delta per template, per contact and per salesperson
        self.assertEqual(Store._fold_statistics(), 3)
        self.assertEqual(Store._fold_statistics(), 0)
        self.assertStatisticsExact(fold=False)

    def test_rebuild_gives_the_folded_totals(self):
        Store = self.env["interaction.statistics.store"]
        self.entries[0].action_switch_canceled()
        Store._fold_statistics()
        before = Store._template_statistics("template_id", self.template.ids)
        Store._rebuild_statistics()
        self.assertEqual(Store._template_statistics("template_id", self.template.ids), before)
        self.assertStatisticsExact()
