#!/usr/bin/env python3
# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark: logging a segment of N contacts vs a raw multi-row INSERT.

For each size N, in a fresh child process (so that peak memory is per size):

- N contacts are generated with SQL and put in the fixed list of a segment,
  inside one transaction that is rolled back at the end: the database is left
  as it was;
- "odoo": ``segment.action_log()`` as an Interactions user (filter and
  checks, the logged segment, ``log_interactions``);
- "raw": ``psycopg2.extras.execute_values`` inserting the same rows (same
  columns and values as the entries Odoo wrote, entry numbers from the same
  sequence) into the same table, in pages of ``--page-size`` rows;
- both run ``--repeat`` times alternately, each in a savepoint rolled back
  afterwards; the medians are compared as throughputs (raw time / odoo
  time): the goal is at least 0.25 at 100,000 contacts;
- RSS of the child process before the runs (after the set-up and a warm-up
  logging of 100 contacts) and its peak during them (sampled every 5 ms):
  the growth must stay nearly flat as N grows. Then one untimed logging
  and cancel under tracemalloc gives the peak of the Python heap they
  allocate ("heap peak"), which must not grow with N either. The logging of each size is also
  followed by ``action_switch_canceled`` on the logged segment ("cancel s").

Usage (the database must have interaction_log installed, e.g. one made by
``IL_TEST_DB=il_bench_seg bin/test -k test_module_installed``)::

    .venv/bin/python bench/case1_segment_logging.py -c .odoo/test-il_bench_seg.conf \\
        -d il_bench_seg [--sizes 1000,10000,100000] [--repeat 3] [--json out.json]
