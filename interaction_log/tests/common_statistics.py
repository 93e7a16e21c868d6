# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the maintained statistics must equal: sums of the entries in SQL."""


import datetime

from odoo import fields

#: an entry counted in the statistics (its alias: e)
COUNTED = "e.canceled IS NOT TRUE AND e.postponed IS NOT TRUE"


def in_period(period):
    """SQL condition (and params) of the entries ``e`` of ``period``:
    ``(start, end)``, the end excluded, either None; None: all time."""
    condition, params = "TRUE", []
    for bound, operator in zip(period or (), (">=", "<")):
        if bound is not None:
            condition += " AND e.date %s %%s" % operator
            params.append(bound)
    return condition, params


def sql_template_statistics(cr, field, period=None):
    """``{id: (count, cost, duration)}`` of the entries counted (neither
    canceled nor postponed), by
    ``field`` (template_id or group_id), summed over the entries."""
    condition, params = in_period(period)
    cr.execute("""SELECT {0}, count(*), COALESCE(sum(cost), 0), COALESCE(sum(duration), 0)
                    FROM interaction_log_entry e
                   WHERE {1} AND {2}
                   GROUP BY {0}""".format(field, COUNTED, condition), params)
    return {key: (count, float(cost), float(duration))
            for key, count, cost, duration in cr.fetchall()}


def sql_partner_statistics(cr, partner_ids, period=None, column=None):
    """``{id: (count, cost, duration, last interaction, last attempt)}`` of
    the entries of each partner or of its contacts (or, with ``column``
    salesperson_id, of each salesperson), summed over the entries."""
    join = "e.%s = p.id" % column if column else \
        "(e.partner_id = p.id OR e.commercial_partner_id = p.id)"
    condition, params = in_period(period)
    cr.execute("""
        SELECT p.id, count(e.id), COALESCE(sum(e.cost), 0), COALESCE(sum(e.duration), 0),
               max(e.date) FILTER (WHERE e.attempt_failed IS NOT TRUE), max(e.date)
          FROM unnest(%s::integer[]) AS p(id)
          LEFT JOIN interaction_log_entry e
            ON {0} AND {1} AND {2}
         GROUP BY p.id""".format(join, COUNTED, condition), [list(partner_ids)] + params)
    return {row[0]: (row[1], float(row[2]), float(row[3]), row[4], row[5])
            for row in cr.fetchall()}


def sql_salesperson_statistics(cr, user_ids, period=None):
    """``{user id: (count, cost, duration, last interaction, last attempt)}``
    of the entries whose salesperson is the user, summed over the entries."""
    return sql_partner_statistics(cr, user_ids, period, column="salesperson_id")


def sample_periods(cr):
    """Periods around the entries' dates: whole days, partial days at both
    edges, within one day, open at either end."""
    cr.execute("SELECT min(date), max(date) FROM interaction_log_entry")
    # Odoo reads timestamps as strings
    first, last = (fields.Datetime.from_string(value) for value in cr.fetchone())
    day = datetime.timedelta(days=1)
    second = datetime.timedelta(seconds=1)
    midnight = datetime.datetime.combine(first.date(), datetime.time.min)
    return [
        (midnight, None),
        (first + second, last),
        (first, last + second),
        (None, datetime.datetime.combine(last.date(), datetime.time.min) + day),
        (first, first + second),
        (midnight + day, midnight + 3 * day + datetime.timedelta(hours=11)),
    ]


class StatisticsAssertions(object):
    """assertStatisticsExact for test cases whose ``env`` is the superuser's."""

    def assertStatisticsExact(self, fold=True):
        """The statistics of every template, group and contact with entries
        equal the SQL sums, before the deltas are folded and after."""
        Store = self.env["interaction.statistics.store"]
        cr = self.env.cr
        for folded in ((False, True) if fold else (False,)):
            if folded:
                Store._fold_statistics()
            for field in ("template_id", "group_id"):
                expected = sql_template_statistics(cr, field)
                cr.execute("SELECT DISTINCT %s FROM interaction_log_entry" % field)
                ids = [row[0] for row in cr.fetchall()]
                found = Store._template_statistics(field, ids)
                for key in ids:
                    self.assertFigures(found.get(key, (0, 0.0, 0.0)),
                                       expected.get(key, (0, 0.0, 0.0)),
                                       "%s %s (folded: %s)" % (field, key, folded))
            cr.execute("SELECT partner_id FROM interaction_log_entry UNION "
                       "SELECT commercial_partner_id FROM interaction_log_entry")
            partner_ids = [row[0] for row in cr.fetchall()]
            expected = sql_partner_statistics(cr, partner_ids)
            found = Store._partner_statistics(partner_ids)
            for partner_id in partner_ids:
                self.assertFigures(found[partner_id], expected[partner_id],
                                   "partner %s (folded: %s)" % (partner_id, folded))
            self.assertSalespersonAndPeriodsExact(partner_ids, folded)

    def assertSalespersonAndPeriodsExact(self, partner_ids, folded):
        """The salesperson statistics, and every statistic of the periods
        of ``sample_periods``, equal the SQL sums."""
        Store = self.env["interaction.statistics.store"]
        cr = self.env.cr
        cr.execute("SELECT DISTINCT salesperson_id FROM interaction_log_entry "
                   "WHERE salesperson_id IS NOT NULL")
        user_ids = [row[0] for row in cr.fetchall()]
        for period in [None] + sample_periods(cr):
            what = "(period %s, folded: %s)" % (period, folded)
            expected = sql_salesperson_statistics(cr, user_ids, period)
            found = Store._salesperson_statistics(user_ids, period)
            for user_id in user_ids:
                self.assertFigures(found[user_id], expected[user_id],
                                   "salesperson %s %s" % (user_id, what))
            if period is None:
                continue
            expected = sql_partner_statistics(cr, partner_ids, period)
            found = Store._partner_statistics(partner_ids, period)
            for partner_id in partner_ids:
                self.assertFigures(found[partner_id], expected[partner_id],
                                   "partner %s %s" % (partner_id, what))
            for field in ("template_id", "group_id"):
                cr.execute("SELECT DISTINCT %s FROM interaction_log_entry" % field)
                ids = [row[0] for row in cr.fetchall()]
                expected = sql_template_statistics(cr, field, period)
                found = Store._template_statistics(field, ids, period)
                for key in ids:
                    self.assertFigures(found.get(key, (0, 0.0, 0.0)),
                                       expected.get(key, (0, 0.0, 0.0)),
                                       "%s %s %s" % (field, key, what))

    def assertFigures(self, found, expected, what):
        self.assertEqual(found[0], expected[0], "count of %s" % what)
        for index in (1, 2):
            self.assertAlmostEqual(found[index], expected[index], places=6,
                                   msg="cost/duration of %s" % what)
        self.assertEqual(found[3:], expected[3:], "last dates of %s" % what)


class SellerFixtures(object):
    """A salesperson with Interactions rights, the customer's, for test
    cases built on InteractionCase."""

    @classmethod
    def setUpSeller(cls):
        cls.seller = cls._create_user(
            "il_seller", ["base.group_user", "interaction_log.group_interaction_user"])
        cls.customer.user_id = cls.seller
