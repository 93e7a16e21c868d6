"""Uninstalling the print hook keeps every interaction log entry; reinstalling
it and upgrading both addons keeps every entry and its links.

Odoo runs here as an administrator would run it: separate processes (the
``odoo`` launcher of the virtualenv, and Python scripts for what a user does
in the web client) on a copy of the freshly installed test database, the
snapshot ``bin/test`` takes before any test runs (``<test db>_browser``).
The copy is dropped at the end.
"""
import os
import re
import subprocess
import sys
import textwrap

import pytest
from odoo.tools import config

import harness

ODOO_BIN = os.path.join(os.path.dirname(sys.executable), "odoo")
HOOK = "interaction_log_report_hook"
NOISE = re.compile(r"odoo\.modules\.graph: module [a-z0-9_]+: Unmet dependencies")

#: everything an entry records, and everything it links to
ENTRY_FACTS = """
    SELECT e.id, e.entry_no, e.partner_id, e.commercial_partner_id, e.template_id,
           e.group_id, e.company_id, e.user_id, e.salesperson_id, e.date::text,
           e.description, e.cost::float, e.duration, e.canceled, e.attempt_failed,
           e.correspondence_type, e.document_type, e.document_ref, e.document_name,
           e.attachment_id, e.segment_id, e.logged_segment_id
      FROM interaction_log_entry e ORDER BY e.id"""

#: what a user does before the uninstallation: prints (twice the same
#: quotation), an order confirmation, an invoice, an entry with an attachment,
#: a logged segment and a canceled entry
RECORD = """
    import base64
    partner = env.ref("base.res_partner_2")
    product = env.ref("product.product_product_4")
    order = env["sale.order"].create({"partner_id": partner.id, "order_line": [
        (0, 0, {"product_id": product.id, "product_uom_qty": 1})]})
    quotation_report = env.ref("sale.action_report_saleorder")
    quotation_report.render_qweb_pdf(order.ids)
    quotation_report.render_qweb_pdf(order.ids)
    order.action_confirm()
    quotation_report.render_qweb_pdf(order.ids)
    invoice = env["account.invoice"].create({
        "partner_id": partner.id, "type": "out_invoice",
        "account_id": partner.property_account_receivable_id.id,
        "invoice_line_ids": [(0, 0, {
            "product_id": product.id, "name": product.name, "quantity": 1, "price_unit": 50.0,
            "account_id": product.categ_id.property_account_income_categ_id.id})]})
    invoice.action_invoice_open()
    env.ref("account.account_invoices").render_qweb_pdf(invoice.ids)
    Entry = env["interaction.log.entry"]
    attachment = env["ir.attachment"].create({
        "name": "Upgrade letter.pdf", "datas_fname": "Upgrade letter.pdf",
        "datas": base64.b64encode(b"%PDF-1.4 upgrade test"),
        "res_model": "res.partner", "res_id": partner.id})
    Entry.log_interactions(partner, env.ref("interaction_log.demo_template_abstract"),
                           attachment_id=attachment.id, document_ref=order,
                           description="Letter with the offer")
    segment = env["interaction.segment"].create({
        "name": "Upgrade mailing",
        "template_id": env.ref("interaction_log.demo_template_newsletter").id,
        "partner_ids": [(6, 0, [partner.id, env.ref("base.res_partner_3").id])]})
    segment.action_log()
    Entry.log_interactions(partner, env.ref("interaction_log.demo_template_golf"),
                           description="Sent by mistake").action_switch_canceled()
    print("RESULT %s" % ",".join(map(str, order.ids + invoice.ids)))
"""

#: the statistics store as the previous version left it: totals per template
#: and per contact only, deltas without salesperson and day
PREVIOUS_STATISTICS = """
    DROP TABLE interaction_statistics_salesperson_total, interaction_statistics_template_day,
               interaction_statistics_partner_day, interaction_statistics_salesperson_day;
    ALTER TABLE interaction_statistics_delta DROP COLUMN salesperson_id, DROP COLUMN day;
    COMMENT ON FUNCTION interaction_statistics_record_change() IS 'previous version'"""

