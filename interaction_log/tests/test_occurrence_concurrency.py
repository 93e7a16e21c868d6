# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import SUPERUSER_ID, api
from odoo.tests.common import TransactionCase, at_install, post_install


@at_install(False)  # committed fixtures and a second transaction: after the install
@post_install(True)
class TestOccurrenceConcurrency(TransactionCase):
    """Two transactions record the same document at once (REPEATABLE READ,
    as Odoo's workers): neither waits for the other nor fails, and once
    both are committed the document's entries read as occurrences 1 and 2.
    The fixtures are committed and deleted again at the end."""

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
        self.cr_a.commit()  # pylint: disable=invalid-commit

    def _cleanup(self):
        for cr in (self.cr_a, self.cr_b):
            cr.rollback()
        cr = self.cr_a
        cr.execute("DELETE FROM interaction_log_entry WHERE template_id = %s", (self.template_id,))
        cr.execute("DELETE FROM interaction_template WHERE id = %s", (self.template_id,))
        cr.execute("DELETE FROM interaction_group WHERE code = 'CONCUR'")
        cr.execute("DELETE FROM res_partner WHERE id = %s", (self.partner_id,))
        cr.commit()  # pylint: disable=invalid-commit
        self.cr_a.close()
        self.cr_b.close()

    def log(self, cr):
        env = api.Environment(cr, SUPERUSER_ID, {})
        return env["interaction.log.entry"].log_interactions(
            [self.partner_id], self.template_id, document_ref=self.document_ref).id

    def test_concurrent_logs_of_same_document_neither_wait_nor_fail(self):
        # both snapshots start before either transaction commits; a lock wait
        # would fail at once instead of hanging this single-threaded test
        for cr in (self.cr_a, self.cr_b):
            cr.execute("SET LOCAL lock_timeout = '2s'")
        first = self.log(self.cr_a)
        second = self.log(self.cr_b)
        self.cr_a.commit()  # pylint: disable=invalid-commit
        self.cr_b.commit()  # pylint: disable=invalid-commit
        env = api.Environment(self.cr_a, SUPERUSER_ID, {})
        entries = env["interaction.log.entry"].browse([first, second])
        self.assertEqual(entries.mapped("occurrence_no"), [1, 2])

    def test_rolled_back_log_leaves_no_gap(self):
        self.log(self.cr_b)
        self.cr_b.rollback()
        entry = self.log(self.cr_a)
        self.cr_a.commit()  # pylint: disable=invalid-commit
        env = api.Environment(self.cr_a, SUPERUSER_ID, {})
        self.assertEqual(env["interaction.log.entry"].browse(entry).occurrence_no, 1)
