# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Case 2: printing quotations and invoices with logging on vs off (the
same render without our code: the implementation below our override of
``render_qweb_pdf``), CPU time and query counts, and the recording hook's
own queries and CPU time, with the kept copy of each print on (the
default); the storage of reprints of one unchanged quotation (one file);
an Odoo server on the benchmark database serves the report styles.
Every render must be a PDF of one page per document (wkhtmltopdf with
patched Qt, from the virtualenv)."""
import os
import subprocess
import time

import print_load  # tests/print_load.py: common.py puts tests/ on the path
from common import (BENCH_DB, SIZES, CpuClock, Profiler, alternate, bench_user, harness,
                    median, odoo_env, print_runs, run_child, say)


def parent(args, sizes):
    say("Case 2: printing with logging on vs off (an Odoo server serves the report styles)")
    log = os.path.join(os.path.dirname(args.config), "logs", "bench-server.log")
    with harness.OdooServer(args.odoo_bin, args.config, BENCH_DB, 0, log) as server:
        harness.set_report_url(harness.Database(args.config, BENCH_DB), server.url)
        return run_child(args, "print")


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


def wkhtmltopdf_version():
    """The wkhtmltopdf Odoo runs, e.g. 'wkhtmltopdf 0.12.3 (with patched qt)'."""
    from odoo.addons.base.ir.ir_actions_report import _get_wkhtmltopdf_bin
    version = subprocess.run([_get_wkhtmltopdf_bin(), "--version"], stdout=subprocess.PIPE,
                             universal_newlines=True, timeout=60).stdout.strip()
    return {"version": version}


class HookMeter(object):
    """Queries and CPU time (this process and its PostgreSQL backend) of the
    recording hook as it runs inside real prints: wraps
    ``_interaction_log_print_safely``, the one call render_qweb_pdf makes
    after the render (the access checks before the render are counted in
    the queries of the print, on against off)."""

    def __init__(self, cr, clock):
        from odoo.addons.interaction_log_report_hook.models.ir_actions_report import (
            IrActionsReport)
        self.cr, self.clock, self.calls = cr, clock, []
        self.cls, self.original = IrActionsReport, IrActionsReport._interaction_log_print_safely
        meter = self

        def measured(report, res_ids, rendered=None):
            queries, cpu = meter.cr.sql_log_count, meter.clock.seconds()
            try:
                return meter.original(report, res_ids, rendered)
            finally:
                meter.calls.append((meter.cr.sql_log_count - queries,
                                    meter.clock.seconds() - cpu))
        self.cls._interaction_log_print_safely = measured

    def last(self):
        """(queries, CPU seconds) of the last print's recording."""
        return self.calls[-1]


