# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Maintained totals of the interaction log (Business Central's SumIndexFields).

Every change of ``interaction_log_entry``, made by the ORM or by plain SQL,
fires statement-level triggers that *append* one delta row per template and
one per contact and one per salesperson, each for the day of the entry, to
``interaction_statistics_delta``: concurrent prints only
insert rows, so they never wait for or conflict with each other. A cron folds
the deltas into the totals tables (``DELETE ... RETURNING`` then upserts, in
one statement, by one process at a time). A statistic is read as its total
plus the deltas not folded yet: exact at any moment, in one snapshot.

The totals are kept twice: of all time, and per day (UTC) of the entries. The
statistics of a period read the days wholly inside it and, for a period that
starts or ends within a day, the entries of those partial days by an index
scan: their cost does not grow with the entries outside the period.

The dates of the last interaction cannot be folded by sums (canceling the
latest entry moves them back): they are read from the indexes
``(partner_id, date)``, ``(commercial_partner_id, date)`` and
``(salesperson_id, date)``, one backward index scan per contact or salesperson.
"""
import datetime
import hashlib

from psycopg2 import sql
from psycopg2.extensions import ISOLATION_LEVEL_READ_COMMITTED

from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import UserError

DELTA_TABLE = "interaction_statistics_delta"
TEMPLATE_TOTAL_TABLE = "interaction_statistics_template_total"
PARTNER_TOTAL_TABLE = "interaction_statistics_partner_total"
SALESPERSON_TOTAL_TABLE = "interaction_statistics_salesperson_total"
TEMPLATE_DAY_TABLE = "interaction_statistics_template_day"
PARTNER_DAY_TABLE = "interaction_statistics_partner_day"
SALESPERSON_DAY_TABLE = "interaction_statistics_salesperson_day"
TRIGGER_FUNCTION = "interaction_statistics_record_change"
#: an entry counts in the statistics when this holds ({e}: its alias). To
#: leave out another kind of entry (e.g. postponed ones), add its condition
#: here: the triggers, the totals (rebuilt on the next update of the module)
#: and the last dates all follow.
COUNTED = "{e}.canceled IS NOT TRUE AND {e}.postponed IS NOT TRUE"
#: an entry is an interaction that took place (for the last interaction date)
HAPPENED = COUNTED + " AND {e}.attempt_failed IS NOT TRUE"
#: COUNTED for a scan of the entries of a key within dates: the same, written so
#: that the indexes (template_id | group_id, canceled, date) serve it
EDGE_COUNTED = COUNTED + " AND ({e}.canceled = false OR {e}.canceled IS NULL)"
#: the key of the advisory lock taken by the fold (any constant)
FOLD_LOCK = 8_311_016
TEMPLATE_KEYS = ("template_id", "group_id", "company_id")
PARTNER_KEYS = ("partner_id", "commercial_partner_id", "company_id")
SALESPERSON_KEYS = ("salesperson_id", "company_id")
#: the totals of each kind of key: (keys, all-time table, per-day table)
TOTALS = (
    (TEMPLATE_KEYS, "template_total", "template_day"),
    (PARTNER_KEYS, "partner_total", "partner_day"),
    (SALESPERSON_KEYS, "salesperson_total", "salesperson_day"),
)
#: the period of the statistics of all time
ALL_TIME = (None, None)
#: what one row of the entry table contributes, for a row aliased {e}
CONTRIBUTION = ("{e}.template_id, {e}.group_id, {e}.company_id, {e}.partner_id, "
                "COALESCE({e}.commercial_partner_id, {e}.partner_id) AS commercial_partner_id, "
                "{e}.salesperson_id, {e}.date::date AS day, "
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
        INSERT INTO {delta} (template_id, group_id, company_id, day, entry_count, cost,
                             duration)
        SELECT template_id, group_id, company_id, day, sum(sign), sum(sign * cost),
               sum(sign * duration)
          FROM changes GROUP BY 1, 2, 3, 4
    ), salespersons AS (
        INSERT INTO {delta} (salesperson_id, company_id, day, entry_count, cost, duration)
        SELECT salesperson_id, company_id, day, sum(sign), sum(sign * cost),
               sum(sign * duration)
          FROM changes WHERE salesperson_id IS NOT NULL GROUP BY 1, 2, 3
    )
    INSERT INTO {delta} (partner_id, commercial_partner_id, company_id, day, entry_count, cost,
                         duration)
    SELECT partner_id, commercial_partner_id, company_id, day, sum(sign), sum(sign * cost),
           sum(sign * duration)
      FROM changes GROUP BY 1, 2, 3, 4"""


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
                 partner_total=PARTNER_TOTAL_TABLE, salesperson_total=SALESPERSON_TOTAL_TABLE,
                 template_day=TEMPLATE_DAY_TABLE, partner_day=PARTNER_DAY_TABLE,
                 salesperson_day=SALESPERSON_DAY_TABLE, function=TRIGGER_FUNCTION)
    names.update(kw)
    return text.format(**names)


