# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the maintained statistics must equal: sums of the entries in SQL."""


def sql_template_statistics(cr, field):
    """``{id: (count, cost, duration)}`` of the entries counted (neither
    canceled nor postponed), by
    ``field`` (template_id or group_id), summed over the entries."""
    cr.execute("""SELECT {0}, count(*), COALESCE(sum(cost), 0), COALESCE(sum(duration), 0)
                    FROM interaction_log_entry
                   WHERE canceled IS NOT TRUE AND postponed IS NOT TRUE
                   GROUP BY {0}""".format(field))
    return {key: (count, float(cost), float(duration))
            for key, count, cost, duration in cr.fetchall()}


def sql_partner_statistics(cr, partner_ids):
    """``{id: (count, cost, duration, last interaction, last attempt)}`` of
    the entries of each partner or of its contacts, summed over the entries."""
    cr.execute("""
        SELECT p.id, count(e.id), COALESCE(sum(e.cost), 0), COALESCE(sum(e.duration), 0),
               max(e.date) FILTER (WHERE e.attempt_failed IS NOT TRUE), max(e.date)
          FROM unnest(%s::integer[]) AS p(id)
          LEFT JOIN interaction_log_entry e
            ON (e.partner_id = p.id OR e.commercial_partner_id = p.id)
           AND e.canceled IS NOT TRUE AND e.postponed IS NOT TRUE
         GROUP BY p.id""", [list(partner_ids)])
    return {row[0]: (row[1], float(row[2]), float(row[3]), row[4], row[5])
            for row in cr.fetchall()}


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

    def assertFigures(self, found, expected, what):
        self.assertEqual(found[0], expected[0], "count of %s" % what)
        for index in (1, 2):
            self.assertAlmostEqual(found[index], expected[index], places=6,
                                   msg="cost/duration of %s" % what)
        self.assertEqual(found[3:], expected[3:], "last dates of %s" % what)
