# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

from odoo.exceptions import UserError, ValidationError

from .common import SegmentCase


class TestSegmentLogging(SegmentCase):
    """Log Segment: one entry per contact through log_interactions."""

    def test_log_list_creates_a_logged_segment_and_one_entry_per_contact(self):
        segment = self.create_segment(
            description="Spring letter", salesperson_id=self.manager.id,
            date="2026-03-01 09:00:00")
        logged = segment.action_log()
        self.assertEqual(logged._name, "interaction.logged.segment")
        self.assertFields(logged, segment_id=segment, description="Spring letter",
                          template_id=self.template, user_id=self.env.user, entry_count=3,
                          canceled=False)
        self.assertTrue(logged.date)
        self.assertFields(segment, logged=True, entry_count=3, logged_segment_count=1)
        entries = self.Entry.search([("logged_segment_id", "=", logged.id)])
        self.assertEqual(entries, logged.entry_ids)
        self.assertEqual(entries.mapped("partner_id"), self.partners)
        for entry in entries:
            self.assertFields(entry, segment_id=segment, template_id=self.template,
                              description="Spring letter", salesperson_id=self.manager,
                              date="2026-03-01 09:00:00", cost=2.5, company_id=self.company,
                              canceled=False)

    def test_log_without_description_uses_template_description(self):
        segment = self.create_segment(name="Segtest no description")
        logged = segment.action_log()
        self.assertEqual(set(logged.entry_ids.mapped("description")), {"Test letter"})
        self.assertEqual(logged.description, "Segtest no description")

    def test_log_in_batches_gives_each_contact_one_entry_and_the_logging_date(self):
        segment = self.create_segment(
            partner_ids=[(6, 0, (self.partners | self.shared_partner).ids)])
        moments = ["2026-01-01 10:00:%02d" % second for second in range(60)]
        with mock.patch.object(type(segment), "_log_batch_size", 3), \
                mock.patch("odoo.fields.Datetime.now", side_effect=moments):
            logged = segment.action_log()
        entries = logged.entry_ids
        self.assertEqual(len(entries), 4)
        self.assertEqual(entries.mapped("partner_id"), self.partners | self.shared_partner)
        self.assertEqual(set(entries.mapped("date")), {logged.date})

    def test_log_filter_is_evaluated_at_logging_time(self):
        segment = self.create_segment(
            contact_source="filter", domain="[('name', '=like', 'Segtest Contact%')]")
        self.assertEqual(segment.contact_count, 3)
        late = self.env["res.partner"].create({
            "name": "Segtest Contact late", "company_id": self.company.id})
        logged = segment.action_log()
        self.assertEqual(logged.entry_ids.mapped("partner_id"), self.partners | late)

    def test_logging_does_not_load_the_contacts_into_the_cache(self):
        segment = self.create_segment()
        self.env.cache.invalidate()
        segment.action_log()
        partner_fields = self.env["res.partner"]._fields
        for name in ("name", "active", "company_id", "commercial_partner_id"):
            cached = set(self.env.cache._data[partner_fields[name]])
            self.assertFalse(cached & set(self.partners.ids), name)

    def test_action_view_entries_shows_the_segment_entries(self):
        segment = self.create_segment()
        logged = segment.action_log()
        action = segment.action_view_entries()
        self.assertEqual(self.Entry.search(action["domain"]), logged.entry_ids)
        action = logged.action_view_entries()
        self.assertEqual(self.Entry.search(action["domain"]), logged.entry_ids)

    def test_action_view_logged_segments_opens_the_only_one(self):
        segment = self.create_segment()
        logged = segment.action_log()
        action = segment.action_view_logged_segments()
        self.assertEqual(action["res_id"], logged.id)

    def test_demo_segments_were_logged(self):
        segment = self.env.ref("interaction_log.demo_segment_spring_catalogue",
                               raise_if_not_found=False)
        if segment is None:
            self.skipTest("database without demo data")
        self.assertTrue(segment.logged)
        logged = segment.logged_segment_ids
        self.assertEqual(len(logged), 1)
        self.assertEqual(logged.entry_count, 5)
        self.assertFalse(logged.canceled)
        canceled = self.env.ref("interaction_log.demo_segment_trade_fair").logged_segment_ids
        self.assertTrue(canceled.canceled)
        self.assertEqual(set(canceled.entry_ids.mapped("canceled")), {True})
        self.assertFalse(self.env.ref("interaction_log.demo_segment_us_companies").logged)


