# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Case 3: the Delete Canceled wizard vs a raw ``DELETE`` of the same rows,
in the 1M table, each run rolled back."""
import argparse
import time

from common import LARGE_DB, Profiler, alternate, median, odoo_env, say


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
