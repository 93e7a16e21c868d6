# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError

from .common_segment import SegmentCase


class TestSegmentAccess(SegmentCase):
    """Interactions / User creates and logs segments, Manager deletes them."""

    def test_user_creates_and_logs_a_segment(self):
        segment = self.Segment.sudo(self.user).create({
            "name": "Segtest by user", "template_id": self.template.id,
            "partner_ids": [(6, 0, self.partners.ids)]})
        logged = segment.action_log()
        self.assertEqual(logged.user_id, self.user)
        self.assertEqual(logged.entry_count, 3)
        self.assertEqual(set(logged.entry_ids.mapped("user_id")), {self.user})

    def test_user_cannot_delete_a_segment(self):
        segment = self.create_segment()
        with self.assertRaises(AccessError):
            segment.sudo(self.user).unlink()

    def test_manager_deletes_a_segment_not_logged(self):
        segment = self.create_segment()
        segment.sudo(self.manager).unlink()
        self.assertFalse(segment.exists())

    def test_logged_segment_cannot_be_deleted(self):
        segment = self.create_segment()
        segment.action_log()
        with self.assertRaisesRegex(
                UserError, "has been logged.*cannot be deleted.*cancel its logged segment"):
            segment.sudo(self.manager).unlink()

    def test_user_without_group_cannot_read_segments(self):
        segment = self.create_segment()
        with self.assertRaises(AccessError):
            segment.sudo(self.employee).read(["name"])
        with self.assertRaises(AccessError):
            self.LoggedSegment.sudo(self.employee).search([])

    def test_user_without_group_cannot_create_segments(self):
        with self.assertRaises(AccessError):
            self.Segment.sudo(self.employee).create({"name": "Segtest refused"})

    def test_user_without_group_cannot_log(self):
        segment = self.create_segment()
        with self.assertRaises(AccessError):
            segment.sudo(self.employee).action_log()
        self.assertNothingLogged(segment)

    def test_user_does_not_see_segments_of_another_company(self):
        segment = self.create_segment(
            company_id=self.other_company.id, template_id=self.other_template.id,
            partner_ids=[(6, 0, self.foreign_partner.ids)])
        self.assertNotIn(segment, self.Segment.sudo(self.user).search([]))
        logged = segment.action_log()
        self.assertNotIn(logged, self.LoggedSegment.sudo(self.user).search([]))
