# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Case 4: reading entries, partner counts, contact, template and group
statistics in a table of 10k entries and in one of 1M entries that holds the
same 10k."""
import datetime
import os
import time

from common import LARGE_DB, SIZES, SMALL_DB, CpuClock, Profiler, alternate, median, say


class ReadSide(object):
    """One database of case 4, with the queries a user runs."""

    def __init__(self, args, db):
        import odoo
        self.registry = odoo.registry(db)
        self.cr = self.registry.cursor()
        self.cr.execute("SELECT pg_backend_pid()")
        self.clock = CpuClock([self.cr.fetchone()[0]])
        env = odoo.api.Environment(self.cr, odoo.SUPERUSER_ID, {})
        manager = env["res.users"].search([("login", "=", "bench_manager")])
        self.env = odoo.api.Environment(self.cr, manager.id, {})
        Partner = self.env["res.partner"]
        self.company = Partner.search([("name", "=", "Bench Hot 000001")])
        self.page = Partner.search([("name", "=like", "Bench Hot %"), ("is_company", "=", True),
                                    ("parent_id", "=", False)], order="display_name", limit=80)
        self.templates = self.env["interaction.template"].search([])
        Entry = self.env["interaction.log.entry"]
        self.list_fields = list(Entry.fields_view_get(view_type="tree")["fields"])
        self.groups = self.env["interaction.group"].search([])
        self.month = {
            "interaction_date_from": (datetime.datetime.utcnow() - datetime.timedelta(days=30))
            .strftime("%Y-%m-%d %H:%M:%S"),
        }
        # since the cron last folded the statistics, a few hundred entries
        # were logged, and some canceled: the reads add their deltas (not
        # committed; the same on both sides)
        recent = Partner.search([("name", "=like", "Bench Hot %")], order="id", limit=500)
        logged = Entry.log_interactions(recent, self.templates[0], date=datetime.date.today())
        logged[:50].action_switch_canceled()

    def run(self, name):
        """Run query ``name`` with an empty ORM cache; return its result."""
        self.env.clear()
        Entry = self.env["interaction.log.entry"]
        if name == "entries":
            # the partner's smart button: list view, default filter, first page
            # (the web client counts the rows for the pager when the page is full)
            domain = [("partner_id", "child_of", self.company.id), ("canceled", "=", False)]
            records = Entry.search_read(domain, self.list_fields, limit=80)
            return len(records), Entry.search_count(domain)
        if name == "partner_counts":
            return sum(row["interaction_count"]
                       for row in self.page.read(["interaction_count"]))
        if name == "partner_stats":
            rows = self.page.read(CONTACT_STATISTICS)
            return [(round(row["interaction_cost"], 6), round(row["interaction_duration"], 6),
                     row["last_interaction_date"], row["last_attempt_date"]) for row in rows]
        if name == "group_stats":
            rows = self.groups.read(["interaction_count", "total_cost", "total_duration"])
            return sum(row["interaction_count"] for row in rows)
        templates = self.templates
        if name == "template_stats_month":
            templates = templates.with_context(**self.month)
        rows = templates.read(["interaction_count", "total_cost", "total_duration"])
        return sum(row["interaction_count"] for row in rows)

    def explain(self, name):
        """EXPLAIN ANALYZE of the queries of ``name`` (for the notes)."""
        plans = []
        original = self.cr.execute

        def execute(query, params=None, log_exceptions=None):
            if isinstance(query, str) and query.lstrip().upper().startswith("SELECT") \
                    and ("interaction_log_entry" in query or "interaction_statistics" in query):
                original("EXPLAIN (ANALYZE, BUFFERS) " + query, params)
                plans.append(query + "\n" + "\n".join(row[0] for row in self.cr.fetchall()))
            return original(query, params, log_exceptions)

        self.cr.execute = execute
        try:
            self.run(name)
        finally:
            del self.cr.execute
        return plans

    def close(self):
        self.cr.rollback()
        self.cr.close()


CONTACT_STATISTICS = ["last_interaction_date", "last_attempt_date", "interaction_cost",
                      "interaction_duration"]
READ_QUERIES = [
    ("entries", "first 80 entries of a company", True, ""),
    ("partner_counts", "counts of 80 partners", True, ""),
    ("partner_stats", "contact statistics of 80 companies", True, ""),
    ("template_stats_month", "template stats, last 30 days", True, ""),
    ("template_stats", "template stats, all time", True,
     "maintained totals + unfolded deltas; the 1M table has 100x the entries per template"),
    ("group_stats", "group stats, all time", True,
     "maintained totals + unfolded deltas; the 1M table has 100x the entries per group"),
]


def child_read(args):
    return measure_queries(args, ReadSide, READ_QUERIES)


def measure_queries(args, side_class, queries):
    """Run each of ``queries`` (name, label, goal, note) on a ``side_class``
    of the 10k and of the 1M database, alternately; their medians and
    ratios."""
    sizes = SIZES["quick" if args.quick else "full"]
    import odoo
    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    with odoo.api.Environment.manage():
        sides = {"small": side_class(args, SMALL_DB), "large": side_class(args, LARGE_DB)}
        try:
            results = []
            for name, label, goal, note in queries:
                times = {"small": [], "large": []}
                cpu = {"small": [], "large": []}
                answers = {}
                for side in sides:  # warm-up
                    answers[side] = sides[side].run(name)
                for run in range(sizes["read_repeat"]):
                    for side in alternate(["small", "large"], run):
                        cpu_start = sides[side].clock.seconds()
                        start = time.perf_counter()
                        sides[side].run(name)
                        times[side].append(time.perf_counter() - start)
                        cpu[side].append(sides[side].clock.seconds() - cpu_start)
                if args.profile:
                    with Profiler(args, "read-%s" % name):
                        sides["large"].run(name)
                    with open(os.path.join(args.results, "explain-%s.txt" % name), "w") as out:
                        for side in ("small", "large"):
                            out.write("==== %s\n" % side)
                            out.write("\n\n".join(sides[side].explain(name)) + "\n")
                same = answers["small"] == answers["large"]
                results.append({
                    "name": label, "key": name, "goal": goal,
                    "small_s": median(times["small"]), "large_s": median(times["large"]),
                    "ratio": median([large / small for small, large in zip(
                        times["small"], times["large"])]),
                    "cpu_small_s": median(cpu["small"]), "cpu_large_s": median(cpu["large"]),
                    "cpu_ratio": median([large / small for small, large in zip(
                        cpu["small"], cpu["large"])]),
                    "small_runs_s": times["small"], "large_runs_s": times["large"],
                    "answers": [answers["small"], answers["large"]],
                    "note": note or ("same rows in both tables" if same else
                                     "answers differ: %s vs %s" % (answers["small"],
                                                                   answers["large"])),
                })
                say("read %s: 10k %.1f ms, 1M %.1f ms" % (
                    label, results[-1]["small_s"] * 1000, results[-1]["large_s"] * 1000))
        finally:
            for side in sides.values():
                side.close()
    return {"queries": results, "repeat": sizes["read_repeat"]}