def child_print(args):
    from odoo import SUPERUSER_ID
    sizes = SIZES["quick" if args.quick else "full"]
    registry, api = odoo_env(args, BENCH_DB)
    wkhtmltopdf = wkhtmltopdf_version()
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
        hook = HookMeter(cr, clock)
        # warm-up: asset bundles (committed by Odoo itself), QWeb templates, caches
        for _kind, report, documents in reports:
            report.sudo(printer.id).render_qweb_pdf(documents[:1].ids)
            cr.rollback()
        runs = []
        for kind, report, documents in reports:
            report = report.sudo(printer.id)
            for batch in batches:
                ids = documents[:batch].ids
                times = {"on": [], "off": []}
                hook_cpu = []
                cpu = {"on": [], "off": []}
                queries = {}
                output = set()
                for run in range(print_runs(args.repeat, batch)):
                    for side in alternate(["on", "off"], run):
                        cr.execute("SAVEPOINT bench")
                        env.clear()
                        entries_before = Entry.search_count([])
                        copies_before = Entry.search_count([("sent_copy_id", "!=", False)])
                        count_before = cr.sql_log_count
                        cpu_start = clock.seconds()
                        start = time.perf_counter()
                        calls = len(hook.calls)
                        if side == "on":
                            content, _format = report.render_qweb_pdf(ids)
                        else:
                            content, _format = super(hook.cls, report).render_qweb_pdf(ids)
                        times[side].append(time.perf_counter() - start)
                        cpu[side].append(clock.seconds() - cpu_start)
                        output.add(pdf_pages(content, batch))
                        queries[side] = cr.sql_log_count - count_before
                        if side == "on":
                            assert len(hook.calls) == calls + 1, "the hook ran once"
                            queries["hook"], seconds = hook.last()
                            hook_cpu.append(seconds)
                        logged = Entry.search_count([]) - entries_before
                        expected = 0 if side == "off" else batch
                        assert logged == expected, "%s %s x%d: %d entries logged" % (
                            side, kind, batch, logged)
                        copies = Entry.search_count([("sent_copy_id", "!=", False)]) \
                            - copies_before
                        assert copies == expected, "%s %s x%d: %d entries with a copy" % (
                            side, kind, batch, copies)
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
                    "hook_cpu_s": median(hook_cpu),
                    "on_runs_s": times["on"], "off_runs_s": times["off"],
                    "queries_on": queries["on"], "queries_off": queries["off"],
                    "queries_hook": queries["hook"],
                    "output": ", ".join(sorted(output)),
                })
                say("printed %s x%d: on %.2f s, off %.2f s, hook %d queries, %.1f ms CPU" % (
                    kind, batch, runs[-1]["on_s"], runs[-1]["off_s"], runs[-1]["queries_hook"],
                    runs[-1]["hook_cpu_s"] * 1000))
        reprints = measure_reprints(env, reports[0][1].sudo(printer.id), orders[0],
                                    REPRINTS["quick" if args.quick else "full"])
        cr.rollback()
    return {"runs": runs, "wkhtmltopdf": wkhtmltopdf, "reprints": reprints}


#: reprints of one unchanged quotation whose kept copies are counted
REPRINTS = {"quick": 20, "full": 1000}


def filestore_files(env):
    """Paths of the files in the database's filestore."""
    root = env["ir.attachment"]._filestore()
    return {os.path.join(folder, name) for folder, _dirs, names in os.walk(root)
            for name in names if "checklist" not in folder}


def measure_reprints(env, report, order, count):
    """Print ``order`` ``count`` times, unchanged, with copies kept (the
    default): the entries' copies are ``count`` attachment rows and, the
    filestore being content-addressed, one file. Rolled back afterwards."""
    from odoo.addons.interaction_log.sent_copies import COPY_FIELD
    cr = env.cr
    cr.execute("SAVEPOINT reprints")
    files_before = filestore_files(env)
    started = time.time()
    for _index in range(count):
        report.render_qweb_pdf(order.ids)
    seconds = time.time() - started
    cr.execute("""
        SELECT count(*), count(DISTINCT store_fname), sum(file_size) FROM ir_attachment
         WHERE res_model = 'sale.order' AND res_id = %s AND res_field = %s""",
               [order.id, COPY_FIELD])
    copies, files, stored_bytes = cr.fetchone()
    cr.execute("SELECT count(*) FROM interaction_log_entry WHERE sent_copy_id IS NOT NULL "
               "AND document_ref = %s", ["sale.order,%d" % order.id])
    entries = cr.fetchone()[0]
    new_files = len(filestore_files(env) - files_before)
    cr.execute("ROLLBACK TO SAVEPOINT reprints")
    say("reprinted %s %d times in %.0f s: %d entries with a copy, %d attachments, %d "
        "distinct file(s), %d new file(s) in the filestore" % (
            order.name, count, seconds, entries, copies, files, new_files))
    return {"count": count, "entries": entries, "copies": copies, "files": files,
            "new_files": new_files, "bytes_referenced": stored_bytes or 0,
            "seconds": seconds}


def pdf_pages(content, documents):
    """What the render produced, e.g. 'PDF 10 pages'; raises unless it is a
    PDF of one page per document (a batch printed empty measures nothing)."""
    pages = print_load.pdf_page_count(content) if content.startswith(b"%PDF") else 0
    if pages != documents:
        raise RuntimeError("a print of %d documents gave %s" % (
            documents, "a PDF of %d pages" % pages if pages else "no page"))
    return "PDF %d page%s" % (pages, "s" if pages > 1 else "")
