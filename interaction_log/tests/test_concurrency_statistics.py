# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import at_install, post_install

from .common import CommittedCase
from .common_statistics import sql_partner_statistics, sql_template_statistics

PRINTS = 4


@at_install(False)  # committed data and real transactions: after the install
@post_install(True)
class TestConcurrencyStatistics(CommittedCase):
    """Prints of the same template for the same contact commit at the same
    moment, while the cron folds the statistics: none of them waits for
    another or fails, and the statistics equal the SQL sums afterwards. The
    data is committed: it is deleted again at the end."""

    def setUp(self):
        super(TestConcurrencyStatistics, self).setUp()
        self.ids = {}
        self.addCleanup(self.delete_committed_data)
        with self.committed_env() as env:
            group = env["interaction.group"].create({"code": "CONCSTAT", "name": "Concurrent"})
            template = env["interaction.template"].create({
                "code": "CONCSTAT", "name": "Concurrent print", "group_id": group.id,
                "unit_cost": 1.5, "unit_duration": 2.0})
            company = env["res.partner"].create({"name": "Concurrent Statistics Co",
                                                 "is_company": True})
            contact = env["res.partner"].create({"name": "Concurrent Statistics Contact",
                                                 "parent_id": company.id})
            self.ids = {"group": group.id, "template": template.id,
                        "partners": [contact.id, company.id]}

    def delete_committed_data(self):
        if not self.ids:
            return
        self.delete_committed(self.ids["template"], self.ids["group"], self.ids["partners"])
        with self.committed_env() as env:
            env["interaction.statistics.store"]._fold_statistics()

    def test_concurrent_prints_and_fold_neither_conflict_nor_lose_a_count(self):
        self.print_concurrently_while_folding(
            PRINTS, [self.ids["partners"][0]], self.ids["template"], "PRINT")
        with self.committed_env() as env:
            cr = env.cr
            Store = env["interaction.statistics.store"]
            for folded in (False, True):
                if folded:
                    Store._cron_fold_statistics()
                expected = sql_template_statistics(cr, "template_id")[self.ids["template"]]
                found = Store._template_statistics("template_id", [self.ids["template"]])
                self.assertEqual(found[self.ids["template"]], expected)
                self.assertEqual(expected, (PRINTS, PRINTS * 1.5, PRINTS * 2.0))
                self.assertEqual(Store._partner_statistics(self.ids["partners"]),
                                 sql_partner_statistics(cr, self.ids["partners"]))
