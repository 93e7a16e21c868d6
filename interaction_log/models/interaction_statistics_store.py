# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Maintained totals of the interaction log (Business Central's SumIndexFields).

Every change of ``interaction_log_entry``, made by the ORM or by plain SQL,
fires statement-level triggers that *append* one delta row per template and
one per contact to ``interaction_statistics_delta``: concurrent prints only
insert rows, so they never wait for or conflict with each other. A cron folds
the deltas into the totals tables (``DELETE ... RETURNING`` then upserts, in
one statement, by one process at a time). A statistic is read as its total
plus the deltas not folded yet: exact at any moment, in one snapshot.

The dates of the last interaction cannot be folded by sums (canceling the
latest entry moves them back): they are read from the indexes
``(partner_id, date)`` and ``(commercial_partner_id, date)``, one backward
index scan per contact.
"""
import hashlib

from psycopg2 import sql
from psycopg2.extensions import ISOLATION_LEVEL_READ_COMMITTED

from odoo import SUPERUSER_ID, api, models

DELTA_TABLE = "interaction_statistics_delta"
TEMPLATE_TOTAL_TABLE = "interaction_statistics_template_total"
PARTNER_TOTAL_TABLE = "interaction_statistics_partner_total"
TRIGGER_FUNCTION = "interaction_statistics_record_change"
#: an entry counts in the statistics when this holds ({e}: its alias). To
#: leave out another kind of entry (e.g. postponed ones), add its condition
#: here: the triggers, the totals (rebuilt on the next update of the module)
#: and the last dates all follow.
COUNTED = "{e}.canceled IS NOT TRUE AND {e}.postponed IS NOT TRUE"
#: an entry is an interaction that took place (for the last interaction date)
HAPPENED = COUNTED + " AND {e}.attempt_failed IS NOT TRUE"
#: the key of the advisory lock taken by the fold (any constant)
FOLD_LOCK = 8_311_016
TEMPLATE_KEYS = ("template_id", "group_id", "company_id")
PARTNER_KEYS = ("partner_id", "commercial_partner_id", "company_id")
#: what one row of the entry table contributes, for a row aliased {e}
CONTRIBUTION = ("{e}.template_id, {e}.group_id, {e}.company_id, {e}.partner_id, "
                "COALESCE({e}.commercial_partner_id, {e}.partner_id) AS commercial_partner_id, "
                "COALESCE({e}.cost, 0) AS cost, COALESCE({e}.duration, 0) AS duration")

#: the changes of one statement, as (sign, contribution) rows
CHANGES = {
    "INSERT": "SELECT 1 AS sign, {new} FROM new_rows n WHERE {counted_n}",
    "DELETE": "SELECT -1 AS sign, {old} FROM old_rows o WHERE {counted_o}",
    "UPDATE": """
        SELECT -1 AS sign, {old} FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE {counted_o} AND {changed}
        UNION ALL
        SELECT 1 AS sign, {new} FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE {counted_n} AND {changed}""",
}
DELTA_INSERT = """
    WITH changes AS ({changes}),
    templates AS (
        INSERT INTO {delta} (template_id, group_id, company_id, entry_count, cost, duration)
        SELECT template_id, group_id, company_id, sum(sign), sum(sign * cost),
               sum(sign * duration)
          FROM changes GROUP BY 1, 2, 3
    )
    INSERT INTO {delta} (partner_id, commercial_partner_id, company_id, entry_count, cost,
                         duration)
    SELECT partner_id, commercial_partner_id, company_id, sum(sign), sum(sign * cost),
           sum(sign * duration)
      FROM changes GROUP BY 1, 2, 3"""


#: the last date of the entries of partner ``p.id`` meeting {cond}: one
#: backward scan of each index, (partner_id, date) and (commercial_partner_id, date)
LAST_DATE = """GREATEST(
    (SELECT e.date FROM interaction_log_entry e
      WHERE e.partner_id = p.id AND {cond} AND {company} ORDER BY e.date DESC LIMIT 1),
    (SELECT e.date FROM interaction_log_entry e
      WHERE e.commercial_partner_id = p.id AND {cond} AND {company}
      ORDER BY e.date DESC LIMIT 1))"""


def _sql(text, **kw):
    """Fill in the table names and the conditions of the statistics SQL."""
    names = dict(delta=DELTA_TABLE, template_total=TEMPLATE_TOTAL_TABLE,
                 partner_total=PARTNER_TOTAL_TABLE, function=TRIGGER_FUNCTION)
    names.update(kw)
    return text.format(**names)


def _trigger_function():
    """The PL/pgSQL function of the triggers: one INSERT of deltas per statement."""
    columns = "(%s, o.cost, o.duration, %s)" % (
        ", ".join("o.%s" % key for key in TEMPLATE_KEYS + PARTNER_KEYS),
        COUNTED.format(e="o"))
    changed = "%s IS DISTINCT FROM %s" % (columns, columns.replace("o.", "n."))
    branches = []
    for operation, changes in CHANGES.items():
        changes = changes.format(
            new=CONTRIBUTION.format(e="n"), old=CONTRIBUTION.format(e="o"),
            counted_n=COUNTED.format(e="n"), counted_o=COUNTED.format(e="o"),
            changed=changed)
        branches.append("IF TG_OP = '%s' THEN %s; END IF;" % (
            operation, _sql(DELTA_INSERT, changes=changes)))
    return _sql("""
        CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            %s
            RETURN NULL;
        END
        $body$""") % "\n".join(branches)


def _drop_trigger(cr, entry_table, operation):
    cr.execute(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(
        sql.Identifier("%s_statistics_%s" % (entry_table, operation)),
        sql.Identifier(entry_table)))


def uninstall_statistics(cr, entry_table="interaction_log_entry"):
    """Drop the triggers, their function and the tables (uninstall hook)."""
    for operation in ("insert", "update", "delete"):
        _drop_trigger(cr, entry_table, operation)
    cr.execute(_sql("DROP FUNCTION IF EXISTS {function}(); DROP TABLE IF EXISTS "
                    "{delta}, {template_total}, {partner_total};"))


class InteractionStatisticsStore(models.AbstractModel):
    """Maintained totals of the interaction log entries, per template and per
    contact (see the module docstring)."""
    _name = "interaction.statistics.store"
    _description = "Interaction Statistics Totals"

    # ------------------------------------------------------------------
    # Installation
    # ------------------------------------------------------------------

    @api.model
    def _install_statistics(self, entry_table):
        """Create the tables and the triggers on ``entry_table``; rebuild the
        totals when the triggers change (new install, new COUNTED condition)."""
        cr = self.env.cr
        cr.execute(_sql("""
            CREATE TABLE IF NOT EXISTS {delta} (
                id bigserial PRIMARY KEY,
                template_id integer, group_id integer, company_id integer NOT NULL,
                partner_id integer, commercial_partner_id integer,
                entry_count bigint NOT NULL, cost numeric NOT NULL, duration numeric NOT NULL);
            CREATE INDEX IF NOT EXISTS {delta}_template_id_index
                ON {delta} (template_id) WHERE template_id IS NOT NULL;
            CREATE INDEX IF NOT EXISTS {delta}_group_id_index
                ON {delta} (group_id) WHERE group_id IS NOT NULL;
            CREATE INDEX IF NOT EXISTS {delta}_partner_id_index
                ON {delta} (partner_id) WHERE partner_id IS NOT NULL;
            CREATE INDEX IF NOT EXISTS {delta}_commercial_partner_id_index
                ON {delta} (commercial_partner_id) WHERE commercial_partner_id IS NOT NULL;
            CREATE TABLE IF NOT EXISTS {template_total} (
                template_id integer NOT NULL, group_id integer NOT NULL,
                company_id integer NOT NULL,
                entry_count bigint NOT NULL, cost numeric NOT NULL, duration numeric NOT NULL,
                PRIMARY KEY (template_id, group_id, company_id));
            CREATE TABLE IF NOT EXISTS {partner_total} (
                partner_id integer NOT NULL, commercial_partner_id integer NOT NULL,
                company_id integer NOT NULL,
                entry_count bigint NOT NULL, cost numeric NOT NULL, duration numeric NOT NULL,
                PRIMARY KEY (partner_id, commercial_partner_id, company_id));
            CREATE INDEX IF NOT EXISTS {partner_total}_commercial_partner_id_index
                ON {partner_total} (commercial_partner_id);
        """))
        function = _trigger_function()
        version = hashlib.sha1(function.encode()).hexdigest()
        cr.execute("""
            SELECT obj_description(oid, 'pg_proc'),
                   (SELECT count(*) FROM pg_trigger WHERE tgfoid = pg_proc.oid)
              FROM pg_proc WHERE proname = %s""", [TRIGGER_FUNCTION])
        if cr.fetchone() == (version, 3):
            return
        cr.execute(function)
        cr.execute(_sql("COMMENT ON FUNCTION {function}() IS %s"), [version])
        for operation in ("insert", "update", "delete"):
            referencing = {"insert": "NEW TABLE AS new_rows",
                           "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                           "delete": "OLD TABLE AS old_rows"}[operation]
            name = "%s_statistics_%s" % (entry_table, operation)
            _drop_trigger(cr, entry_table, operation)
            # transition tables (REFERENCING) need PostgreSQL 10; EXECUTE
            # PROCEDURE, not EXECUTE FUNCTION (11+), is accepted from 10 to 18
            cr.execute(_sql(
                'CREATE TRIGGER "{name}" AFTER {operation} ON "{table}" '
                'REFERENCING {referencing} FOR EACH STATEMENT EXECUTE PROCEDURE {function}()',
                name=name, operation=operation.upper(), table=entry_table,
                referencing=referencing))
        self._rebuild_statistics(entry_table)

    @api.model
    def _rebuild_statistics(self, entry_table="interaction_log_entry"):
        """Recompute the totals from the entries. Writers wait meanwhile
        (SHARE lock on the entries): one full scan, at install or upgrade."""
        cr = self.env.cr
        cr.execute(sql.SQL("LOCK TABLE {} IN SHARE MODE").format(sql.Identifier(entry_table)))
        cr.execute(_sql("DELETE FROM {delta}; DELETE FROM {template_total}; "
                        "DELETE FROM {partner_total};"))
        cr.execute(_sql("""
            WITH counted AS (SELECT {contribution} FROM "{table}" e WHERE {counted}),
            templates AS (
                INSERT INTO {template_total}
                SELECT template_id, group_id, company_id, count(*), sum(cost), sum(duration)
                  FROM counted GROUP BY 1, 2, 3
            )
            INSERT INTO {partner_total}
            SELECT partner_id, commercial_partner_id, company_id, count(*), sum(cost),
                   sum(duration)
              FROM counted GROUP BY 1, 2, 3""",
                        contribution=CONTRIBUTION.format(e="e"), table=entry_table,
                        counted=COUNTED.format(e="e")))

    # ------------------------------------------------------------------
    # Folding
    # ------------------------------------------------------------------

    @api.model
    def _fold_statistics(self):
        """Move the deltas into the totals, in the current transaction;
        return how many deltas were folded, or None when another process is
        folding. One statement: readers see the deltas or the totals, never
        both or neither."""
        cr = self.env.cr
        cr.execute("SELECT pg_try_advisory_xact_lock(%s)", [FOLD_LOCK])
        if not cr.fetchone()[0]:
            return None
        cr.execute(_sql("""
            WITH moved AS (DELETE FROM {delta} RETURNING *),
            templates AS (
                INSERT INTO {template_total} AS total
                SELECT template_id, group_id, company_id, sum(entry_count), sum(cost),
                       sum(duration)
                  FROM moved WHERE template_id IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT (template_id, group_id, company_id) DO UPDATE
                   SET entry_count = total.entry_count + EXCLUDED.entry_count,
                       cost = total.cost + EXCLUDED.cost,
                       duration = total.duration + EXCLUDED.duration
            ), partners AS (
                INSERT INTO {partner_total} AS total
                SELECT partner_id, commercial_partner_id, company_id, sum(entry_count),
                       sum(cost), sum(duration)
                  FROM moved WHERE partner_id IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT (partner_id, commercial_partner_id, company_id) DO UPDATE
                   SET entry_count = total.entry_count + EXCLUDED.entry_count,
                       cost = total.cost + EXCLUDED.cost,
                       duration = total.duration + EXCLUDED.duration
            )
            SELECT count(*) FROM moved"""))
        return cr.fetchone()[0]

    @api.model
    def _cron_fold_statistics(self):
        """Fold the deltas in a transaction of its own, in READ COMMITTED: it
        starts after the lock is granted, so it sees every delta committed by
        an earlier fold, whatever the caller's snapshot."""
        with self.pool.cursor() as cr:
            cr._cnx.set_isolation_level(ISOLATION_LEVEL_READ_COMMITTED)
            return self.with_env(self.env(cr=cr))._fold_statistics()

    # ------------------------------------------------------------------
    # Reading
    # ------------------------------------------------------------------

    @api.model
    def _company_filter(self, alias):
        """SQL condition and params limiting ``alias``.company_id to the
        companies whose entries the user may read (the multi-company rule)."""
        if self.env.uid == SUPERUSER_ID:
            return "TRUE", []
        # sudo: the ids of the user's company and its children, as the
        # multi-company record rule computes them
        companies = self.env["res.company"].sudo().search(
            [("id", "child_of", self.env.user.company_id.ids)])
        return "%s.company_id = ANY(%%s)" % alias, [companies.ids]

    @api.model
    def _template_statistics(self, field, ids):
        """``{id: (count, cost, duration)}`` of all time, for ``field``
        template_id or group_id: totals plus deltas not folded yet."""
        assert field in ("template_id", "group_id")
        total_filter, total_params = self._company_filter("t")
        delta_filter, delta_params = self._company_filter("d")
        query = _sql("""
            SELECT key, sum(entry_count), sum(cost), sum(duration) FROM (
                SELECT t.{field} AS key, t.entry_count, t.cost, t.duration
                  FROM {template_total} t WHERE t.{field} = ANY(%s) AND {total_filter}
                UNION ALL
                SELECT d.{field}, d.entry_count, d.cost, d.duration
                  FROM {delta} d WHERE d.{field} = ANY(%s) AND {delta_filter}
            ) figures GROUP BY key""", field=field, total_filter=total_filter,
                     delta_filter=delta_filter)
        self.env.cr.execute(query, [list(ids)] + total_params + [list(ids)] + delta_params)
        return {key: (int(count), float(cost), float(duration))
                for key, count, cost, duration in self.env.cr.fetchall()}

    @api.model
    def _partner_statistics(self, partner_ids):
        """``{partner id: (count, cost, duration, last interaction date, last
        attempt date)}`` of the entries of each partner and, for a company,
        of its contacts (``commercial_partner_id``), in one query."""
        company_filter, company_params = self._company_filter("s")
        entry_filter, entry_params = self._company_filter("e")
        # per partner, index lookups only (a join with the whole totals table
        # may be planned as a scan of it): the entries of the partner, and
        # those of its contacts; an entry of the company itself counts once
        figures = " UNION ALL ".join(
            _sql("SELECT s.entry_count, s.cost, s.duration FROM {source} s "
                 "WHERE s.{key} = p.id{extra} AND {company_filter}",
                 source=_sql("{%s}" % source), key=key, extra=extra,
                 company_filter=company_filter)
            for source in ("partner_total", "delta")
            for key, extra in (("partner_id", ""),
                               ("commercial_partner_id", " AND s.partner_id != p.id")))
        last_dates = [LAST_DATE.format(cond=condition.format(e="e"), company=entry_filter)
                      for condition in (HAPPENED, COUNTED)]
        self.env.cr.execute("""
            SELECT p.id, f.entry_count, f.cost, f.duration, %s, %s
              FROM unnest(%%s::integer[]) AS p(id)
             CROSS JOIN LATERAL (
                SELECT sum(entry_count) AS entry_count, sum(cost) AS cost,
                       sum(duration) AS duration
                  FROM (%s) figures
             ) f
        """ % (last_dates[0], last_dates[1], figures),
            entry_params * 4 + [list(partner_ids)] + company_params * 4)
        return {
            partner_id: (int(count or 0), float(cost or 0.0), float(duration or 0.0),
                         last_interaction, last_attempt)
            for partner_id, count, cost, duration, last_interaction, last_attempt
            in self.env.cr.fetchall()
        }

    @api.model
    def _search_partners_by_last_date(self, which, operator, value):
        """Ids of the partners whose last interaction (``which``:
        'interaction') or attempt ('attempt') date compares to ``value``
        with ``operator``. The candidates are the partners with totals or
        deltas: the query does not read the entries of anybody else."""
        assert operator in ("<", "<=", ">", ">=", "=", "!=")
        condition = (HAPPENED if which == "interaction" else COUNTED).format(e="e")
        entry_filter, entry_params = self._company_filter("e")
        last_date = LAST_DATE.format(cond=condition, company=entry_filter)
        query = _sql("""
            SELECT p.id FROM (
                SELECT partner_id AS id FROM {partner_total}
                UNION SELECT commercial_partner_id FROM {partner_total}
                UNION SELECT partner_id FROM {delta} WHERE partner_id IS NOT NULL
                UNION SELECT commercial_partner_id FROM {delta}
                       WHERE commercial_partner_id IS NOT NULL
            ) p
             WHERE {last_date} {operator} %s""", last_date=last_date, operator=operator)
        self.env.cr.execute(query, entry_params * 2 + [value])
        return [row[0] for row in self.env.cr.fetchall()]
