# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import SegmentCase


class TestSegmentExclusions(SegmentCase):
    """Contacts excluded from a segment stay excluded whatever its list,
    filter or criteria steps add; the segment shows how many contacts were
    left out and why."""

    def exclude(self, segment, partners, user=None):
        """The contact list's Exclude from Segment action on ``partners``."""
        Wizard = self.env["interaction.segment.add.partners"].sudo(user or self.env.uid)
        wizard = Wizard.with_context(
            active_model="res.partner", active_ids=partners.ids,
            default_mode="exclude").create({"segment_id": segment.id})
        return wizard.action_exclude_partners()

    def test_excluded_contact_of_the_list_is_not_logged(self):
        segment = self.create_segment()
        action = self.exclude(segment, self.partners[0])
        self.assertEqual((action["res_model"], action["res_id"]), (segment._name, segment.id))
        self.assertEqual(segment.excluded_partner_ids, self.partners[0])
        self.assertEqual(segment.contact_count, 2)
        self.assertEqual(segment.action_log().entry_ids.mapped("partner_id"), self.partners[1:])

    def test_excluded_contact_stays_out_of_a_filter(self):
        segment = self.create_segment(
            contact_source="filter", domain="[('name', '=like', 'Segtest Contact%')]")
        self.exclude(segment, self.partners[1])
        self.assertEqual(segment.action_log().entry_ids.mapped("partner_id"),
                         self.partners[0] | self.partners[2])

    def test_excluded_contact_stays_out_whatever_a_step_adds(self):
        segment = self.create_segment(contact_source="steps")
        self.exclude(segment, self.partners[2])
        for domain in ("[('name', '=like', 'Segtest Contact%')]",
                       "[('name', '=', 'Segtest Contact 2')]"):
            action = segment.action_add_contacts()
            self.env[action["res_model"]].with_context(action["context"]).create(
                {"domain": domain}).action_apply()
        self.assertEqual(segment.action_log().entry_ids.mapped("partner_id"), self.partners[:2])

    def test_segment_counts_excluded_archived_and_opted_out_contacts(self):
        self.partners[1].opt_out = True
        segment = self.create_segment(partner_ids=[
            (6, 0, (self.partners | self.archived_partner).ids)])
        self.exclude(segment, self.partners[0])
        self.assertFields(segment, contact_count=2, excluded_count=1, archived_count=1,
                          opt_out_count=1)

    def test_unsaved_segment_counts_its_exclusions(self):
        segment = self.Segment.new({
            "name": "Segtest unsaved", "company_id": self.company.id, "contact_source": "list",
            "partner_ids": [(6, 0, self.partners.ids)],
            "excluded_partner_ids": [(6, 0, self.partners[0].ids)]})
        self.assertFields(segment, contact_count=2, excluded_count=1)

    def test_segment_where_every_contact_is_excluded_cannot_be_logged(self):
        segment = self.create_segment()
        self.exclude(segment, self.partners)
        with self.assertRaisesRegex(UserError, "has no active contact"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_logged_segment_exclusions_cannot_change(self):
        segment = self.create_segment()
        segment.action_log()
        with self.assertRaisesRegex(UserError, "has already been logged"):
            self.exclude(segment, self.partners[0])
        with self.assertRaisesRegex(UserError, "has been logged"):
            segment.write({"excluded_partner_ids": [(4, self.partners[0].id)]})

    def test_user_excludes_contacts(self):
        segment = self.create_segment()
        self.exclude(segment, self.partners[0], user=self.user)
        self.assertEqual(segment.sudo(self.user).contact_count, 2)