#: (salesperson, day, count, cost) of the per-day salesperson totals, and the
#: same summed over the entries
SALESPERSON_DAY_TOTALS = """
    SELECT salesperson_id, day::text, entry_count, cost::float
      FROM interaction_statistics_salesperson_day WHERE entry_count != 0 ORDER BY 1, 2"""
SALESPERSON_DAY_SUMS = """
    SELECT salesperson_id, date::date::text, count(*), COALESCE(sum(cost), 0)::float
      FROM interaction_log_entry
     WHERE salesperson_id IS NOT NULL AND canceled IS NOT TRUE AND postponed IS NOT TRUE
     GROUP BY 1, 2 ORDER BY 1, 2"""

UNINSTALL_HOOK = """
    env["ir.module.module"].search([("name", "=", "%s")]).button_immediate_uninstall()
""" % HOOK

PRINT_AGAIN = """
    order = env["sale.order"].browse(int(ARGS[0]))
    env.ref("sale.action_report_saleorder").render_qweb_pdf(order.ids)
    entry = env["interaction.log.entry"].search(
        [("document_ref", "=", "sale.order,%d" % order.id)], order="id desc", limit=1)
    print("RESULT %s" % entry.occurrence_no)
"""

SCRIPT = """
import sys
import odoo
from odoo import SUPERUSER_ID, api
conf, db, ARGS = sys.argv[1], sys.argv[2], sys.argv[3:]
odoo.tools.config.parse_config(["-c", conf, "-d", db, "--log-level=warn"])
odoo.tools.config["test_enable"] = True  # reports render HTML: no wkhtmltopdf needed
with api.Environment.manage(), odoo.registry(db).cursor() as cr:
    env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
%s
"""


def query(dbname, sql, params=None):
    return harness.Database(config.rcfile, dbname).query(sql, params)


def check_output(what, result):
    """Fail with the log when the process failed or logged an error."""
    errors = [line for line in result.stdout.splitlines()
              if re.search(r" (ERROR|CRITICAL) |^Traceback", line) and not NOISE.search(line)]
    assert result.returncode == 0 and not errors, "%s failed (exit %s):\n%s" % (
        what, result.returncode, "\n".join(result.stdout.splitlines()[-60:]))
    return result.stdout


def run_odoo(db, *args):
    result = subprocess.run(
        [ODOO_BIN, "-c", config.rcfile, "-d", db, "--stop-after-init",
         "--http-port=%d" % harness.free_port(), "--log-level=warn"] + list(args),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True,
        timeout=600, env=dict(os.environ, ODOO_PRELOAD_ADDONS="no"))
    return check_output("odoo %s" % " ".join(args), result)


