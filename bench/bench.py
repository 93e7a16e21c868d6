#!/usr/bin/env python3
# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmarks of interaction_log at scale, as ratios measured side by side.

Run through ``bench/run``, which sets up the virtualenv, the PostgreSQL
cluster and the database ``il_bench_base`` (core + every addon) first.

The parent process (this file without ``--child``) never imports Odoo: it
clones the databases, starts the helper processes and prints the table. Every
case runs in a child process with Odoo loaded in-process, so that each one
starts from a fresh registry and its memory can be measured alone:

1. segment logging vs a raw ``execute_values`` INSERT, and memory
   (``case1_segment_logging.py``, one fresh process per size);
2. printing with logging on vs off, and query counts (``case2_printing.py``);
3. the Delete Canceled wizard vs a raw ``DELETE`` (``case3_delete_canceled.py``);
4. reading at 10k and at 1M entries (``case4_reading.py``; the entries of
   cases 3 and 4 come from ``generated_entries.py``);
5. concurrent prints on a ``--workers`` server, recording on vs off
   (``case5_print_throughput.py``);
7. salesperson statistics and statistics of a period at 10k and at 1M
   entries (``case7_statistics.py``, in the databases of case 4).

This file is the runner: the options, the cases in order, the children.
``common.py`` holds what the cases share, ``report.py`` the tables.

Within a case the sides alternate run by run (ABBA...): the machines are
noisy, both sides see the same noise. Medians of ``--repeat`` runs.
"""
import argparse
import datetime
import json
import os
import platform
import sys
import time

import case1_segment_logging
import case2_printing
import case3_delete_canceled
import case4_reading
import case5_print_throughput
import case7_statistics
import generated_entries
import report
from common import BENCH_DB, GOALS, HERE, ROOT, SIZES, harness, run_child, say


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        ram_kb = int(meminfo.readline().split()[1])
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(ram_kb / 1024.0 / 1024.0, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "load_avg_at_start": [round(load, 2) for load in os.getloadavg()],
    }


def run_parent(args):
    sizes = SIZES["quick" if args.quick else "full"]
    cases = [case.strip() for case in args.cases.split(",") if case.strip()]
    started = time.time()
    results = {
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "mode": "quick" if args.quick else "full",
        "repeat": args.repeat,
        "goals": GOALS,
        "cases": {},
    }
    failures = []

    def attempt(name, function):
        try:
            results["cases"][name] = function()
        except Exception as exc:  # one broken case must not hide the others
            failures.append("%s: %s" % (name, exc))
            say("case %s FAILED: %s" % (name, exc))

    if "1" in cases or "2" in cases:
        say("Cloning %s into %s" % (args.base_db, BENCH_DB))
        harness.Database(args.config, BENCH_DB).clone_from(args.base_db)
    if "1" in cases:
        attempt("segment", lambda: case1_segment_logging.parent(args, sizes))
    if "2" in cases:
        attempt("print", lambda: case2_printing.parent(args, sizes))
    if "3" in cases or "4" in cases or "7" in cases:
        attempt("data", lambda: generated_entries.parent(args, sizes))
        if "data" in results["cases"]:
            if "4" in cases:
                attempt("read", lambda: run_child(args, "read"))
            if "7" in cases:
                attempt("statistics", lambda: run_child(args, "statistics"))
            if "3" in cases:
                attempt("delete", lambda: run_child(args, "delete"))
    if "5" in cases:
        attempt("print_load", lambda: case5_print_throughput.parent(args, say, quick=args.quick))
    results["total_s"] = round(time.time() - started, 1)
    results["failures"] = failures
    rows = report.table_rows(results)
    text = report.format_table(results, rows)
    print(text)
    with open(os.path.join(args.results, "latest.json"), "w") as out:
        json.dump(dict(results, table=rows), out, indent=2, sort_keys=True)
    if not args.quick:
        report.save_case_rows(args.results, results, rows)
        report.write_tables(args.results)
    missed = [row for row in rows if row["met"] is False]
    unmeasured = [case for case in cases
                  if not any(row["case"].split()[0] == case and row["goal"] for row in rows)]
    for case in unmeasured:
        say("case %s measured no goal" % case)
    return 1 if failures or missed or unmeasured else 0


CHILDREN = {
    "print": case2_printing.child_print,
    "generate": generated_entries.child_generate,
    "read": case4_reading.child_read,
    "delete": case3_delete_canceled.child_delete,
    "statistics": case7_statistics.child_statistics,
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", required=True, help="Odoo configuration file")
    parser.add_argument("--base-db", default="il_bench_base",
                        help="database with every addon installed, cloned for the cases")
    parser.add_argument("--cases", default="1,2,3,4,5")
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--odoo-bin", default=os.path.join(ROOT, ".venv", "bin", "odoo"))
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--part", choices=["hot", "cold"], help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    os.makedirs(args.results, exist_ok=True)
    if args.child:
        result = CHILDREN[args.child](args)
        print("RESULT " + json.dumps(result))
        return 0
    return run_parent(args)


if __name__ == "__main__":
    sys.exit(main())