def period_from_strings(date_from, date_to):
    """The period of Business Central's date filter, ``date_from`` to
    ``date_to`` included (datetime strings, UTC; either may be empty), as
    ``(start, end)`` with the end excluded, or None when neither is given."""
    if not date_from and not date_to:
        return None
    bounds = []
    for value in (date_from, date_to):
        try:
            bounds.append(fields.Datetime.from_string(value) if value else None)
        except (TypeError, ValueError):
            raise UserError(_("%r is not a date and time: write it as 2026-12-31 23:59:59.")
                            % (value,))
    start, end = bounds
    # date <= end  is  date < end + 1 microsecond (the precision of timestamps)
    return start, end and end + datetime.timedelta(microseconds=1)


def period_from_context(context):
    """The period of the context keys ``interaction_date_from`` and
    ``interaction_date_to`` (see ``period_from_strings``): which figures to
    show, never a right."""
    return period_from_strings(context.get("interaction_date_from"),
                               context.get("interaction_date_to"))


def split_period(start, end):
    """Split the period [start, end) (naive UTC datetimes; None: unbounded)
    into the days wholly inside it, as SQL bounds of a ``day`` column
    (``[(">=", first day), ("<", day after the last)]``, or None when no day
    is), and its partial days at the edges, ``[(from, to)]``, to be read from
    the entries."""
    midnight = datetime.time.min
    first = last = None
    if start is not None:
        first = start.date() if start.time() == midnight else \
            start.date() + datetime.timedelta(days=1)
    if end is not None:
        last = end.date()
    if first is not None and last is not None and first >= last:
        return None, [(start, end)] if start < end else []
    days, edges = [], []
    if first is not None:
        days.append((">=", first))
        if start.time() != midnight:
            edges.append((start, datetime.datetime.combine(first, midnight)))
    if last is not None:
        days.append(("<", last))
        if end.time() != midnight:
            edges.append((datetime.datetime.combine(last, midnight), end))
    return days, edges


