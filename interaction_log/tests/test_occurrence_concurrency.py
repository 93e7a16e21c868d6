# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import threading

from psycopg2 import errorcodes
from psycopg2.extensions import TransactionRollbackError

from odoo import SUPERUSER_ID, api
from odoo.tests.common import TransactionCase
from odoo.tools import mute_logger


class TestOccurrenceConcurrency(TransactionCase):
    """Two transactions recording the same document at once get distinct
    occurrence numbers: the second one fails to serialize (Odoo retries such
    requests) and, retried, takes the next number."""

    def setUp(self):
        super(TestOccurrenceConcurrency, self).setUp()
        self.cr_a = self.registry.cursor()
        self.cr_b = self.registry.cursor()
        self.addCleanup(self._cleanup)
        env = api.Environment(self.cr_a, SUPERUSER_ID, {})
        group = env["interaction.group"].create({"code": "CONCUR", "name": "Concurrency"})
        self.template_id = env["interaction.template"].create(
            {"code": "CONCUR", "name": "Concurrency", "group_id": group.id}).id
        self.partner_id = env["res.partner"].create({"name": "Concurrency contact"}).id
        self.document_ref = "res.partner,%d" % self.partner_id
        # the two transactions must see the same committed fixtures
        self.cr_a.commit()  # pylint: disable=invalid-commit

    def _cleanup(self):
        for cr in (self.cr_a, self.cr_b):
            cr.rollback()
        cr = self.cr_a
        cr.execute("DELETE FROM interaction_log_entry WHERE template_id = %s", (self.template_id,))
        cr.execute("DELETE FROM interaction_log_document_occurrence WHERE document_ref = %s",
                   (self.document_ref,))
        cr.execute("DELETE FROM interaction_template WHERE id = %s", (self.template_id,))
        cr.execute("DELETE FROM interaction_group WHERE code = 'CONCUR'")
        cr.execute("DELETE FROM res_partner WHERE id = %s", (self.partner_id,))
        cr.commit()  # pylint: disable=invalid-commit
        self.cr_a.close()
        self.cr_b.close()

    def log(self, cr):
        env = api.Environment(cr, SUPERUSER_ID, {})
        return env["interaction.log.entry"].log_interactions(
            [self.partner_id], self.template_id, document_ref=self.document_ref).occurrence_no

    def test_concurrent_logs_of_same_document_get_distinct_numbers(self):
        self.cr_b.execute("SELECT 1")  # transaction B starts before A commits
        self.assertEqual(self.log(self.cr_a), 1)
        outcome = {}

        def log_b():
            with api.Environment.manage():
                try:
                    outcome["number"] = self.log(self.cr_b)
                except TransactionRollbackError as error:
                    outcome["error"] = error

        thread = threading.Thread(target=log_b)
        with mute_logger("odoo.sql_db"):
            thread.start()
            thread.join(0.5)   # B waits for A's lock on the counter
            self.cr_a.commit()  # pylint: disable=invalid-commit
            thread.join(10)
        self.assertIn("error", outcome, "the second transaction must not reuse number 1")
        self.assertEqual(outcome["error"].pgcode, errorcodes.SERIALIZATION_FAILURE)
        self.cr_b.rollback()   # what Odoo does before retrying the request
        self.assertEqual(self.log(self.cr_b), 2)
