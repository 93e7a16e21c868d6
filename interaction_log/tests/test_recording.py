# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import psycopg2

from odoo.tools import mute_logger

from ..recording import recording_never_fails
from .common import InteractionCase


class TestRecording(InteractionCase):
    """Automatic recording never fails what is recorded, and says why it
    could not record."""

    def assertRecordingFailsCleanly(self, record, cause):
        """recording_never_fails around ``record`` (a callable) reports a
        failure, logs it with its cause, rolls back what was recorded and
        leaves the transaction usable; ``cause`` is in the logged error."""
        before = self.Entry.search_count([])
        with self.assertLogs("odoo.addons.interaction_log.recording", "WARNING") as logs, \
                mute_logger("odoo.sql_db"):
            with recording_never_fails(self.env, "the print of SO042") as outcome:
                self.log()
                record()
        self.assertTrue(outcome.failed)
        [warning] = logs.records
        self.assertIn("the print of SO042", warning.getMessage())
        self.assertIn(cause, str(warning.exc_info[1]), "the cause is logged")
        self.assertEqual(self.Entry.search_count([]), before)

    def test_an_error_of_the_recording_is_logged_and_rolled_back(self):
        self.assertRecordingFailsCleanly(lambda: self.env.cr.execute("SELECT 1 / 0"),
                                         "division by zero")

    def test_an_error_the_recording_swallowed_is_logged_and_rolled_back(self):
        """The savepoint's release fails: the transaction was aborted by an
        error the recording code caught itself."""
        def swallowing():
            try:
                self.env.cr.execute("SELECT 1 / 0")
            except psycopg2.DataError:
                pass

        self.assertRecordingFailsCleanly(swallowing, "current transaction is aborted")
