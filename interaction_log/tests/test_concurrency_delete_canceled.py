# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
import threading
from unittest import mock

from odoo.service import model as service_model
from odoo.tests.common import at_install, post_install
from odoo.tools import mute_logger

from .common import CommittedCase

CANCELED_ENTRIES = 6


@at_install(False)  # committed data and real transactions: after the install
@post_install(True)
class TestConcurrencyDeleteCanceled(CommittedCase):
    """Two managers run Delete Canceled Entries at the same moment, each in a
    transaction of its own through Odoo's RPC service (which retries a
    transaction that fails to serialize). Every canceled entry is deleted
    exactly once, the entry that is not canceled stays, and neither manager
    sees an error. The data is committed: it is deleted again at the end."""

    def setUp(self):
        super(TestConcurrencyDeleteCanceled, self).setUp()
        self.db = self.env.cr.dbname
        self.addCleanup(self.delete_committed_data)
        self.ids = {}
        with self.committed_env() as env:
            group = env["interaction.group"].create({"code": "CONCDEL", "name": "Concurrent"})
            template = env["interaction.template"].create({
                "code": "CONCDEL", "name": "Concurrent delete", "group_id": group.id})
            partner = env["res.partner"].create({"name": "Concurrent Delete Contact"})
            entries = env["interaction.log.entry"].log_interactions(
                [partner.id] * (CANCELED_ENTRIES + 1), template)
            entries[1:].action_switch_canceled()
            managers = env["res.users"]
            for index in (1, 2):
                managers |= env["res.users"].create({
                    "name": "Concurrent Manager %d" % index,
                    "login": "il_concurrent_manager_%d" % index,
                    "groups_id": [(6, 0, [
                        env.ref("base.group_user").id,
                        env.ref("interaction_log.group_interaction_manager").id])],
                })
            self.ids = {"group": group.id, "template": template.id, "partner": partner.id,
                        "kept": entries[0].id, "managers": managers.ids}

    def delete_committed_data(self):
        if self.ids:
            self.delete_committed(self.ids["template"], self.ids["group"], [self.ids["partner"]],
                                  self.ids["managers"])

    def test_two_managers_deleting_at_once_delete_each_entry_once(self):
        wizard_ids = [
            service_model.execute_kw(self.db, uid, "interaction.delete.canceled.wizard",
                                     "create", [{"template_id": self.ids["template"]}])
            for uid in self.ids["managers"]]
        Wizard = type(self.env["interaction.delete.canceled.wizard"])
        action_delete = Wizard.action_delete
        barrier = threading.Barrier(2)
        state = threading.local()

        def delete_when_both_started(wizard):
            # first attempt of each manager: both transactions have their
            # snapshot before either deletes (a retry does not wait)
            if not getattr(state, "waited", False):
                state.waited = True
                wizard.env.cr.execute("SELECT 1")
                barrier.wait(timeout=30)
            return action_delete(wizard)

        def deleter(uid, wizard_id):
            def delete():
                service_model.execute_kw(self.db, uid, "interaction.delete.canceled.wizard",
                                         "action_delete", [[wizard_id]])
                return "deleted"
            return delete

        with mock.patch.object(Wizard, "action_delete", delete_when_both_started), \
                mute_logger("odoo.sql_db"), \
                self.assertLogs("odoo.service.model", logging.INFO) as logs:
            outcome = self.run_in_threads(*map(deleter, self.ids["managers"], wizard_ids))
        self.assertEqual(outcome, ["deleted", "deleted"])
        self.assertTrue(any("retry" in line for line in logs.output),
                        "the two deletions did overlap: one was retried")
        with self.committed_env() as env:
            cr = env.cr
            cr.execute("SELECT deleted_count FROM interaction_delete_canceled_wizard "
                       "WHERE id IN %s", [tuple(wizard_ids)])
            counts = sorted(row[0] for row in cr.fetchall())
            cr.execute("SELECT id FROM interaction_log_entry WHERE template_id = %s",
                       [self.ids["template"]])
            remaining = [row[0] for row in cr.fetchall()]
        self.assertEqual(counts, [0, CANCELED_ENTRIES])
        self.assertEqual(remaining, [self.ids["kept"]])
