# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError

from .common import SegmentCase


class CriteriaStepsCase(SegmentCase):
    """A segment built in steps, through its buttons and the criteria wizard."""

    def create_steps_segment(self, **values):
        return self.create_segment(contact_source="steps", **values)

    def apply(self, segment, button, **values):
        """Click ``button`` on ``segment`` and Apply its wizard with ``values``."""
        action = getattr(segment, button)()
        wizard = self.env[action["res_model"]].sudo(segment.env.uid).with_context(
            action["context"]).create(values)
        return wizard.action_apply()

    def step(self, segment, button, domain):
        return self.apply(segment, button, domain=domain)

    def logged_partners(self, segment):
        return segment.action_log().entry_ids.mapped("partner_id")


class TestCriteriaSteps(CriteriaStepsCase):
    """Add, Reduce and Refine Contacts: the segment's contacts are the result
    of its steps in order."""

    def test_steps_add_reduce_and_refine_in_order(self):
        segment = self.create_steps_segment()
        self.step(segment, "action_add_contacts", "[('name', '=like', 'Segtest Contact%')]")
        self.step(segment, "action_add_contacts", "[('name', '=', 'Segtest Shared')]")
        self.assertEqual(segment.contact_count, 4)
        self.step(segment, "action_reduce_contacts", "[('name', '=', 'Segtest Contact 0')]")
        self.step(segment, "action_refine_contacts", "[('name', 'like', 'Contact')]")
        self.assertEqual(segment.contact_count, 2)
        self.assertEqual(segment.criteria_line_ids.mapped("action"),
                         ["add", "add", "reduce", "refine"])
        self.assertEqual(self.logged_partners(segment), self.partners[1:])

    def test_a_step_after_reduce_adds_the_contacts_again(self):
        segment = self.create_steps_segment()
        self.step(segment, "action_add_contacts", "[('name', '=like', 'Segtest Contact%')]")
        self.step(segment, "action_reduce_contacts", "[('name', '=', 'Segtest Contact 0')]")
        self.step(segment, "action_add_contacts", "[('name', '=', 'Segtest Contact 0')]")
        self.assertEqual(self.logged_partners(segment), self.partners)

    def test_steps_skip_archived_contacts(self):
        segment = self.create_steps_segment()
        self.step(segment, "action_add_contacts",
                  "[('name', 'in', ['Segtest Archived', 'Segtest Contact 0'])]")
        self.assertEqual(self.logged_partners(segment), self.partners[0])

    def test_steps_are_evaluated_when_the_segment_is_logged(self):
        segment = self.create_steps_segment()
        self.step(segment, "action_add_contacts", "[('name', '=like', 'Segtest Contact%')]")
        late = self.env["res.partner"].create({
            "name": "Segtest Contact late", "company_id": self.company.id})
        self.assertEqual(self.logged_partners(segment), self.partners | late)

    def test_segment_without_steps_cannot_be_logged(self):
        segment = self.create_steps_segment()
        with self.assertRaisesRegex(UserError, "criteria steps .* give no active contact"):
            segment.action_log()
        self.assertNothingLogged(segment)

    def test_step_buttons_refused_on_a_segment_of_another_source(self):
        segment = self.create_segment()
        with self.assertRaisesRegex(UserError, "set its Contacts to Criteria steps"):
            segment.action_add_contacts()

    def test_user_builds_a_segment_in_steps(self):
        segment = self.create_steps_segment().sudo(self.user)
        self.step(segment, "action_add_contacts", "[('name', '=like', 'Segtest Contact%')]")
        self.step(segment, "action_refine_contacts", "[('name', '!=', 'Segtest Contact 2')]")
        self.assertEqual(segment.contact_count, 2)

    def test_user_without_group_cannot_add_a_step(self):
        segment = self.create_steps_segment()
        with self.assertAccessRefused():
            segment.sudo(self.user_plain).action_add_contacts()


class TestGoBack(CriteriaStepsCase):
    """Go Back removes the last step."""

    def test_go_back_removes_the_last_step(self):
        segment = self.create_steps_segment()
        self.step(segment, "action_add_contacts", "[('name', '=like', 'Segtest Contact%')]")
        self.step(segment, "action_refine_contacts", "[('name', '=', 'Segtest Contact 1')]")
        self.assertEqual(segment.contact_count, 1)
        segment.action_go_back()
        self.assertEqual(segment.criteria_line_ids.mapped("action"), ["add"])
        self.assertEqual(segment.contact_count, 3)

    def test_go_back_without_steps_says_so(self):
        segment = self.create_steps_segment()
        with self.assertRaisesRegex(UserError, "no criteria step to remove"):
            segment.action_go_back()