def run_script(db, body, *args):
    """Run ``body`` (Python, with ``env`` as superuser) in its own Odoo
    process, commit, and return what it printed after RESULT."""
    script = SCRIPT % textwrap.indent(textwrap.dedent(body), "    ")
    result = subprocess.run(
        [sys.executable, "-c", script, config.rcfile, db] + [str(arg) for arg in args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True,
        timeout=600, env=dict(os.environ, ODOO_PRELOAD_ADDONS="no"))
    output = check_output("the script %s" % body.strip().splitlines()[0], result)
    found = re.findall(r"^RESULT (.*)$", output, re.M)
    return found[-1] if found else None


def module_state(db, name):
    return query(db, "SELECT state FROM ir_module_module WHERE name = %s", [name])[0][0]


def entries(db):
    return query(db, ENTRY_FACTS)


def dangling_links(db):
    """Links of entries that point to nothing: templates, groups, contacts,
    attachments, logged segments and source documents."""
    dangling = query(db, """
        SELECT e.id FROM interaction_log_entry e
          LEFT JOIN interaction_template t ON t.id = e.template_id
          LEFT JOIN interaction_group g ON g.id = e.group_id
          LEFT JOIN res_partner p ON p.id = e.partner_id
          LEFT JOIN ir_attachment a ON a.id = e.attachment_id
          LEFT JOIN interaction_logged_segment l ON l.id = e.logged_segment_id
         WHERE t.id IS NULL OR g.id IS NULL OR p.id IS NULL
            OR (e.attachment_id IS NOT NULL AND a.id IS NULL)
            OR (e.logged_segment_id IS NOT NULL AND l.id IS NULL)""")
    for (ref,) in query(db, "SELECT DISTINCT document_ref FROM interaction_log_entry "
                            "WHERE document_ref IS NOT NULL"):
        model, res_id = ref.split(",")
        if not query(db, 'SELECT 1 FROM "%s" WHERE id = %%s' % model.replace(".", "_"),
                     [int(res_id)]):
            dangling.append(ref)
    return dangling


@pytest.fixture(scope="module")
def upgrade_run():
    """Record entries, uninstall the hook, reinstall it, upgrade both addons;
    the entries (and more) as they were after each step."""
    with harness.snapshot_copy(config.rcfile, config["db_name"], "upgrade") as copy:
        if copy is None:
            pytest.skip("no snapshot of the freshly installed database: run bin/test")
        db = copy.name
        run = {}
        order_id = run_script(db, RECORD).split(",")[0]
        run["order_ref"] = "sale.order,%s" % order_id
        run["recorded"] = entries(db)
        run_script(db, UNINSTALL_HOOK)
        run["uninstalled"] = entries(db)
        run["hook_after_uninstall"] = module_state(db, HOOK)
        run["log_on_print_column"] = query(db, """
            SELECT 1 FROM information_schema.columns
             WHERE table_name = 'interaction_template_setup' AND column_name = 'log_on_print'""")
        run_odoo(db, "-i", HOOK)
        query(db, PREVIOUS_STATISTICS)
        run_odoo(db, "-u", "interaction_log,%s" % HOOK)
        run["salesperson_day_totals"] = query(db, SALESPERSON_DAY_TOTALS)
        run["salesperson_day_sums"] = query(db, SALESPERSON_DAY_SUMS)
        run["upgraded"] = entries(db)
        run["states"] = [module_state(db, name) for name in ("interaction_log", HOOK)]
        run["dangling"] = dangling_links(db)
        run["next_occurrence"] = run_script(db, PRINT_AGAIN, order_id)
        yield run


def test_entries_were_recorded_before_the_uninstallation(upgrade_run):
    recorded = upgrade_run["recorded"]
    printed = [row for row in recorded if row[17] == upgrade_run["order_ref"]]
    assert len(printed) == 4, printed
    assert any(row[19] for row in recorded), "an entry with an attachment"
    assert any(row[21] for row in recorded), "entries of a logged segment"
    assert any(row[13] for row in recorded), "a canceled entry"


def test_uninstalling_the_hook_keeps_every_entry(upgrade_run):
    assert upgrade_run["hook_after_uninstall"] == "uninstalled"
    assert not upgrade_run["log_on_print_column"], "the hook's own column is gone"
    assert upgrade_run["uninstalled"] == upgrade_run["recorded"]


def test_reinstalling_and_upgrading_keeps_every_entry_and_its_links(upgrade_run):
    assert upgrade_run["states"] == ["installed", "installed"]
    # reinstalling the hook loads its demo data again, whose demo prints
    # record new entries: after the entries that were there
    recorded = upgrade_run["recorded"]
    assert upgrade_run["upgraded"][:len(recorded)] == recorded
    assert upgrade_run["dangling"] == []


def test_reinstalled_hook_goes_on_numbering_occurrences(upgrade_run):
    assert upgrade_run["next_occurrence"] == "5"


def test_upgrading_the_previous_statistics_store_builds_the_new_totals(upgrade_run):
    assert upgrade_run["salesperson_day_sums"], "the entries have salespersons"
    assert upgrade_run["salesperson_day_totals"] == upgrade_run["salesperson_day_sums"]
