# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from odoo.tests.common import at_install, post_install

from .common import CommittedCase
from .common_statistics import sql_salesperson_statistics, sql_template_statistics

PRINTS = 4


@at_install(False)  # committed data and real transactions: after the install
@post_install(True)
class TestStatisticsConcurrencySalesperson(CommittedCase):
    """Prints for the contacts of one salesperson commit at the same moment,
    while the cron folds the statistics: none of them waits for another or
    fails, and the salesperson's statistics, of all time and of today,
    equal the SQL sums afterwards. The data is committed: it is deleted
    again at the end."""

    def setUp(self):
        super(TestStatisticsConcurrencySalesperson, self).setUp()
        self.ids = {}
        self.addCleanup(self.delete_committed_data)
        with self.committed_env() as env:
            group = env["interaction.group"].create({"code": "CONCSP", "name": "Concurrent"})
            template = env["interaction.template"].create({
                "code": "CONCSP", "name": "Concurrent salesperson print",
                "group_id": group.id, "unit_cost": 1.5, "unit_duration": 2.0})
            seller = env["res.users"].create({
                "name": "Concurrent Seller", "login": "il_concurrent_seller",
                "groups_id": [(6, 0, env.ref("base.group_user").ids)]})
            contact = env["res.partner"].create({"name": "Concurrent Salesperson Contact",
                                                 "user_id": seller.id})
            self.ids = {"group": group.id, "template": template.id, "seller": seller.id,
                        "partners": [contact.id]}

    def delete_committed_data(self):
        if not self.ids:
            return
        self.delete_committed(self.ids["template"], self.ids["group"], self.ids["partners"],
                              [self.ids["seller"]])
        with self.committed_env() as env:
            env["interaction.statistics.store"]._fold_statistics()

    def test_concurrent_prints_and_fold_keep_salesperson_statistics_exact(self):
        self.print_concurrently_while_folding(
            PRINTS, self.ids["partners"], self.ids["template"], "SP-PRINT")
        today = datetime.datetime.combine(datetime.datetime.utcnow().date(), datetime.time.min)
        # today from midnight, and from a minute ago (partial day: the entries)
        periods = [None, (today, None), (datetime.datetime.utcnow() - datetime.timedelta(
            minutes=1), None)]
        with self.committed_env() as env:
            cr = env.cr
            Store = env["interaction.statistics.store"]
            sellers = [self.ids["seller"]]
            for folded in (False, True):
                if folded:
                    Store._cron_fold_statistics()
                for period in periods:
                    found = Store._salesperson_statistics(sellers, period)
                    self.assertEqual(found, sql_salesperson_statistics(cr, sellers, period))
                    self.assertEqual(found[self.ids["seller"]][:3],
                                     (PRINTS, PRINTS * 1.5, PRINTS * 2.0))
                    self.assertEqual(
                        Store._template_statistics("template_id", [self.ids["template"]],
                                                   period),
                        {self.ids["template"]: sql_template_statistics(
                            cr, "template_id", period)[self.ids["template"]]})