"""
import argparse
import json
import os
import resource
import statistics
import sys
import threading
import time
import tracemalloc

from common import BENCH_DB, run_result, say

GOAL_RATIO = 0.25


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-c", "--config", required=True, help="Odoo configuration file")
    parser.add_argument("-d", "--db", required=True, help="database with interaction_log")
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="comma-separated segment sizes (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each side per size; medians are compared")
    parser.add_argument("--page-size", type=int, default=1000,
                        help="rows per INSERT statement of the raw side")
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# ---------------------------------------------------------------------------
# child: one size, one process
# ---------------------------------------------------------------------------

def rss_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class RssSampler(threading.Thread):
    """Highest RSS seen while running, sampled every few milliseconds (the
    process-wide ru_maxrss also covers the set-up of the benchmark)."""

    def __init__(self, interval=0.005):
        super(RssSampler, self).__init__(daemon=True)
        self.interval = interval
        self.peak_kb = rss_kb()
        self._done = threading.Event()

    def run(self):
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, rss_kb())
            time.sleep(self.interval)

    def stop(self):
        self._done.set()
        self.join()
        self.peak_kb = max(self.peak_kb, rss_kb())
        return self.peak_kb


def create_partners(env, count, company):
    """Insert ``count`` contacts with SQL, copying every column of one contact
    made by the ORM; return their ids."""
    from odoo.addons.interaction_log.tests.partner_copies import copy_partners
    model = env["res.partner"].create({
        "name": "Bench Contact", "company_id": company.id, "ref": "BENCHSEG"})
    return [model.id] + copy_partners(env.cr, model.ids, count - 1, "Bench Contact")


def raw_insert(cr, sample, partner_ids, page_size):
    """INSERT the rows Odoo would write for ``partner_ids``, built from the
    values of one entry Odoo wrote (``sample``: {column: value})."""
    from psycopg2.extras import execute_values
    per_partner = ("partner_id", "commercial_partner_id")
    computed = ("id", "entry_no")
    columns = [name for name in sample if name not in computed + per_partner]
    constant = tuple(sample[name] for name in columns)
    rows = ((partner_id, partner_id) + constant for partner_id in partner_ids)
    names = list(per_partner) + columns + ["entry_no"]
    template = "(%s, nextval('interaction_log_entry_no_seq'))" % ", ".join(
        ["%s"] * (len(names) - 1))
    query = "INSERT INTO interaction_log_entry (%s) VALUES %%s" % ", ".join(
        '"%s"' % name for name in names)
    execute_values(cr, query, rows, template=template, page_size=page_size)


def run_child(args):
    import odoo
    from odoo import SUPERUSER_ID, api

    odoo.tools.config.parse_config(["-c", args.config, "-d", args.db, "--log-level=warn"])
    size = args.child
    registry = odoo.registry(args.db)
    result = {"size": size}
    with registry.cursor() as cr:
        # rolled-back rows of earlier runs must not slow this one down
        cr.autocommit(True)
        cr.execute("VACUUM ANALYZE interaction_log_entry")
        cr.execute("VACUUM ANALYZE res_partner")
    with api.Environment.manage(), registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        company = env.ref("base.main_company")
        group = env["interaction.group"].create({
            "code": "BENCHSEG", "name": "Benchmark", "company_id": company.id})
        template = env["interaction.template"].create({
            "code": "BENCHSEG", "name": "Benchmark letter", "group_id": group.id,
            "unit_cost": 1.5, "unit_duration": 2, "company_id": company.id})
        user = env["res.users"].with_context(no_reset_password=True).create({
            "name": "Benchmark User", "login": "bench_segment_user",
            "company_id": company.id, "company_ids": [(6, 0, company.ids)],
            "groups_id": [(6, 0, [env.ref("interaction_log.group_interaction_user").id])]})
        start = time.perf_counter()
        partner_ids = create_partners(env, size, company)
        segment = env["interaction.segment"].create({
            "name": "Benchmark segment", "template_id": template.id,
            "description": "Benchmark mailing", "company_id": company.id})
        warmup = env["interaction.segment"].create({
            "name": "Warm-up segment", "template_id": template.id,
            "company_id": company.id, "partner_ids": [(6, 0, partner_ids[:100])]})
        cr.execute("""INSERT INTO interaction_segment_res_partner_rel (segment_id, partner_id)
                      SELECT %s, unnest(%s)""", [segment.id, partner_ids])
        cr.execute("ANALYZE res_partner")
        cr.execute("ANALYZE interaction_segment_res_partner_rel")
        cr.execute("ANALYZE interaction_log_entry")
        result["setup_s"] = time.perf_counter() - start

        user_env = env(user=user.id)
        # warm-up (code paths, caches of the ORM) and a sample row for the raw side
        logged = warmup.with_env(user_env).action_log()
        cr.execute("SELECT * FROM interaction_log_entry WHERE logged_segment_id = %s LIMIT 1",
                   [logged.id])
        sample = dict(zip([column.name for column in cr.description], cr.fetchone()))
        # same segment and description as the measured logging; the logged
        # segment of the warm-up stands in for the one rolled back
        sample.update(segment_id=segment.id, description="Benchmark mailing")
        env.cache.invalidate()

        odoo_times, raw_times, cancel_times = [], [], []
        result["rss_before_kb"] = rss_kb()
        sampler = RssSampler()
        sampler.start()
        for run in range(args.repeat):
            # alternate which side goes first: neither always gets the cleaner table
            for side in (("odoo", "raw") if run % 2 == 0 else ("raw", "odoo")):
                cr.execute("SAVEPOINT bench")
                if side == "raw":
                    start = time.perf_counter()
                    raw_insert(cr, sample, partner_ids, args.page_size)
                    raw_times.append(time.perf_counter() - start)
                else:
                    start = time.perf_counter()
                    logged = segment.with_env(user_env).action_log()
                    odoo_times.append(time.perf_counter() - start)
                    count = env["interaction.log.entry"].search_count(
                        [("logged_segment_id", "=", logged.id)])
                    assert count == size, "logged %d entries for %d contacts" % (count, size)
                    start = time.perf_counter()
                    logged.with_env(user_env).action_switch_canceled()
                    cancel_times.append(time.perf_counter() - start)
                cr.execute("ROLLBACK TO SAVEPOINT bench")
                env.clear()
        result["rss_peak_kb"] = sampler.stop()
        result["process_maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # one more, untimed, logging and cancel under tracemalloc: the peak of
        # the Python heap it allocates, free of the allocator's reuse of memory
        # released by the set-up
        cr.execute("SAVEPOINT bench")
        tracemalloc.start()
        logged = segment.with_env(user_env).action_log()
        logged.with_env(user_env).action_switch_canceled()
        result["heap_peak_kb"] = tracemalloc.get_traced_memory()[1] // 1024
        tracemalloc.stop()
        cr.execute("ROLLBACK TO SAVEPOINT bench")
        env.clear()
        result["odoo_s"] = statistics.median(odoo_times)
        result["raw_s"] = statistics.median(raw_times)
        result["cancel_s"] = statistics.median(cancel_times)
        result["odoo_runs_s"] = odoo_times
        result["raw_runs_s"] = raw_times
        result["ratio"] = result["raw_s"] / result["odoo_s"]
        cr.rollback()
    print("RESULT " + json.dumps(result))


# ---------------------------------------------------------------------------
# parent: one child per size, then the table
# ---------------------------------------------------------------------------

def run_parent(args):
    sizes = [int(size) for size in args.sizes.split(",")]
    results = []
    for size in sizes:
        command = [sys.executable, os.path.abspath(__file__), "-c", args.config, "-d", args.db,
                   "--repeat", str(args.repeat), "--page-size", str(args.page_size),
                   "--child", str(size)]
        results.append(run_result(command, "segment logging of %d contacts" % size))

    print("Segment logging vs raw execute_values INSERT (medians of %d runs, raw pages of %d rows)"
          % (args.repeat, args.page_size))
    header = "%9s %10s %10s %12s %12s %7s %10s %12s %12s %12s %12s" % (
        "contacts", "odoo s", "raw s", "odoo rows/s", "raw rows/s", "ratio", "cancel s",
        "RSS before", "RSS peak", "RSS growth", "heap peak")
    print(header)
    print("-" * len(header))
    for res in results:
        row = (res["size"], res["odoo_s"], res["raw_s"], res["size"] / res["odoo_s"],
               res["size"] / res["raw_s"], res["ratio"], res["cancel_s"],
               res["rss_before_kb"] / 1024.0, res["rss_peak_kb"] / 1024.0,
               (res["rss_peak_kb"] - res["rss_before_kb"]) / 1024.0,
               res["heap_peak_kb"] / 1024.0)
        print("%9d %10.3f %10.3f %12.0f %12.0f %7.2f %10.3f %9.1f MB %9.1f MB %9.1f MB"
              " %9.1f MB" % row)
    largest = max(results, key=lambda res: res["size"])
    smallest = min(results, key=lambda res: res["size"])
    met = largest["ratio"] >= GOAL_RATIO
    print("throughput ratio at %d contacts: %.2f (goal >= %.2f: %s)" % (
        largest["size"], largest["ratio"], GOAL_RATIO, "met" if met else "NOT met"))
    print("Python heap peak of one logging + cancel: %.1f MB at %d contacts, %.1f MB at %d "
          "contacts" % (smallest["heap_peak_kb"] / 1024.0, smallest["size"],
                        largest["heap_peak_kb"] / 1024.0, largest["size"]))
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"benchmark": "segment_logging", "goal_ratio": GOAL_RATIO,
                       "repeat": args.repeat, "page_size": args.page_size,
                       "results": results}, out, indent=2)
    return 0 if met else 1


def parent(args, sizes):
    """Case 1 of bench/run: one child process per size; their results."""
    say("Case 1: segment logging vs raw INSERT, one process per size")
    results = []
    for size in sizes["segment"]:
        command = [sys.executable, os.path.abspath(__file__),
                   "-c", args.config, "-d", BENCH_DB, "--repeat", str(args.repeat),
                   "--child", str(size)]
        results.append(run_result(command, "segment logging of %d contacts" % size))
    return {"sizes": results}


def main(argv=None):
    args = parse_args(argv)
    if args.child:
        run_child(args)
        return 0
    return run_parent(args)


if __name__ == "__main__":
    sys.exit(main())