def _trigger_function():
    """The PL/pgSQL function of the triggers: one INSERT of deltas per statement."""
    columns = "(%s, o.date::date, o.cost, o.duration, %s)" % (
        ", ".join("o.%s" % key for key in TEMPLATE_KEYS + PARTNER_KEYS + ("salesperson_id",)),
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


def _totals_tables():
    """(table, its key columns, the key that is never null) of every
    totals table, of all time and per day."""
    for keys, total, day in TOTALS:
        for table, columns in ((total, keys), (day, keys + ("day",))):
            yield _sql("{%s}" % table), ", ".join(columns), keys[0]


def _drop_trigger(cr, entry_table, operation):
    cr.execute(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(
        sql.Identifier("%s_statistics_%s" % (entry_table, operation)),
        sql.Identifier(entry_table)))


def uninstall_statistics(cr, entry_table="interaction_log_entry"):
    """Drop the triggers, their function and the tables (uninstall hook)."""
    for operation in ("insert", "update", "delete"):
        _drop_trigger(cr, entry_table, operation)
    cr.execute(_sql("DROP FUNCTION IF EXISTS {function}(); DROP TABLE IF EXISTS "
                    "{delta}, {template_total}, {partner_total}, {salesperson_total}, "
                    "{template_day}, {partner_day}, {salesperson_day};"))


class InteractionStatisticsStore(models.AbstractModel):
    """Maintained totals of the interaction log entries, per template, per
    contact and per salesperson, of all time and per day (see the module
    docstring)."""
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
            ALTER TABLE {delta} ADD COLUMN IF NOT EXISTS salesperson_id integer,
                                ADD COLUMN IF NOT EXISTS day date;
            CREATE INDEX IF NOT EXISTS {delta}_salesperson_id_index
                ON {delta} (salesperson_id) WHERE salesperson_id IS NOT NULL;
            CREATE TABLE IF NOT EXISTS {salesperson_total} (
                salesperson_id integer NOT NULL, company_id integer NOT NULL,
                entry_count bigint NOT NULL, cost numeric NOT NULL, duration numeric NOT NULL,
                PRIMARY KEY (salesperson_id, company_id));
            CREATE TABLE IF NOT EXISTS {template_day} (
                template_id integer NOT NULL, day date NOT NULL, group_id integer NOT NULL,
                company_id integer NOT NULL,
                entry_count bigint NOT NULL, cost numeric NOT NULL, duration numeric NOT NULL,
                PRIMARY KEY (template_id, day, group_id, company_id));
            CREATE INDEX IF NOT EXISTS {template_day}_group_id_day_index
                ON {template_day} (group_id, day);
            CREATE TABLE IF NOT EXISTS {partner_day} (
                partner_id integer NOT NULL, day date NOT NULL,
                commercial_partner_id integer NOT NULL, company_id integer NOT NULL,
                entry_count bigint NOT NULL, cost numeric NOT NULL, duration numeric NOT NULL,
                PRIMARY KEY (partner_id, day, commercial_partner_id, company_id));
            CREATE INDEX IF NOT EXISTS {partner_day}_commercial_partner_id_day_index
                ON {partner_day} (commercial_partner_id, day);
            CREATE TABLE IF NOT EXISTS {salesperson_day} (
                salesperson_id integer NOT NULL, day date NOT NULL, company_id integer NOT NULL,
                entry_count bigint NOT NULL, cost numeric NOT NULL, duration numeric NOT NULL,
                PRIMARY KEY (salesperson_id, day, company_id));
        """))
        # the last dates of a salesperson: one backward scan of this index
        cr.execute(sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (salesperson_id, date)").format(
            sql.Identifier("%s_salesperson_id_date_index" % entry_table),
            sql.Identifier(entry_table)))
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
        tables = [DELTA_TABLE] + [table for table, _columns, _first in _totals_tables()]
        cr.execute("".join("DELETE FROM %s;" % table for table in tables))
        inserts = []
        for table, columns, first in _totals_tables():
            inserts.append(_sql(
                "INSERT INTO {table} ({columns}, entry_count, cost, duration) "
                "SELECT {columns}, count(*), sum(cost), sum(duration) FROM counted "
                "WHERE {first} IS NOT NULL GROUP BY {columns}",
                table=table, columns=columns, first=first))
        cr.execute(_sql(
            'WITH counted AS (SELECT {contribution} FROM "{table}" e WHERE {counted}), '
            '{inserts} SELECT 1',
            contribution=CONTRIBUTION.format(e="e"), table=entry_table,
            counted=COUNTED.format(e="e"),
            inserts=", ".join("i%d AS (%s)" % (index, insert)
                              for index, insert in enumerate(inserts))))

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
        upserts = []
        for table, columns, first in _totals_tables():
            upserts.append(_sql(
                "INSERT INTO {table} AS total ({columns}, entry_count, cost, duration) "
                "SELECT {columns}, sum(entry_count), sum(cost), sum(duration) "
                "FROM moved WHERE {first} IS NOT NULL GROUP BY {columns} "
                "ON CONFLICT ({columns}) DO UPDATE "
                "SET entry_count = total.entry_count + EXCLUDED.entry_count, "
                "cost = total.cost + EXCLUDED.cost, "
                "duration = total.duration + EXCLUDED.duration",
                table=table, columns=columns, first=first))
        cr.execute(_sql(
            "WITH moved AS (DELETE FROM {delta} RETURNING *), {upserts} "
            "SELECT count(*) FROM moved",
            upserts=", ".join("u%d AS (%s)" % (index, upsert)
                              for index, upsert in enumerate(upserts))))
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
    def _period(self, period):
        """``period`` as the reads take it, None for all time. The reads'
        default (None) is the period of the context (Statistics for a
        Period, the date filter of the lists), all time without one;
        ``ALL_TIME``: all time whatever the context."""
        if period is None:
            period = period_from_context(self.env.context)
        return None if period in (None, ALL_TIME) else period

    @api.model
    def _figures(self, key, condition, params, period):
        """SQL (and its params) of the rows ``key, entry_count, cost,
        duration`` to sum for the keys meeting ``condition`` (on alias ``s``,
        the same on the totals, the deltas and the entries). ``period``: None
        for all time, or ``(start, end)`` (naive UTC datetimes or None, end
        excluded): the days wholly inside from the per-day totals and the
        deltas, the partial days at its edges from the entries. The tables
        are left as ``{total}``, ``{day}`` and ``{delta}``: fill them in with
        ``_sql``."""
        company, company_params = self._company_filter("s")
        where = "%s AND %s" % (condition, company)
        if period is None:
            parts = [("{%s}" % table, "TRUE", []) for table in ("total", "delta")]
            return self._union(key, where, params + company_params, parts, [])
        days, edges = split_period(*period)
        parts = []
        if days is not None:
            day_condition = " AND ".join(["TRUE"] + ["s.day %s %%s" % op for op, _day in days])
            day_params = [day for _op, day in days]
            parts = [("{%s}" % table, day_condition, day_params)
                     for table in ("day", "delta")]
        return self._union(key, where, params + company_params, parts, edges)

    @staticmethod
    def _union(key, where, params, parts, edges):
        """UNION ALL of ``parts`` (table, extra condition, its params), then of
        one index scan of the entries per edge ``(from, to)``."""
        queries, all_params = [], []
        for table, extra, extra_params in parts:
            queries.append("SELECT %s AS key, s.entry_count, s.cost, s.duration FROM %s s "
                           "WHERE %s AND %s" % (key, table, where, extra))
            all_params += params + extra_params
        for edge in edges:
            queries.append(
                "SELECT %s AS key, 1 AS entry_count, COALESCE(s.cost, 0) AS cost, "
                "COALESCE(s.duration, 0) AS duration FROM interaction_log_entry s "
                "WHERE %s AND %s AND s.date >= %%s AND s.date < %%s" % (
                    key, where, EDGE_COUNTED.format(e="s")))
            all_params += params + list(edge)
        if not queries:
            return "SELECT NULL::integer AS key, 0 AS entry_count, 0 AS cost, 0 AS duration " \
                   "WHERE FALSE", []
        return " UNION ALL ".join(queries), all_params

    @api.model
    def _template_statistics(self, field, ids, period=None):
        """``{id: (count, cost, duration)}`` for ``field`` template_id or
        group_id, of ``period`` (see ``_period`` and ``_figures``): totals
        plus deltas not folded yet."""
        assert field in ("template_id", "group_id")
        period = self._period(period)
        names = {"total": TEMPLATE_TOTAL_TABLE, "day": TEMPLATE_DAY_TABLE}
        figures, params = self._figures("s.%s" % field, "s.%s = ANY(%%s)" % field,
                                        [list(ids)], period)
        self.env.cr.execute(
            "SELECT key, sum(entry_count), sum(cost), sum(duration) FROM (%s) f "
            "GROUP BY key" % _sql(figures, **names), params)
        return {key: (int(count), float(cost), float(duration))
                for key, count, cost, duration in self.env.cr.fetchall()}

    @api.model
    def _last_dates(self, columns, period):
        """SQL and params of the last interaction and attempt dates of ``p.id``
        (``columns``: the entry columns to match, one backward index scan
        each), within ``period`` when given."""
        entry_filter, entry_params = self._company_filter("e")
        in_period, period_params = "TRUE", []
        for bound, op in zip(period or (), (">=", "<")):
            if bound is not None:
                in_period += " AND e.date %s %%s" % op
                period_params.append(bound)
        expressions, params = [], []
        for condition in (HAPPENED, COUNTED):
            scans = ["(SELECT e.date FROM interaction_log_entry e WHERE e.%s = p.id AND %s "
                     "AND %s AND %s ORDER BY e.date DESC LIMIT 1)" % (
                         column, condition.format(e="e"), entry_filter, in_period)
                     for column in columns]
            expressions.append("GREATEST(%s)" % ", ".join(scans))
            params += (entry_params + period_params) * len(columns)
        return expressions, params

    @api.model
    def _statistics_with_last_dates(self, ids, figures, params, columns, period):
        """``{id: (count, cost, duration, last interaction date, last attempt
        date)}``: the sums of ``figures`` (on ``p.id``) and the last dates."""
        last_dates, date_params = self._last_dates(columns, period)
        self.env.cr.execute("""
            SELECT p.id, f.entry_count, f.cost, f.duration, %s, %s
              FROM unnest(%%s::integer[]) AS p(id)
             CROSS JOIN LATERAL (
                SELECT sum(entry_count) AS entry_count, sum(cost) AS cost,
                       sum(duration) AS duration
                  FROM (%s) figures
             ) f
        """ % (last_dates[0], last_dates[1], figures), date_params + [list(ids)] + params)
        return {
            key: (int(count or 0), float(cost or 0.0), float(duration or 0.0),
                  last_interaction, last_attempt)
            for key, count, cost, duration, last_interaction, last_attempt
            in self.env.cr.fetchall()
        }

    @api.model
    def _partner_statistics(self, partner_ids, period=None):
        """``{partner id: (count, cost, duration, last interaction date, last
        attempt date)}`` of the entries of each partner and, for a company,
        of its contacts (``commercial_partner_id``), in one query; of
        ``period`` (see ``_period`` and ``_figures``)."""
        period = self._period(period)
        # per partner, index lookups only (a join with the whole totals table
        # may be planned as a scan of it): the entries of the partner, and
        # those of its contacts; an entry of the company itself counts once
        names = {"total": PARTNER_TOTAL_TABLE, "day": PARTNER_DAY_TABLE}
        figures, params = [], []
        for condition in ("s.partner_id = p.id",
                          "s.commercial_partner_id = p.id AND s.partner_id != p.id"):
            query, query_params = self._figures("NULL", condition, [], period)
            figures.append(_sql(query, **names))
            params += query_params
        return self._statistics_with_last_dates(
            partner_ids, " UNION ALL ".join(figures), params,
            ("partner_id", "commercial_partner_id"), period)

    @api.model
    def _salesperson_statistics(self, user_ids, period=None):
        """``{user id: (count, cost, duration, last interaction date, last
        attempt date)}`` of the entries whose salesperson is the user, of
        ``period`` (see ``_period`` and ``_figures``), in one query."""
        period = self._period(period)
        names = {"total": SALESPERSON_TOTAL_TABLE, "day": SALESPERSON_DAY_TABLE}
        figures, params = self._figures("NULL", "s.salesperson_id = p.id", [], period)
        return self._statistics_with_last_dates(
            user_ids, _sql(figures, **names), params, ("salesperson_id",), period)

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
