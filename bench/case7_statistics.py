# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Case 7: salesperson statistics, and the statistics of a period the user
picks (Interactions > Reporting > Statistics for a Period), in the tables of
case 4: 10k entries, and 1M entries holding the same 10k."""
import datetime

from case4_reading import CONTACT_STATISTICS, ReadSide, measure_queries

SALESPERSON_STATISTICS = ["salesperson_interaction_count", "salesperson_interaction_cost",
                          "salesperson_interaction_duration",
                          "salesperson_last_interaction_date", "salesperson_last_attempt_date"]
TEMPLATE_STATISTICS = ["interaction_count", "total_cost", "total_duration"]
#: the period: the last days, in the time zone of a user in Brussels (its
#: edges are partial UTC days, read from the entries)
PERIOD_DAYS = 7


class StatisticsSide(ReadSide):
    """One database of case 7: case 4's, with the salespersons and the
    context of the period wizard."""

    def __init__(self, args, db):
        super(StatisticsSide, self).__init__(args, db)
        self.env.user.tz = "Europe/Brussels"
        self.cr.execute("SELECT DISTINCT salesperson_id FROM interaction_log_entry "
                        "WHERE salesperson_id IS NOT NULL ORDER BY 1")
        self.salespersons = self.env["res.users"].browse([row[0] for row in self.cr.fetchall()])
        today = datetime.date.today()
        wizard = self.env["interaction.statistics.period.wizard"].create({
            "statistics_of": "template",
            "date_from": (today - datetime.timedelta(days=PERIOD_DAYS)).strftime("%Y-%m-%d"),
            "date_to": today.strftime("%Y-%m-%d")})
        self.period = wizard._period_context()

    def run(self, name):
        self.env.clear()
        period = name.endswith("_period")
        context = self.period if period else {}
        if name.startswith("salesperson_stats"):
            rows = self.salespersons.with_context(**context).read(SALESPERSON_STATISTICS)
            return [tuple(round(row[field], 6) if isinstance(row[field], float) else row[field]
                          for field in SALESPERSON_STATISTICS) for row in rows]
        if name == "template_stats_period":
            rows = self.templates.with_context(**context).read(TEMPLATE_STATISTICS)
            return sum(row["interaction_count"] for row in rows)
        if name == "group_stats_period":
            rows = self.groups.with_context(**context).read(TEMPLATE_STATISTICS)
            return sum(row["interaction_count"] for row in rows)
        if name == "partner_stats_period":
            rows = self.page.with_context(**context).read(CONTACT_STATISTICS)
            return [(round(row["interaction_cost"], 6), row["last_attempt_date"])
                    for row in rows]
        return super(StatisticsSide, self).run(name)


STATISTICS_QUERIES = [
    ("salesperson_stats", "salesperson statistics, all time", True,
     "maintained totals + unfolded deltas; last dates: backward scans of the index "
     "(salesperson_id, date)"),
    ("salesperson_stats_period", "salesperson statistics, last %d days" % PERIOD_DAYS, True,
     "per-day totals of the whole days + entries of the 2 partial days (Brussels time)"),
    ("template_stats_period", "template stats, last %d days" % PERIOD_DAYS, True, ""),
    ("group_stats_period", "group stats, last %d days" % PERIOD_DAYS, True, ""),
    ("partner_stats_period", "contact statistics of 80 companies, last %d days" % PERIOD_DAYS,
     True, ""),
]


def child_statistics(args):
    return measure_queries(args, StatisticsSide, STATISTICS_QUERIES)
