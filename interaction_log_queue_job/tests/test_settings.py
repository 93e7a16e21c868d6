# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, ValidationError

from ..jobs import SEGMENT_THRESHOLD, get_setting
from .common import JobCase


class TestSettings(JobCase):
    """The thresholds are settings of the Interactions managers."""

    def test_manager_sets_the_segment_threshold(self):
        settings = self.env["interaction.job.settings"].sudo(self.manager).create({})
        self.assertEqual(settings.segment_threshold, 2, "the form shows the current value")
        settings.segment_threshold = 3
        settings.action_save()
        self.assertEqual(get_setting(self.env, SEGMENT_THRESHOLD), 3)
        logged = self.create_segment().action_log()
        self.assertEqual(logged.entry_count, 3, "three contacts: logged at once now")

    def test_default_threshold_is_5000_contacts(self):
        self.env["ir.config_parameter"].search([("key", "=", SEGMENT_THRESHOLD[0])]).unlink()
        self.assertEqual(get_setting(self.env, SEGMENT_THRESHOLD), 5000)

    def test_threshold_below_one_is_refused(self):
        with self.assertRaises(ValidationError):
            self.env["interaction.job.settings"].sudo(self.manager).create(
                {"segment_threshold": 0})

    def test_user_cannot_change_the_settings(self):
        settings = self.env["interaction.job.settings"].sudo(self.user).create({})
        with self.assertRaises(AccessError):
            settings.action_save()
