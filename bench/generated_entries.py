# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The entries of cases 3 and 4: a table of 10k recent entries and a copy of
it grown to 1M with older entries of other contacts, inserted with SQL."""
import time

from common import LARGE_DB, SIZES, SMALL_DB, bench_user, harness, odoo_env, run_child, say


def parent(args, sizes):
    say("Generating %d entries in %s" % (sizes["small_entries"], SMALL_DB))
    harness.Database(args.config, SMALL_DB).clone_from(args.base_db)
    small = run_child(args, "generate", "--db", SMALL_DB, "--part", "hot")
    say("Copying %s into %s and adding %d older entries" % (
        SMALL_DB, LARGE_DB, sizes["large_entries"] - sizes["small_entries"]))
    harness.Database(args.config, LARGE_DB).clone_from(SMALL_DB)
    large = run_child(args, "generate", "--db", LARGE_DB, "--part", "cold")
    return {"small": small, "large": large}


READ_GROUPS = ["interaction_log.group_interaction_manager"]
#: the recent entries: the same in both tables, dated within the last 30 days
HOT_DAYS = 29
#: the older entries of the large table: 31 days to 5 years ago
COLD_DAYS = (31, 5 * 365)


def generate_partners(env, prefix, companies, contacts_per_company):
    """``companies`` companies named PREFIX NNNNNN, each with
    ``contacts_per_company`` contacts, inserted with SQL (every other column
    copied from one partner made by the ORM); return (company ids, all ids)."""
    from odoo.addons.interaction_log.tests.partner_copies import copy_partners
    cr = env.cr
    model = env["res.partner"].create({
        "name": "%s model" % prefix, "is_company": True, "customer": True,
        "company_id": env.ref("base.main_company").id, "ref": prefix,
        "city": "Brussels", "country_id": env.ref("base.be").id,
    })
    company_ids = copy_partners(cr, model.ids, companies, prefix)
    all_ids = company_ids + copy_partners(cr, company_ids, contacts_per_company, "Contact",
                                          contacts=True)
    return company_ids, all_ids


def insert_entries(env, partner_ids, count, canceled, days, users):
    """INSERT ... SELECT generate_series: ``count`` entries of the templates of
    the database, on ``partner_ids`` (spread evenly), dated ``days`` (from,
    to) days ago, the first ``canceled`` of them canceled, recorded by
    ``users`` in turn; their salesperson is the contact's, or one of ``users``."""
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
               (%(users)s::integer[])[1 + g %% %(user_count)s],
               COALESCE(p.salesperson_id, (%(users)s::integer[])[1 + g / 7 %% %(user_count)s]),
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
                      "interaction_statistics_partner_total",
                      "interaction_statistics_salesperson_total",
                      "interaction_statistics_template_day", "interaction_statistics_partner_day",
                      "interaction_statistics_salesperson_day"):
            cr.execute("VACUUM ANALYZE %s" % table)
