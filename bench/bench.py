#!/usr/bin/env python3
# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmarks of interaction_log at scale, as ratios measured side by side.

Run through ``bench/run``, which sets up the virtualenv, the PostgreSQL
cluster and the database ``il_bench_base`` (core + both addons) first.

The parent process (this file without ``--child``) never imports Odoo: it
clones the databases, starts the helper processes and prints the table. Every
case runs in a child process with Odoo loaded in-process, so that each one
starts from a fresh registry and its memory can be measured alone:

1. segment logging vs a raw ``execute_values`` INSERT, and memory
   (``bench/segment_logging.py``, one fresh process per size);
2. printing quotations and invoices with logging on vs off (``log_on_print``
   unticked on the template setup lines), and query counts;
3. the Delete Canceled wizard vs a raw ``DELETE`` of the same rows;
4. reading entries, partner counts and template statistics in a table of
   10k entries and in one of 1M entries that holds the same 10k.

Within a case the sides alternate run by run (ABBA...): the machines are
noisy, both sides see the same noise. Medians of ``--repeat`` runs.
"""
import argparse
import cProfile
import datetime
import io
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# the databases and the Odoo server of the benchmarks are the load test's
sys.path.insert(0, os.path.join(ROOT, "tests"))
import print_load  # noqa: E402  (tests/ is put on the path above)

BENCH_DB = "il_bench"          # cases 1 and 2
SMALL_DB = "il_bench_10k"      # case 4, small table
LARGE_DB = "il_bench_1m"       # cases 3 and 4, large table

# sizes: full run, and --quick smoke run
SIZES = {
    "full": {
        "segment": [1000, 10000, 100000],
        "print": [1, 10, 100],
        "small_entries": 10000,
        "large_entries": 1000000,
        "hot_partners": 1000,
        "cold_partners": 100000,
        "read_repeat": 25,
    },
    "quick": {
        "segment": [1000, 5000],
        "print": [1, 5],
        "small_entries": 2000,
        "large_entries": 40000,
        "hot_partners": 200,
        "cold_partners": 4000,
        "read_repeat": 5,
    },
}

GOALS = {
    "segment_ratio": 0.25,     # raw time / our time, at the largest size: at least
    "print_ratio": 1.05,       # logging on / logging off: at most
    "delete_ratio": 0.5,       # raw time / our time: at least
    "growth_ratio": 1.5,       # time at 1M / time at 10k: at most
    "throughput_ratio": 0.9,   # concurrent prints, recording on / off: at least
}


# ---------------------------------------------------------------------------
# helpers shared by parent and children
# ---------------------------------------------------------------------------

def median(values):
    return statistics.median(values) if values else float("nan")


def say(message):
    print("==> %s" % message, file=sys.stderr, flush=True)


def alternate(sides, run):
    """The sides in the order of run number ``run``: rotated each run, so that
    no side always goes first (on a cold cache) or last."""
    shift = run % len(sides)
    return sides[shift:] + sides[:shift]


class Profiler(object):
    """cProfile of one run of our side of a case, written to
    results/profile-NAME.txt (when --profile)."""

    def __init__(self, args, name):
        self.path = args.profile and os.path.join(args.results, "profile-%s.txt" % name)
        self.profile = None

    def __enter__(self):
        if self.path:
            self.profile = cProfile.Profile()
            self.profile.enable()
        return self

    def __exit__(self, *exc):
        if self.profile:
            self.profile.disable()
            out = io.StringIO()
            stats = pstats.Stats(self.profile, stream=out)
            stats.sort_stats("cumulative").print_stats(45)
            stats.sort_stats("tottime").print_stats(25)
            with open(self.path, "w") as profile_file:
                profile_file.write(out.getvalue())
            say("profile written to %s" % self.path)


# ---------------------------------------------------------------------------
# parent: databases, child processes, table
# ---------------------------------------------------------------------------

def run_child(args, case, *extra):
    """Run ``bench.py --child CASE`` in a fresh process; return its RESULT."""
    command = [sys.executable, os.path.abspath(__file__), "--child", case] + child_args(args)
    command += [str(item) for item in extra]
    return run_result(command, "case %s" % case)


def child_args(args):
    result = ["--config", args.config, "--results", args.results, "--repeat", str(args.repeat)]
    if args.quick:
        result.append("--quick")
    if args.profile:
        result.append("--profile")
    return result


def run_result(command, what):
    started = time.time()
    done = subprocess.run(command, stdout=subprocess.PIPE, universal_newlines=True)
    sys.stdout.write("".join(line + "\n" for line in done.stdout.splitlines()
                             if not line.startswith("RESULT ")))
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode or not lines:
        raise RuntimeError("%s failed (exit code %d)" % (what, done.returncode))
    say("%s done in %.0f s" % (what, time.time() - started))
    return json.loads(lines[-1][len("RESULT "):])


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
        print_load.Database(args.config, BENCH_DB).clone_from(args.base_db)
    if "1" in cases:
        attempt("segment", lambda: parent_segment(args, sizes))
    if "2" in cases:
        attempt("print", lambda: parent_print(args, sizes))
    if "3" in cases or "4" in cases:
        attempt("data", lambda: parent_data(args, sizes))
        if "data" in results["cases"]:
            if "4" in cases:
                attempt("read", lambda: run_child(args, "read"))
            if "3" in cases:
                attempt("delete", lambda: run_child(args, "delete"))
    if "5" in cases:
        from print_throughput import parent_print_load
        attempt("print_load", lambda: parent_print_load(args, say, quick=args.quick))
    results["total_s"] = round(time.time() - started, 1)
    results["failures"] = failures
    rows = table_rows(results)
    text = format_table(results, rows)
    print(text)
    with open(os.path.join(args.results, "latest.json"), "w") as out:
        json.dump(dict(results, table=rows), out, indent=2, sort_keys=True)
    if not args.quick:
        save_case_rows(args.results, results, rows)
        write_tables(args.results)
    missed = [row for row in rows if row["met"] is False]
    unmeasured = [case for case in cases
                  if not any(row["case"].split()[0] == case and row["goal"] for row in rows)]
    for case in unmeasured:
        say("case %s measured no goal" % case)
    return 1 if failures or missed or unmeasured else 0


def parent_segment(args, sizes):
    say("Case 1: segment logging vs raw INSERT, one process per size")
    results = []
    for size in sizes["segment"]:
        command = [sys.executable, os.path.join(HERE, "segment_logging.py"),
                   "-c", args.config, "-d", BENCH_DB, "--repeat", str(args.repeat),
                   "--child", str(size)]
        results.append(run_result(command, "segment logging of %d contacts" % size))
    return {"sizes": results}


def parent_print(args, sizes):
    say("Case 2: printing with logging on vs off (an Odoo server serves the report styles)")
    log = os.path.join(os.path.dirname(args.config), "logs", "bench-server.log")
    with print_load.OdooServer(args.odoo_bin, args.config, BENCH_DB, 0, log) as server:
        print_load.set_report_url(print_load.Database(args.config, BENCH_DB), server.url)
        return run_child(args, "print")


def parent_data(args, sizes):
    say("Generating %d entries in %s" % (sizes["small_entries"], SMALL_DB))
    print_load.Database(args.config, SMALL_DB).clone_from(args.base_db)
    small = run_child(args, "generate", "--db", SMALL_DB, "--part", "hot")
    say("Copying %s into %s and adding %d older entries" % (
        SMALL_DB, LARGE_DB, sizes["large_entries"] - sizes["small_entries"]))
    print_load.Database(args.config, LARGE_DB).clone_from(SMALL_DB)
    large = run_child(args, "generate", "--db", LARGE_DB, "--part", "cold")
    return {"small": small, "large": large}


# ---------------------------------------------------------------------------
# the table
# ---------------------------------------------------------------------------

def table_rows(results):
    """One row per measurement: ours, baseline, ratio, goal."""
    rows = []
    cases = results["cases"]

    def row(case, what, ours, base, ratio, goal=None, met=None, note=""):
        rows.append({"case": case, "what": what, "ours_s": ours, "baseline_s": base,
                     "ratio": ratio, "goal": goal, "met": met, "note": note})

    segment = cases.get("segment")
    if segment:
        largest = max(res["size"] for res in segment["sizes"])
        for res in segment["sizes"]:
            growth = (res["rss_peak_kb"] - res["rss_before_kb"]) / 1024.0
            goal = ">= %.2f" % GOALS["segment_ratio"] if res["size"] == largest else None
            row("1 segment", "log %d contacts (raw/ours)" % res["size"], res["odoo_s"],
                res["raw_s"], res["ratio"], goal,
                res["ratio"] >= GOALS["segment_ratio"] if goal else None,
                "%.0f rows/s; RSS +%.1f MB over %.0f MB; heap peak %.1f MB; cancel %.2f s" % (
                    res["size"] / res["odoo_s"], growth, res["rss_before_kb"] / 1024.0,
                    res["heap_peak_kb"] / 1024.0, res["cancel_s"]))
        growths = {res["size"]: (res["rss_peak_kb"] - res["rss_before_kb"]) / 1024.0
                   for res in segment["sizes"]}
        if len(growths) > 1:
            small, large = sorted(growths)[-2:]
            # "nearly flat": 10x the contacts costs at most a few MB more
            flat = growths[large] - growths[small] <= 25.0
            row("1 segment", "RSS growth %d vs %d contacts" % (large, small), None, None, None,
                "nearly flat", flat,
                "+%.1f MB vs +%.1f MB over the process after start-up" % (
                    growths[large], growths[small]))
    printing = cases.get("print")
    if printing:
        for res in printing["runs"]:
            row("2 print", "%s x%d, CPU (on/off)" % (res["kind"], res["batch"]),
                res["cpu_on_s"], res["cpu_off_s"], res["cpu_ratio"],
                "<= %.2f" % GOALS["print_ratio"], res["cpu_ratio"] <= GOALS["print_ratio"],
                "wall %.2f / %.2f s (ratio %.2f); hook alone %.1f ms; queries on %d / off %d "
                "/ hook alone %d; %s" % (
                    res["on_s"], res["off_s"], res["ratio"], res["hook_s"] * 1000,
                    res["queries_on"], res["queries_off"], res["queries_hook"], res["output"]))
        for kind in sorted({res["kind"] for res in printing["runs"]}):
            hook_queries = [res["queries_hook"] for res in printing["runs"] if res["kind"] == kind]
            row("2 print", "%s hook queries by batch" % kind, None, None, None, "constant",
                max(hook_queries) == min(hook_queries),
                " / ".join(str(count) for count in hook_queries))
    read = cases.get("read")
    if read:
        for res in read["queries"]:
            goal = "<= %.1f" % GOALS["growth_ratio"] if res.get("goal", True) else None
            row("4 read", "%s (1M/10k)" % res["name"], res["large_s"], res["small_s"],
                res["ratio"], goal, res["ratio"] <= GOALS["growth_ratio"] if goal else None,
                "CPU ratio %.2f; %s" % (res["cpu_ratio"], res.get("note", "")))
    delete = cases.get("delete")
    if delete:
        ratio = delete["raw_s"] / delete["ours_s"]
        row("3 delete", "Delete Canceled %d of %d (raw/ours)" % (
            delete["deleted"], delete["total"]), delete["ours_s"], delete["raw_s"], ratio,
            ">= %.1f" % GOALS["delete_ratio"], ratio >= GOALS["delete_ratio"],
            "each run in a transaction rolled back afterwards")
    load = cases.get("print_load")
    if load:
        ons = [run for run in load["runs"] if run["recording"]]
        offs = [run for run in load["runs"] if not run["recording"]]
        failed = sum(run["failed"] for run in load["runs"])
        wrong = sum(len(run["problems"]) for run in load["runs"])
        row("5 load", "concurrent prints, throughput (on/off)",
            median([run["seconds"] for run in ons]), median([run["seconds"] for run in offs]),
            load["ratio"], ">= %.1f" % GOALS["throughput_ratio"],
            load["ratio"] >= GOALS["throughput_ratio"] and not failed and not wrong,
            "%d clients, %d workers; %d requests a run; %d failed, %d recording problems; "
            "ratios %s" % (load["clients"], load["workers"], ons[0]["requests"], failed, wrong,
                           " / ".join("%.2f" % ratio for ratio in load["ratios"])))
    return rows


def fmt_s(value):
    if value is None:
        return ""
    return "%.3f" % value if value < 100 else "%.1f" % value


def runs_text(results):
    repeat = results["repeat"]
    return ("medians of the runs of each side: %d runs (cases 1 and 3), %d (case 2), "
            "%d (case 4)" % (repeat, 4 * repeat + 1, SIZES[results["mode"]]["read_repeat"]))


def format_table(results, rows):
    lines = ["", "Benchmark results (%s run), %s, %d cores, %s" % (
        results["mode"], results["date"], results["machine"]["nproc"],
        results["machine"]["cpu"]), runs_text(results), ""]
    header = "%-10s %-40s %10s %10s %7s %12s %5s  %s" % (
        "case", "measurement", "ours s", "base s", "ratio", "goal", "met", "details")
    lines += [header, "-" * len(header)]
    for row in rows:
        lines.append("%-10s %-40s %10s %10s %7s %12s %5s  %s" % (
            row["case"], row["what"], fmt_s(row["ours_s"]), fmt_s(row["baseline_s"]),
            "" if row["ratio"] is None else "%.2f" % row["ratio"], row["goal"] or "",
            {True: "yes", False: "NO", None: ""}[row["met"]], row["note"]))
    for failure in results["failures"]:
        lines.append("FAILED %s" % failure)
    lines.append("total %.0f s" % results["total_s"])
    return "\n".join(lines)


CASE_NAMES = {"1": "segment logging", "2": "printing", "3": "Delete Canceled",
              "4": "reading at 10k and at 1M entries",
              "5": "concurrent prints on a --workers server"}
README_START = "<!-- bench table: generated by bench/run from bench/results/case-*.json -->"
README_END = "<!-- end of bench table -->"


def save_case_rows(results_dir, results, rows):
    """Keep the rows of each case measured by this (full) run in
    ``results/case-N.json``: committed, the source of the tables."""
    info = results["machine"]
    for case in sorted({row["case"].split()[0] for row in rows}):
        summary = {
            "case": case, "date": results["date"],
            "machine": "%d cores (`nproc`), %s, %.1f GiB RAM, Linux %s, Python %s; load "
                       "average at start %s" % (
                           info["nproc"], info["cpu"], info["ram_gib"], info["kernel"],
                           info["python"], ", ".join("%.2f" % load
                                                     for load in info["load_avg_at_start"])),
            "runs": "%d runs" % {
                "2": 4 * results["repeat"] + 1,
                "4": SIZES[results["mode"]]["read_repeat"],
                "5": len(results["cases"].get("print_load", {}).get("runs", []))}.get(
                    case, results["repeat"]),
            "rows": [row for row in rows if row["case"].split()[0] == case],
        }
        wkhtmltopdf = results["cases"].get("print", {}).get("wkhtmltopdf")
        if case == "2" and wkhtmltopdf:
            summary["wkhtmltopdf"] = wkhtmltopdf
        with open(os.path.join(results_dir, "case-%s.json" % case), "w") as out:
            json.dump(summary, out, indent=1, sort_keys=True)
            out.write("\n")


def load_case_rows(results_dir):
    summaries = []
    for case in sorted(CASE_NAMES):
        path = os.path.join(results_dir, "case-%s.json" % case)
        if os.path.exists(path):
            with open(path) as summary:
                summaries.append(json.load(summary))
    return summaries


def markdown_row(row, with_note=True):
    cells = [row["case"], row["what"], fmt_s(row["ours_s"]), fmt_s(row["baseline_s"]),
             "" if row["ratio"] is None else "%.2f" % row["ratio"], row["goal"] or "",
             {True: "yes", False: "**no**", None: ""}[row["met"]]]
    if with_note:
        cells.append(row["note"])
    return "| %s |" % " | ".join(cells)


def write_tables(results_dir):
    """Write bench/RESULTS.md and the table of README.md (between its
    markers) from the latest full measurement of each case."""
    summaries = load_case_rows(results_dir)
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run` from `bench/results/case-*.json`: the latest full run "
        "of each case (see README, *Benchmarks*). The machine may be shared: ratios are "
        "measured side by side, interleaved, to cancel that noise.",
        "",
    ]
    for summary in summaries:
        lines.append("- case %s (%s): %s; %s; medians of %s" % (
            summary["case"], CASE_NAMES[summary["case"]], summary["date"],
            summary["machine"], summary["runs"]))
    lines += [
        "",
        "| case | measurement | ours s | baseline s | ratio | goal | met | details |",
        "| --- | --- | ---: | ---: | ---: | --- | --- | --- |",
    ]
    for summary in summaries:
        lines += [markdown_row(row) for row in summary["rows"]]
    wkhtmltopdf = next((summary["wkhtmltopdf"] for summary in summaries
                        if summary.get("wkhtmltopdf")), {})
    lines += [
        "",
        "Notes:",
        "",
        "- Case 2: real PDFs (%s), with the style sheets served by an Odoo server on the "
        "benchmark database (`report.url`). \"hook alone\": the hook called by itself, on "
        "an empty cache." % wkhtmltopdf.get("version", "wkhtmltopdf"),
    ]
    if wkhtmltopdf.get("one_document", True):
        lines.append(
            "  This wkhtmltopdf is built without the patched Qt and refuses more than one "
            "input document, while Odoo 11 passes one per record (and takes the exit code 1 "
            "for success: on such a machine a batch print is an empty PDF). The benchmark "
            "hands it a batch as one document, a page break before each record, on both "
            "sides: a batch costs a real PDF of N pages, as with a patched wkhtmltopdf.")
    lines += [
        "- Case 4: the statistics of all time (templates, groups, contacts) are read from "
        "totals maintained by triggers (append-only deltas folded by a cron), plus the "
        "deltas not folded yet: 500 entries logged and 50 canceled since the last fold, on "
        "both sides. The last dates of contacts are backward scans of the indexes "
        "`(partner_id, date)` and `(commercial_partner_id, date)`. With a date filter "
        "(`interaction_date_from`) the index `(template_id, canceled, date)` keeps "
        "template statistics flat.",
        "- Ratios of cases 2 and 4 are medians of the ratios of neighbouring runs (each pair "
        "ran back to back). Case 2 is judged on CPU time (the Odoo process, wkhtmltopdf and "
        "the PostgreSQL backend): the wall time of a "
        "print is mostly wkhtmltopdf waiting (its JavaScript delay, the style sheets) and "
        "varies by a third from run to run on a busy machine, while the CPU time does not "
        "count other processes' work. Leaving the waits out makes the CPU ratio the stricter "
        "one.",
        "",
        "Baselines: case 1 a raw `execute_values` INSERT of the same rows; case 2 the same "
        "render with `log_on_print` unticked on every template setup line; case 3 a raw "
        "`DELETE ... WHERE canceled`; case 4 the same queries on a table of 10k entries "
        "(the 1M table holds the same 10k entries plus older entries of other contacts).",
        "",
    ]
    with open(os.path.join(HERE, "RESULTS.md"), "w") as out:
        out.write("\n".join(lines))
    readme_path = os.path.join(ROOT, "README.md")
    with open(readme_path) as readme:
        text = readme.read()
    if README_START not in text or README_END not in text:
        say("README.md has no bench table markers: only bench/RESULTS.md written")
        return
    table = [README_START, "",
             "| case | measurement | ours s | baseline s | ratio | goal | met | measured |",
             "| --- | --- | ---: | ---: | ---: | --- | --- | --- |"]
    for summary in summaries:
        table += [markdown_row(row, with_note=False) + " %s |" % summary["date"][:10]
                  for row in summary["rows"] if row["goal"]]
    missed = [row for summary in summaries for row in summary["rows"] if row["met"] is False]
    table += ["", "Every goal met." if not missed else
              "Goals missed: %d (see bench/RESULTS.md)." % len(missed), "", README_END]
    head, rest = text.split(README_START, 1)
    tail = rest.split(README_END, 1)[1]
    with open(readme_path, "w") as readme:
        readme.write(head + "\n".join(table) + tail)


# ---------------------------------------------------------------------------
# children: Odoo in-process
# ---------------------------------------------------------------------------

def odoo_env(args, db):
    """(registry, api module) with Odoo configured for ``db``."""
    import odoo
    odoo.tools.config.parse_config(["-c", args.config, "-d", db, "--log-level=warn"])
    return odoo.registry(db), odoo.api


def bench_user(env, login, groups):
    """A user of the main company with ``groups`` (xml ids), made once."""
    user = env["res.users"].with_context(active_test=False).search([("login", "=", login)])
    if user:
        return user
    company = env.ref("base.main_company")
    return env["res.users"].with_context(no_reset_password=True).create({
        "name": login.replace("_", " ").title(), "login": login,
        "company_id": company.id, "company_ids": [(6, 0, company.ids)],
        "groups_id": [(6, 0, [env.ref(xml_id).id for xml_id in groups])],
    })


# -- case 2: printing --------------------------------------------------------

PRINT_GROUPS = ["sales_team.group_sale_salesman_all_leads", "account.group_account_invoice",
                "interaction_log.group_interaction_user"]


def print_documents(env, count):
    """``count`` quotations and ``count`` open customer invoices, made with the
    ORM (two lines each, on the demo customers and products)."""
    customers = env["res.partner"].search(
        [("customer", "=", True), ("is_company", "=", True), ("parent_id", "=", False)],
        limit=10, order="id")
    products = env["product.product"].search([("sale_ok", "=", True), ("type", "=", "consu")],
                                             limit=2, order="id")
    orders = env["sale.order"]
    for index in range(count):
        orders |= env["sale.order"].create({
            "partner_id": customers[index % len(customers)].id,
            "client_order_ref": "BENCH-%d" % index,
            "order_line": [(0, 0, {"product_id": product.id, "product_uom_qty": 1 + index % 3})
                           for product in products],
        })
    journal = env["account.journal"].search([("type", "=", "sale"),
                                             ("company_id", "=", env.user.company_id.id)], limit=1)
    invoices = env["account.invoice"]
    for index in range(count):
        invoices |= env["account.invoice"].create({
            "partner_id": customers[index % len(customers)].id,
            "journal_id": journal.id,
            "type": "out_invoice",
            "name": "BENCH-%d" % index,
            "invoice_line_ids": [(0, 0, {
                "product_id": product.id, "name": product.display_name,
                "quantity": 1 + index % 3, "price_unit": 10.0 + index,
                "account_id": journal.default_credit_account_id.id,
            }) for product in products],
        })
    invoices.action_invoice_open()
    return orders, invoices


def one_input_document(bodies):
    """The bodies of a batch (one HTML document per record) as one document,
    a page break before each record."""
    first = bodies[0]
    end = first.rindex(b"</body>")
    parts = [first[:end]]
    for body in bodies[1:]:
        start = body.index(b">", body.index(b"<body")) + 1
        parts.append(b'<div style="page-break-before: always;"></div>')
        parts.append(body[start:body.rindex(b"</body>")])
    parts.append(first[end:])
    return b"".join(parts)


def wkhtmltopdf_batches():
    """Debian's wkhtmltopdf is built without the patched Qt and refuses more
    than one input document: Odoo 11 passes one per record, takes its exit
    code 1 for success and returns an empty PDF. So that a batch costs what it
    costs with a patched wkhtmltopdf (one PDF of all the pages), hand it the
    batch as one document, on both sides of the comparison. Returns its
    version and whether batches are merged."""
    from odoo.addons.base.ir.ir_actions_report import IrActionsReport, _get_wkhtmltopdf_bin
    version = subprocess.run([_get_wkhtmltopdf_bin(), "--version"], stdout=subprocess.PIPE,
                             universal_newlines=True).stdout.strip()
    if "patched qt" in version:
        return {"version": version, "one_document": False}
    original = IrActionsReport._run_wkhtmltopdf

    def run_wkhtmltopdf(self, bodies, **kwargs):
        if len(bodies) > 1:
            bodies = [one_input_document(bodies)]
        return original(self, bodies, **kwargs)

    IrActionsReport._run_wkhtmltopdf = run_wkhtmltopdf
    return {"version": version, "one_document": True}


def child_print(args):
    from odoo import SUPERUSER_ID
    sizes = SIZES["quick" if args.quick else "full"]
    registry, api = odoo_env(args, BENCH_DB)
    wkhtmltopdf = wkhtmltopdf_batches()
    batches = sizes["print"]
    with api.Environment.manage(), registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        started = time.time()
        printer = bench_user(env, "bench_printer", PRINT_GROUPS)
        orders, invoices = print_documents(env, max(batches))
        cr.commit()
        say("made %d quotations and %d open invoices in %.0f s" % (
            len(orders), len(invoices), time.time() - started))
        reports = [
            ("quotation", env.ref("sale.action_report_saleorder"), orders),
            ("invoice", env.ref("account.account_invoices"), invoices),
        ]
        Entry = env["interaction.log.entry"]
        cr.execute("SELECT pg_backend_pid()")
        clock = CpuClock([cr.fetchone()[0]])
        # warm-up: asset bundles (committed by Odoo itself), QWeb templates, caches
        for _kind, report, documents in reports:
            report.sudo(printer.id).render_qweb_pdf(documents[:1].ids)
            cr.rollback()
        runs = []
        for kind, report, documents in reports:
            report = report.sudo(printer.id)
            for batch in batches:
                ids = documents[:batch].ids
                times = {"on": [], "off": [], "hook": []}
                cpu = {"on": [], "off": []}
                queries = {}
                output = set()
                # a few percent to tell apart: more runs than the other cases
                repeat = 4 * args.repeat + 1
                for run in range(repeat):
                    for side in alternate(["on", "off", "hook"], run):
                        cr.execute("SAVEPOINT bench")
                        if side == "off":
                            cr.execute("UPDATE interaction_template_setup SET log_on_print = false")
                        env.clear()
                        entries_before = Entry.search_count([])
                        count_before = cr.sql_log_count
                        cpu_start = clock.seconds()
                        start = time.perf_counter()
                        if side == "hook":
                            # the hook alone, as render_qweb_pdf calls it after the render
                            report._interaction_log_print(ids)
                        else:
                            content, _format = report.render_qweb_pdf(ids)
                            output.add(pdf_pages(content))
                        times[side].append(time.perf_counter() - start)
                        if side in cpu:
                            cpu[side].append(clock.seconds() - cpu_start)
                        queries[side] = cr.sql_log_count - count_before
                        logged = Entry.search_count([]) - entries_before
                        expected = 0 if side == "off" else batch
                        assert logged == expected, "%s %s x%d: %d entries logged" % (
                            side, kind, batch, logged)
                        cr.execute("ROLLBACK TO SAVEPOINT bench")
                        env.clear()
                if args.profile and batch == max(batches):
                    with Profiler(args, "print-%s" % kind):
                        report.render_qweb_pdf(ids)
                    cr.rollback()
                runs.append({
                    "kind": kind, "batch": batch,
                    "on_s": median(times["on"]), "off_s": median(times["off"]),
                    # runs of a pair are neighbours: the median of their ratios
                    # is steadier than the ratio of the medians
                    "ratio": median([on / off for on, off in zip(times["on"], times["off"])]),
                    "cpu_on_s": median(cpu["on"]), "cpu_off_s": median(cpu["off"]),
                    "cpu_ratio": median([on / off for on, off in zip(cpu["on"], cpu["off"])]),
                    "hook_s": median(times["hook"]),
                    "on_runs_s": times["on"], "off_runs_s": times["off"],
                    "queries_on": queries["on"], "queries_off": queries["off"],
                    "queries_hook": queries["hook"],
                    "output": ", ".join(sorted(output)),
                })
                say("printed %s x%d: on %.2f s, off %.2f s, hook %.1f ms" % (
                    kind, batch, runs[-1]["on_s"], runs[-1]["off_s"], runs[-1]["hook_s"] * 1000))
        cr.rollback()
    return {"runs": runs, "wkhtmltopdf": wkhtmltopdf}


class CpuClock(object):
    """CPU seconds used by this process, its children (wkhtmltopdf) and its
    PostgreSQL backends. Much steadier than wall time on a busy machine:
    other processes' work does not count. (The Odoo server serving the style
    sheets to wkhtmltopdf does the same work on both sides of case 2; its CPU
    time is only known in 10 ms clock ticks, too coarse to add.)"""

    def __init__(self, backend_pids):
        self.backend_pids = backend_pids

    def seconds(self):
        total = 0.0
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
            usage = resource.getrusage(who)
            total += usage.ru_utime + usage.ru_stime
        for pid in self.backend_pids:
            # a backend has one thread: nanoseconds on the CPU
            with open("/proc/%d/schedstat" % pid) as schedstat:
                total += int(schedstat.read().split()[0]) / 1e9
        return total


def pdf_pages(content):
    """What the render produced, e.g. 'PDF 10 pages' or 'empty PDF'."""
    if not content.startswith(b"%PDF"):
        return "not a PDF"
    if len(content) < 1000:
        return "empty PDF"
    from PyPDF2 import PdfFileReader
    pages = PdfFileReader(io.BytesIO(content)).getNumPages()
    return "PDF %d page%s" % (pages, "s" if pages > 1 else "")


# -- cases 3 and 4: generated entries ----------------------------------------

READ_GROUPS = ["interaction_log.group_interaction_manager"]
#: the recent entries: the same in both tables, dated within the last 30 days
HOT_DAYS = 29
#: the older entries of the large table: 31 days to 5 years ago
COLD_DAYS = (31, 5 * 365)


def generate_partners(env, prefix, companies, contacts_per_company):
    """``companies`` companies named PREFIX NNNNNN, each with
    ``contacts_per_company`` contacts, inserted with SQL (every other column
    copied from one partner made by the ORM); return (company ids, all ids)."""
    cr = env.cr
    model = env["res.partner"].create({
        "name": "%s model" % prefix, "is_company": True, "customer": True,
        "company_id": env.ref("base.main_company").id, "ref": prefix,
        "city": "Brussels", "country_id": env.ref("base.be").id,
    })
    cr.execute("""SELECT column_name FROM information_schema.columns
                   WHERE table_name = 'res_partner' AND column_name NOT IN
                         ('id', 'name', 'display_name', 'commercial_partner_id',
                          'parent_id', 'is_company', 'type')""")
    columns = ", ".join('"%s"' % row[0] for row in cr.fetchall())
    cr.execute("""
        INSERT INTO res_partner (name, display_name, is_company, type, {columns})
        SELECT %(prefix)s || ' ' || lpad(n::text, 6, '0'),
               %(prefix)s || ' ' || lpad(n::text, 6, '0'), true, 'contact', {columns}
          FROM res_partner, generate_series(1, %(count)s) AS n
         WHERE res_partner.id = %(model)s
     RETURNING id""".format(columns=columns),
               {"prefix": prefix, "count": companies, "model": model.id})
    company_ids = sorted(row[0] for row in cr.fetchall())
    all_ids = list(company_ids)
    if contacts_per_company:
        cr.execute("""
            INSERT INTO res_partner (name, display_name, is_company, type, parent_id, {columns})
            SELECT 'Contact ' || c, company.name || ', Contact ' || c, false, 'contact',
                   company.id, {company_columns}
              FROM res_partner company, generate_series(1, %(contacts)s) AS c
             WHERE company.id = ANY(%(companies)s)
         RETURNING id""".format(columns=columns, company_columns=", ".join(
                    "company.%s" % column for column in columns.split(", "))),
                   {"contacts": contacts_per_company, "companies": company_ids})
        all_ids += sorted(row[0] for row in cr.fetchall())
    cr.execute("""UPDATE res_partner SET commercial_partner_id = COALESCE(parent_id, id)
                   WHERE id = ANY(%s)""", [all_ids])
    return company_ids, all_ids


def insert_entries(env, partner_ids, count, canceled, days, users):
    """INSERT ... SELECT generate_series: ``count`` entries of the templates of
    the database, on ``partner_ids`` (spread evenly), dated ``days`` (from,
    to) days ago, the first ``canceled`` of them canceled, recorded by
    ``users`` in turn."""
    cr = env.cr
    cr.execute("""CREATE TEMP TABLE IF NOT EXISTS bench_partner (
                      idx integer PRIMARY KEY, id integer, commercial_id integer,
                      salesperson_id integer)""")
    cr.execute("TRUNCATE bench_partner")
    cr.execute("""INSERT INTO bench_partner
                  SELECT row_number() OVER (ORDER BY p.id) - 1, p.id, p.commercial_partner_id,
                         COALESCE(p.user_id, c.user_id)
                    FROM res_partner p JOIN res_partner c ON c.id = p.commercial_partner_id
                   WHERE p.id = ANY(%s)""", [partner_ids])
    cr.execute("""CREATE TEMP TABLE IF NOT EXISTS bench_template AS
                  SELECT row_number() OVER (ORDER BY t.id) - 1 AS idx, t.*
                    FROM interaction_template t
                   WHERE t.active AND t.company_id = %s""", [env.ref("base.main_company").id])
    cr.execute("SELECT count(*) FROM bench_template")
    templates = cr.fetchone()[0]
    cr.execute("SELECT setseed(0.42)")
    cr.execute("""
        INSERT INTO interaction_log_entry (
            entry_no, date, partner_id, commercial_partner_id, description, template_id,
            group_id, information_flow, initiated_by, correspondence_type, cost, duration,
            user_id, salesperson_id, evaluation, attempt_failed, canceled, document_type,
            company_id, create_uid, create_date, write_uid, write_date)
        SELECT nextval('interaction_log_entry_no_seq'),
               (now() at time zone 'UTC') - (%(day_from)s + random() * %(day_span)s)
                   * interval '1 day',
               p.id, p.commercial_id, t.name, t.id, t.group_id, t.information_flow,
               t.initiated_by, t.correspondence_type, t.unit_cost,
               t.unit_duration * (0.5 + random()),
               (%(users)s::integer[])[1 + g %% %(user_count)s], p.salesperson_id,
               (ARRAY[NULL, 'very_positive', 'positive', 'neutral', 'negative',
                      'very_negative'])[1 + g %% 6],
               g %% 17 = 0, g <= %(canceled)s,
               (ARRAY['sale_quote', 'sale_order', 'out_invoice', 'email', 'phone_call',
                      'meeting', NULL])[1 + g %% 7],
               t.company_id, 1, now() at time zone 'UTC', 1, now() at time zone 'UTC'
          FROM generate_series(1, %(count)s) AS g
          JOIN bench_template t ON t.idx = g %% %(templates)s
          JOIN bench_partner p ON p.idx = (g::bigint * 7919) %% %(partners)s
    """, {"day_from": days[0], "day_span": days[1] - days[0], "users": users,
          "user_count": len(users), "canceled": canceled, "count": count,
          "templates": templates, "partners": len(partner_ids)})
    return cr.rowcount


def child_generate(args):
    """--part hot: the 10k table (recent entries of 'Bench Hot' contacts);
    --part cold: add the older entries of 'Bench Cold' contacts (1M in all,
    half of them canceled)."""
    from odoo import SUPERUSER_ID
    sizes = SIZES["quick" if args.quick else "full"]
    registry, api = odoo_env(args, args.db)
    started = time.time()
    with api.Environment.manage(), registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        users = [env.ref("base.user_root").id, env.ref("base.user_demo").id,
                 bench_user(env, "bench_manager", READ_GROUPS).id]
        small = sizes["small_entries"]
        if args.part == "hot":
            # companies with 4 contacts each; one company gets a tenth of the entries
            companies, partners = generate_partners(
                env, "Bench Hot", sizes["hot_partners"] // 5, 4)
            cr.execute("SELECT id FROM res_partner WHERE commercial_partner_id = %s",
                       [companies[0]])
            big = [row[0] for row in cr.fetchall()]
            canceled = small // 20
            count = insert_entries(env, big, small // 10, canceled // 10, (0, HOT_DAYS), users)
            count += insert_entries(env, partners, small - small // 10, canceled - canceled // 10,
                                    (0, HOT_DAYS), users)
        else:
            _companies, partners = generate_partners(
                env, "Bench Cold", sizes["cold_partners"], 0)
            cr.execute("SELECT count(*), count(*) FILTER (WHERE canceled) "
                       "FROM interaction_log_entry")
            existing, already = cr.fetchone()
            total = sizes["large_entries"]
            count = insert_entries(env, partners, total - existing, total // 2 - already,
                                   COLD_DAYS, users)
        cr.commit()
        # what the cron does every few minutes
        folded = env["interaction.statistics.store"]._cron_fold_statistics()
        cr.execute("SELECT count(*), count(*) FILTER (WHERE canceled) FROM interaction_log_entry")
        total, canceled = cr.fetchone()
    vacuum(registry)
    say("%s: %d entries (%d canceled) after inserting %d in %.0f s; %s statistics "
        "deltas folded" % (args.db, total, canceled, count, time.time() - started, folded))
    return {"db": args.db, "entries": total, "canceled": canceled, "inserted": count,
            "seconds": time.time() - started}


def vacuum(registry):
    with registry.cursor() as cr:
        cr.autocommit(True)
        # what autovacuum does in production (the fold deletes every delta)
        for table in ("interaction_log_entry", "res_partner", "interaction_statistics_delta",
                      "interaction_statistics_template_total",
                      "interaction_statistics_partner_total"):
            cr.execute("VACUUM ANALYZE %s" % table)


# -- case 4: reading at 10k and at 1M ----------------------------------------

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
                    and "interaction_log_entry" in query:
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
    sizes = SIZES["quick" if args.quick else "full"]
    import odoo
    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    with odoo.api.Environment.manage():
        sides = {"small": ReadSide(args, SMALL_DB), "large": ReadSide(args, LARGE_DB)}
        try:
            results = []
            for name, label, goal, note in READ_QUERIES:
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


# -- case 3: Delete Canceled -------------------------------------------------

def child_delete(args):
    registry, api = odoo_env(args, LARGE_DB)
    ours, raw = [], []
    deleted = {}
    with api.Environment.manage():
        with registry.cursor() as cr:
            cr.execute("SELECT id FROM res_users WHERE login = 'bench_manager'")
            manager_id = cr.fetchone()[0]
            cr.execute("SELECT count(*) FROM interaction_log_entry")
            total = cr.fetchone()[0]
        for run in range(args.repeat + (1 if args.profile else 0)):
            profile = run == args.repeat
            for side in (["ours"] if profile else alternate(["ours", "raw"], run)):
                with registry.cursor() as cr:
                    cr.execute("SELECT count(*) FROM interaction_log_entry")
                    assert cr.fetchone()[0] == total, "the table was not restored"
                    env = api.Environment(cr, manager_id, {})
                    start = time.perf_counter()
                    if side == "ours":
                        with Profiler(args if profile else argparse.Namespace(profile=False),
                                      "delete"):
                            wizard = env["interaction.delete.canceled.wizard"].create({})
                            wizard.action_delete()
                        count = wizard.deleted_count
                    else:
                        cr.execute("DELETE FROM interaction_log_entry WHERE canceled")
                        count = cr.rowcount
                    elapsed = time.perf_counter() - start
                    cr.execute("SELECT count(*) FROM interaction_log_entry WHERE canceled")
                    assert cr.fetchone()[0] == 0, "%s left canceled entries" % side
                    cr.rollback()
                if not profile:
                    (ours if side == "ours" else raw).append(elapsed)
                    deleted[side] = count
                    say("delete %s: %d entries in %.2f s" % (side, count, elapsed))
    assert deleted["ours"] == deleted["raw"], deleted
    return {"total": total, "deleted": deleted["ours"], "ours_s": median(ours),
            "raw_s": median(raw), "ours_runs_s": ours, "raw_runs_s": raw}


# ---------------------------------------------------------------------------

CHILDREN = {
    "print": child_print,
    "generate": child_generate,
    "read": child_read,
    "delete": child_delete,
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", required=True, help="Odoo configuration file")
    parser.add_argument("--base-db", default="il_bench_base",
                        help="database with both addons installed, cloned for the cases")
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
