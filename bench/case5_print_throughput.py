"""Case 5 of bench/run: concurrent prints and emails on a multi-worker
server, recording on against recording off.

The load of tests/test_print_load.py (tests/print_load.py): salespeople
print the same quotations through /report/download and /report/pdf while a
batch print and Send by Email run, on ``odoo --workers=N``. Runs with
recording off (no setup line records) and on alternate on one server and
one database, each with quotations and users of its own, after a warm-up
run that is not measured (it compiles the report style sheets and warms the
workers); the order of the two sides swaps every round, so that neither
always runs first. The throughput is requests answered per second; the
ratio of the "on" run to the "off" run of each round is taken, then the
median.
"""
import os
import statistics

import print_load  # tests/print_load.py: common.py puts tests/ on the path
from common import harness

DB = "il_bench_load"


def measure(server, db, clients, prints_per_client, prefix, recording):
    """One run of the load, with quotations and users of its own."""
    data = print_load.prepare(db, clients, prefix="%s%s" % (prefix, "on" if recording else "off"))
    print_load.set_recording(db, recording)
    outcome = print_load.run(server, db, data, prints_per_client=prints_per_client)
    if recording:
        outcome["recorded"] = print_load.recorded(server, data)
    problems = print_load.check(outcome, data, recording=recording)
    requests_done = len(outcome["prints"]) + len(outcome["emails"])
    return {
        "recording": recording, "seconds": outcome["seconds"], "requests": requests_done,
        "failed": sum(1 for item in outcome["prints"] if not item[2])
        + sum(1 for item in outcome["emails"] if not item[0]),
        "throughput": requests_done / outcome["seconds"],
        "problems": problems[:10],
    }


def parent(args, say, quick=False):
    """Run case 5 and return its result for the table."""
    clients, prints_per_client, rounds = (4, 2, 2) if quick else (6, 4, 4)
    db = harness.Database(args.config, DB)
    say("Case 5: concurrent prints, recording on vs off (%d clients, %d rounds)"
        % (clients, rounds))
    db.clone_from(args.base_db)
    log = os.path.join(os.path.dirname(args.config), "logs", "bench-load-server.log")
    runs = []
    try:
        with harness.OdooServer(args.odoo_bin, args.config, DB, clients + 6, log) as server:
            harness.set_report_url(db, server.url)
            measure(server, db, clients, prints_per_client, "warmup", True)
            for round_no in range(rounds):
                order = (False, True) if round_no % 2 == 0 else (True, False)
                for recording in order:
                    runs.append(measure(server, db, clients, prints_per_client,
                                        "bench%d" % round_no, recording))
                    say("  recording %s: %d requests in %.1f s, %d failed%s" % (
                        "on " if recording else "off", runs[-1]["requests"],
                        runs[-1]["seconds"], runs[-1]["failed"],
                        "; " + "; ".join(runs[-1]["problems"][:3])
                        if runs[-1]["problems"] else ""))
    finally:
        db.drop()
    ratios = []
    for first, second in zip(runs[0::2], runs[1::2]):
        on, off = (first, second) if first["recording"] else (second, first)
        ratios.append(on["throughput"] / off["throughput"])
    return {"runs": runs, "ratio": statistics.median(ratios), "ratios": ratios,
            "clients": clients, "workers": clients + 6}