class TestSavedCriteria(CriteriaStepsCase):
    """Save Criteria keeps copies of the steps under a name; Reuse Criteria
    replaces another segment's steps with them."""

    def test_save_then_reuse_criteria_on_another_segment(self):
        segment = self.create_steps_segment()
        self.step(segment, "action_add_contacts", "[('name', '=like', 'Segtest Contact%')]")
        self.step(segment, "action_reduce_contacts", "[('name', '=', 'Segtest Contact 2')]")
        self.apply(segment, "action_save_criteria", name="Segtest customers")
        criteria = self.env["interaction.segment.criteria"].search(
            [("name", "=", "Segtest customers")])
        self.assertEqual(criteria.step_count, 2)
        other = self.create_steps_segment(name="Segtest reuse")
        self.step(other, "action_add_contacts", "[('name', '=', 'Segtest Shared')]")
        self.apply(other, "action_reuse_criteria", criteria_id=criteria.id)
        self.assertEqual(other.criteria_line_ids.mapped("action"), ["add", "reduce"])
        self.assertEqual(self.logged_partners(other), self.partners[:2])

    def test_saved_criteria_stay_when_the_segment_goes_back(self):
        segment = self.create_steps_segment()
        self.step(segment, "action_add_contacts", "[('name', '=like', 'Segtest Contact%')]")
        self.apply(segment, "action_save_criteria", name="Segtest kept")
        segment.action_go_back()
        criteria = self.env["interaction.segment.criteria"].search([("name", "=", "Segtest kept")])
        self.assertEqual(criteria.line_ids.mapped("domain"),
                         ["[('name', '=like', 'Segtest Contact%')]"])

    def test_save_criteria_without_steps_says_so(self):
        segment = self.create_steps_segment()
        with self.assertRaisesRegex(UserError, "no criteria steps to save"):
            segment.action_save_criteria()


class TestLoggedSegmentSteps(CriteriaStepsCase):
    """A logged segment's steps tell how its entries were made: they never change."""

    def setUp(self):
        super(TestLoggedSegmentSteps, self).setUp()
        self.segment = self.create_steps_segment()
        self.step(self.segment, "action_add_contacts", "[('name', '=like', 'Segtest Contact%')]")
        self.segment.action_log()

    def test_logged_segment_refuses_new_steps(self):
        with self.assertRaisesRegex(UserError, "has been logged"):
            self.segment.action_add_contacts()

    def test_logged_segment_refuses_go_back(self):
        with self.assertRaisesRegex(UserError, "has been logged"):
            self.segment.action_go_back()
        self.assertEqual(len(self.segment.criteria_line_ids), 1)

    def test_logged_segment_step_cannot_be_rewritten_directly(self):
        with self.assertRaisesRegex(UserError, "has been logged"):
            self.segment.criteria_line_ids.write({"domain": "[]"})
        with self.assertRaisesRegex(UserError, "has been logged"):
            self.env["interaction.segment.criteria.line"].create({
                "segment_id": self.segment.id, "action": "add", "domain": "[]"})

    def test_logged_segment_can_be_reused_through_saved_criteria(self):
        self.apply(self.segment, "action_save_criteria", name="Segtest from logged")
        self.assertEqual(self.env["interaction.segment.criteria"].search_count(
            [("name", "=", "Segtest from logged")]), 1)


class TestStepFiltersAreData(CriteriaStepsCase):
    """A step's filter is evaluated as data for the user."""

    def test_step_with_code_is_refused(self):
        segment = self.create_steps_segment()
        with self.assertRaisesRegex(ValidationError, "not a valid contact filter"), \
                self.env.cr.savepoint():
            self.step(segment, "action_add_contacts",
                      "[('id', 'in', env['res.users'].search([]).ids)]")
        segment.invalidate_cache()
        self.assertFalse(segment.criteria_line_ids)

    def test_step_with_unknown_field_is_refused(self):
        segment = self.create_steps_segment()
        with self.assertRaisesRegex(ValidationError, "not a valid contact filter"):
            self.step(segment, "action_add_contacts", "[('no_such_field', '=', 1)]")


class TestSavedCriteriaCompany(CriteriaStepsCase):
    """Saved criteria belong to a company, like segments."""

    def test_user_cannot_reuse_criteria_of_another_company(self):
        criteria = self.env["interaction.segment.criteria"].create({
            "name": "Segtest other company", "company_id": self.other_company.id,
            "line_ids": [(0, 0, {"action": "add", "domain": "[]"})]})
        segment = self.create_steps_segment().sudo(self.user)
        with self.assertAccessRefused():
            self.apply(segment, "action_reuse_criteria", criteria_id=criteria.id)
        self.assertFalse(segment.criteria_line_ids)
