# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the benchmark cases share: sizes, goals, the databases, the child
processes (each with a time limit), alternating sides, clocks and profiles."""
import cProfile
import io
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# the databases and the Odoo server of the benchmarks are the tests' own
sys.path.insert(0, os.path.join(ROOT, "tests"))
import harness  # noqa: E402,F401  (tests/ is put on the path above)

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
        "mailing": 10000,
    },
    "quick": {
        "segment": [1000, 5000],
        "print": [1, 5],
        "small_entries": 2000,
        "large_entries": 40000,
        "hot_partners": 200,
        "cold_partners": 4000,
        "read_repeat": 5,
        "mailing": 1000,
    },
}

GOALS = {
    "segment_ratio": 0.25,     # raw time / our time, at the largest size: at least
    "print_ratio": 1.05,       # logging on / logging off, CPU, batches: at most
    "print_ratio_single": 1.03,  # the same for a print of one document: at most
    "hook_queries": 8,         # queries of the recording of one print, any batch: at most
    "hook_cpu_ms": 3.0,        # its CPU ms (Odoo + PostgreSQL) per printed document: at most
    "reprint_files": 1,        # files kept for the reprints of one unchanged quotation: at most
    "delete_ratio": 0.5,       # raw time / our time: at least
    "growth_ratio": 1.5,       # time at 1M / time at 10k: at most
    "statistics_growth_ratio": 1.5,  # case 7, salesperson and period statistics: the same
    "throughput_ratio": 0.9,   # concurrent prints, recording on / off: at least
    "mailing_ratio": 1.0,      # Send and Log / mass mailing of a segment, CPU: at most
}

#: seconds a child process may run before the case fails (a full run of the
#: largest size takes a few minutes on 2 cores)
CHILD_TIMEOUT = 3600


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


def run_child(args, case, *extra):
    """Run ``bench.py --child CASE`` in a fresh process; return its RESULT."""
    command = [sys.executable, os.path.join(HERE, "bench.py"), "--child", case] + child_args(args)
    command += [str(item) for item in extra]
    return run_result(command, "case %s" % case)


def child_args(args):
    result = ["--config", args.config, "--results", args.results, "--repeat", str(args.repeat)]
    if args.quick:
        result.append("--quick")
    if args.profile:
        result.append("--profile")
    return result


def run_result(command, what, timeout=CHILD_TIMEOUT):
    """Run ``command``, a child printing ``RESULT <json>``; return the JSON.
    Fails when it exits non-zero, prints no result or runs past ``timeout``."""
    started = time.time()
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, universal_newlines=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RuntimeError("%s did not finish in %d s" % (what, timeout))
    sys.stdout.write("".join(line + "\n" for line in done.stdout.splitlines()
                             if not line.startswith("RESULT ")))
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode or not lines:
        raise RuntimeError("%s failed (exit code %d)" % (what, done.returncode))
    say("%s done in %.0f s" % (what, time.time() - started))
    return json.loads(lines[-1][len("RESULT "):])


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


def print_runs(repeat, batch):
    """Runs of each side of case 2 for a print of ``batch`` documents: a few
    percent to tell apart, so more runs than the other cases, and three times
    more again for one document, whose recording is a smaller share of the
    print than the noise of one render (wkhtmltopdf)."""
    return (12 if batch == 1 else 4) * repeat + 1


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
