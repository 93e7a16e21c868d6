# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tools.safe_eval import safe_eval

from .common import InteractionCase
from .common_statistics import SellerFixtures

SALESPERSON_FIELDS = ["salesperson_interaction_count", "salesperson_interaction_cost",
                      "salesperson_interaction_duration", "salesperson_last_interaction_date",
                      "salesperson_last_attempt_date"]


class TestSalespersonStatistics(SellerFixtures, InteractionCase):
    """Business Central's salesperson statistics on the user form: number,
    cost and duration of the interactions whose salesperson is the user,
    and the dates of the last interaction and the last attempt. A user sees
    their own, an Interactions manager everyone's."""

    @classmethod
    def setUpFixtures(cls):
        cls.setUpSeller()
        log = cls.Entry.log_interactions
        log(cls.customer, cls.template, date="2025-03-01 10:00:00", cost=1.0, duration=5.0)
        log(cls.contact, cls.template, date="2025-04-01 10:00:00", cost=2.0, duration=6.0)
        log(cls.contact, cls.template_call, date="2025-05-01 10:00:00", attempt_failed=True)
        log(cls.customer, cls.template, date="2025-06-01 10:00:00",
            cost=100.0).action_switch_canceled()
        # another salesperson's interaction
        log(cls.other_customer, cls.template, date="2025-07-01 10:00:00",
            salesperson_id=cls.manager.id)

    def statistics(self, user, as_user):
        return user.sudo(as_user).read(SALESPERSON_FIELDS)[0]

    def test_user_form_shows_the_salespersons_statistics(self):
        self.assertEqual(self.statistics(self.seller, self.manager), {
            "id": self.seller.id,
            "salesperson_interaction_count": 3,
            "salesperson_interaction_cost": 3.0,
            "salesperson_interaction_duration": 5.0 + 6.0 + 5.0,
            "salesperson_last_interaction_date": "2025-04-01 10:00:00",
            "salesperson_last_attempt_date": "2025-05-01 10:00:00",
        })

    def test_canceling_the_latest_entry_moves_the_last_dates_back(self):
        self.log(self.customer, date="2025-08-01 10:00:00").action_switch_canceled()
        entry = self.log(self.contact, date="2025-09-01 10:00:00")
        self.assertEqual(self.statistics(self.seller, self.manager)[
            "salesperson_last_interaction_date"], "2025-09-01 10:00:00")
        entry.action_switch_canceled()
        self.seller.invalidate_cache()
        self.assertEqual(self.statistics(self.seller, self.manager)[
            "salesperson_last_interaction_date"], "2025-04-01 10:00:00")

    def test_salesperson_sees_their_own_statistics_only(self):
        self.assertEqual(self.statistics(self.seller, self.seller)[
            "salesperson_interaction_count"], 3)
        self.assertEqual(self.statistics(self.manager, self.seller), {
            "id": self.manager.id, "salesperson_interaction_count": 0,
            "salesperson_interaction_cost": 0.0, "salesperson_interaction_duration": 0.0,
            "salesperson_last_interaction_date": False,
            "salesperson_last_attempt_date": False})

    def test_user_without_interaction_rights_sees_no_statistics(self):
        self.customer.user_id = self.user_plain
        self.log(self.customer)
        self.assertEqual(self.statistics(self.user_plain, self.user_plain)[
            "salesperson_interaction_count"], 0)

    def test_manager_sees_every_salespersons_statistics(self):
        self.assertEqual(self.statistics(self.manager, self.manager)[
            "salesperson_interaction_count"], 1)
        self.assertEqual(self.statistics(self.seller, self.manager)[
            "salesperson_interaction_count"], 3)

    def test_reporting_menu_lists_every_salesperson_for_a_manager(self):
        action = self.env.ref("interaction_log.action_salesperson_statistics_server")
        domain = action.sudo(self.manager).run()["domain"]
        users = self.env["res.users"].sudo(self.manager).search(safe_eval(domain))
        self.assertIn(self.seller, users)
        self.assertIn(self.manager, users)

    def test_reporting_menu_lists_only_the_salesperson_for_a_user(self):
        action = self.env.ref("interaction_log.action_salesperson_statistics_server")
        domain = action.sudo(self.seller).run()["domain"]
        users = self.env["res.users"].sudo(self.seller).search(domain)
        self.assertEqual(users, self.seller)

    def test_smart_button_opens_the_salespersons_interactions(self):
        action = self.seller.sudo(self.manager).action_view_salesperson_interactions()
        entries = self.Entry.sudo(self.manager).search(action["domain"] + [
            ("canceled", "=", False)])
        self.assertEqual(entries.mapped("date"), ["2025-05-01 10:00:00", "2025-04-01 10:00:00",
                                                  "2025-03-01 10:00:00"])

    def test_statistics_of_many_users_take_one_query(self):
        self.seller.read(SALESPERSON_FIELDS)  # warm the caches of the groups
        counts = []
        for users in (self.seller, self.seller | self.manager | self.user):
            users.invalidate_cache()
            before = self.env.cr.sql_log_count
            users.read(SALESPERSON_FIELDS)
            counts.append(self.env.cr.sql_log_count - before)
        # the statistics, and the read() of the records
        self.assertEqual(counts, [2, 2])