class TestSegmentLoggedOnce(SegmentCase):
    """A segment is logged once; its copy can be logged again."""

    def test_logged_segment_cannot_be_logged_again(self):
        segment = self.create_segment()
        segment.action_log()
        with self.assertRaisesRegex(UserError, "already been logged.*duplicate it"):
            segment.action_log()
        self.assertEqual(self.LoggedSegment.search_count([("segment_id", "=", segment.id)]), 1)
        self.assertEqual(self.Entry.search_count([("segment_id", "=", segment.id)]), 3)

    def test_copy_of_logged_segment_can_be_logged(self):
        segment = self.create_segment()
        segment.action_log()
        copy = segment.copy()
        self.assertFalse(copy.logged)
        self.assertFalse(copy.logged_segment_ids)
        self.assertEqual(copy.partner_ids, self.partners)
        self.assertIn("(copy)", copy.name)
        logged = copy.action_log()
        self.assertEqual(logged.segment_id, copy)
        self.assertEqual(logged.entry_count, 3)


class TestSegmentBadInput(SegmentCase):
    """Each bad input has a clear outcome and leaves nothing half-written."""

    def test_segment_without_active_contact_is_refused(self):
        for values, message in (
                ({"partner_ids": []}, "has no active contact"),
                ({"partner_ids": [(6, 0, self.archived_partner.ids)]},
                 "no active contact.*archived contacts are skipped"),
                ({"contact_source": "filter", "domain": "[('name', '=', 'Segtest nobody')]"},
                 "matches no active contact")):
            segment = self.create_segment(**values)
            self.assertEqual(segment.contact_count, 0)
            with self.subTest(values=values), self.assertRaisesRegex(UserError, message):
                segment.action_log()
            self.assertNothingLogged(segment)

    def test_archived_contacts_are_skipped(self):
        segment = self.create_segment(
            partner_ids=[(6, 0, (self.partners | self.archived_partner).ids)])
        self.assertEqual(segment.contact_count, 3)
        logged = segment.action_log()
        self.assertEqual(logged.entry_ids.mapped("partner_id"), self.partners)

    def test_archived_contacts_matched_by_filter_are_skipped(self):
        segment = self.create_segment(
            contact_source="filter",
            domain="[('name', '=like', 'Segtest%%'), '|', ('company_id', '=', False), "
                   "('company_id', '=', %d)]" % self.company.id)
        logged = segment.action_log()
        self.assertNotIn(self.archived_partner, logged.entry_ids.mapped("partner_id"))
        self.assertEqual(logged.entry_ids.mapped("partner_id"),
                         self.partners | self.shared_partner)

    def test_contact_without_company_is_logged(self):
        segment = self.create_segment(partner_ids=[(6, 0, self.shared_partner.ids)])
        self.assertEqual(segment.action_log().entry_ids.partner_id, self.shared_partner)

    def test_contact_of_another_company_is_refused_on_save(self):
        with self.assertRaisesRegex(ValidationError, "Segtest Foreign.*Remove them"):
            self.create_segment(partner_ids=[(6, 0, (self.partners | self.foreign_partner).ids)])
        segment = self.create_segment()
        with self.assertRaisesRegex(ValidationError, "another company"):
            segment.write({"partner_ids": [(4, self.foreign_partner.id)]})

    def test_filter_matching_another_company_is_refused_at_logging(self):
        segment = self.create_segment(
            contact_source="filter", domain="[('name', '=like', 'Segtest%')]")
        with self.assertRaisesRegex(UserError, "Segtest Foreign.*change its filter"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_list_that_gained_a_foreign_contact_is_refused_at_logging(self):
        segment = self.create_segment()
        self.partners[0].company_id = self.other_company
        with self.assertRaisesRegex(UserError, "another company"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_invalid_filter_is_refused_on_save(self):
        for domain in ("[('name', '=' ", "[('no_such_field', '=', 1)]", "42",
                       "[('name', 'resembles', 'x')]", "__import__('os')"):
            with self.subTest(domain=domain), self.assertRaisesRegex(
                    ValidationError, "not a valid contact filter"):
                self.create_segment(contact_source="filter", domain=domain)
        segment = self.create_segment(contact_source="filter", domain="[]")
        with self.assertRaisesRegex(ValidationError, "not a valid contact filter"):
            segment.domain = "[('no_such_field', '=', 1)]"

    def test_invalid_filter_is_refused_at_logging(self):
        segment = self.create_segment(contact_source="filter", domain="[]")
        # a filter saved before a field it uses was removed
        self.env.cr.execute("UPDATE interaction_segment SET domain = %s WHERE id = %s",
                            ["[('no_such_field', '=', 1)]", segment.id])
        segment.invalidate_cache()
        self.assertEqual(segment.contact_count, 0)
        with self.assertRaisesRegex(ValidationError, "not a valid contact filter"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_segment_without_template_is_refused(self):
        segment = self.create_segment(template_id=False)
        with self.assertRaisesRegex(UserError, "Set an interaction template"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_template_of_another_company_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "choose a template of the segment"):
            self.create_segment(template_id=self.other_template.id)
        segment = self.create_segment()
        with self.assertRaisesRegex(ValidationError, "choose a template of the segment"):
            segment.template_id = self.other_template
