# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The table of bench/run: rows of each case, the terminal table, the
committed bench/results/case-N.json, bench/RESULTS.md and README's table."""
import json
import os

from common import GOALS, HERE, ROOT, SIZES, median, print_runs, say


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
            goal = GOALS["print_ratio_single" if res["batch"] == 1 else "print_ratio"]
            row("2 print", "%s x%d, CPU (on/off)" % (res["kind"], res["batch"]),
                res["cpu_on_s"], res["cpu_off_s"], res["cpu_ratio"],
                "<= %.2f" % goal, res["cpu_ratio"] <= goal,
                "wall %.2f / %.2f s (ratio %.2f); queries on %d / off %d; %s" % (
                    res["on_s"], res["off_s"], res["ratio"], res["queries_on"],
                    res["queries_off"], res["output"]))
            if "hook_cpu_s" not in res:
                continue  # a result of the earlier hook measured alone
            per_document_ms = res["hook_cpu_s"] * 1000 / res["batch"]
            row("2 print", "%s x%d, the hook: queries" % (res["kind"], res["batch"]),
                None, None, None, "<= %d" % GOALS["hook_queries"],
                res["queries_hook"] <= GOALS["hook_queries"],
                "%d queries to record %d document%s" % (
                    res["queries_hook"], res["batch"], "s" if res["batch"] > 1 else ""))
            row("2 print", "%s x%d, the hook: CPU per document" % (res["kind"], res["batch"]),
                res["hook_cpu_s"], None, None, "<= %.1f ms" % GOALS["hook_cpu_ms"],
                per_document_ms <= GOALS["hook_cpu_ms"],
                "%.2f ms per document (Odoo and PostgreSQL), %.1f ms in all" % (
                    per_document_ms, res["hook_cpu_s"] * 1000))
    reprints = (printing or {}).get("reprints")
    if reprints:
        row("2 print", "storage of %d reprints of one quotation" % reprints["count"],
            reprints["seconds"], None, None, "<= %d file" % GOALS["reprint_files"],
            reprints["files"] <= GOALS["reprint_files"]
            and reprints["copies"] == reprints["count"],
            "%d entries with a copy, %d attachments, %d distinct file(s) of %d bytes "
            "(%d new in the filestore)" % (
                reprints["entries"], reprints["copies"], reprints["files"],
                reprints["bytes_referenced"] // max(reprints["copies"], 1),
                reprints["new_files"]))
    read = cases.get("read")
    if read:
        for res in read["queries"]:
            goal = "<= %.1f" % GOALS["growth_ratio"] if res.get("goal", True) else None
            row("4 read", "%s (1M/10k)" % res["name"], res["large_s"], res["small_s"],
                res["ratio"], goal, res["ratio"] <= GOALS["growth_ratio"] if goal else None,
                "CPU ratio %.2f; %s" % (res["cpu_ratio"], res.get("note", "")))
    statistics = cases.get("statistics")
    if statistics:
        limit = GOALS["statistics_growth_ratio"]
        for res in statistics["queries"]:
            row("7 statistics", "%s (1M/10k)" % res["name"], res["large_s"], res["small_s"],
                res["ratio"], "<= %.1f" % limit, res["ratio"] <= limit,
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
    return ("medians of the runs of each side: %d runs (cases 1 and 3), %d (case 2; %d for "
            "a single document), %d (case 4)" % (
                repeat, print_runs(repeat, 2), print_runs(repeat, 1),
                SIZES[results["mode"]]["read_repeat"]))


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
              "5": "concurrent prints on a --workers server",
              "7": "salesperson statistics and statistics of a period at 10k and at 1M entries"}
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
                "2": print_runs(results["repeat"], 2),
                "4": SIZES[results["mode"]]["read_repeat"],
                "7": SIZES[results["mode"]]["read_repeat"],
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
        "benchmark database (`report.url`). \"the hook\": the recording as it runs "
        "inside each print with logging on (its queries, and its CPU time in the Odoo "
        "process and its PostgreSQL backend)." % wkhtmltopdf.get("version", "wkhtmltopdf"),
    ]
    if wkhtmltopdf.get("one_document"):
        # a measurement taken before the virtualenv's patched build came in
        lines.append(
            "  That wkhtmltopdf (Debian's) is built without the patched Qt and refuses more "
            "than one input document, while Odoo 11 passes one per record (a batch print is "
            "an empty PDF): that run handed it a batch as one document, a page break before "
            "each record, on both sides, so that a batch cost a real PDF of N pages. `bench/run` "
            "now prints with the virtualenv's wkhtmltopdf with patched Qt, as users do.")
    else:
        lines.append(
            "  wkhtmltopdf with patched Qt (the virtualenv's), as Odoo 11 wants it: every "
            "render is checked to be a PDF of one page per document.")
    lines += [
        "- Case 4: the statistics of all time (templates, groups, contacts) are read from "
        "totals maintained by triggers (append-only deltas folded by a cron), plus the "
        "deltas not folded yet: 500 entries logged and 50 canceled since the last fold, on "
        "both sides. The last dates of contacts are backward scans of the indexes "
        "`(partner_id, date)` and `(commercial_partner_id, date)`. With a date filter "
        "(`interaction_date_from`) the index `(template_id, canceled, date)` keeps "
        "template statistics flat.",
        "- Case 7: salesperson statistics from totals per salesperson maintained like the "
        "others, last dates by backward scans of the index `(salesperson_id, date)`; the "
        "statistics of a period (the wizard's, in a Brussels user's time zone) from totals "
        "per day of the days wholly inside it plus one index scan of the entries of each "
        "partial day at its edges.",
        "- Ratios of cases 2 and 4 are medians of the ratios of neighbouring runs (each pair "
        "ran back to back). Case 2 is judged on CPU time (the Odoo process, wkhtmltopdf and "
        "the PostgreSQL backend): the wall time of a "
        "print is mostly wkhtmltopdf waiting (its JavaScript delay, the style sheets) and "
        "varies by a third from run to run on a busy machine, while the CPU time does not "
        "count other processes' work. Leaving the waits out makes the CPU ratio the stricter "
        "one.",
        "",
        "Baselines: case 1 a raw `execute_values` INSERT of the same rows; case 2 the same "
        "render without our code (the implementation below our override of "
        "`render_qweb_pdf`); case 3 a raw "
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
