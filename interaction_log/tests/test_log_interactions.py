# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import InteractionCase


class TestLogInteractions(InteractionCase):

    def test_log_applies_template_defaults(self):
        entry = self.log(self.contact)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.partner_id, self.contact)
        self.assertEqual(entry.commercial_partner_id, self.customer)
        self.assertEqual(entry.template_id, self.template)
        self.assertEqual(entry.group_id, self.group)
        self.assertEqual(entry.description, "Test letter")
        self.assertEqual(entry.cost, 2.5)
        self.assertEqual(entry.duration, 10.0)
        self.assertEqual(entry.information_flow, "outbound")
        self.assertEqual(entry.initiated_by, "us")
        self.assertEqual(entry.correspondence_type, "hard_copy")
        self.assertEqual(entry.user_id, self.env.user)
        self.assertEqual(entry.company_id, self.company)
        self.assertFalse(entry.canceled)
        self.assertFalse(entry.attempt_failed)
        self.assertTrue(entry.date)
        self.assertTrue(entry.entry_no)

    def test_log_salesperson_defaults_to_contact_company_salesperson(self):
        entry = self.log(self.contact)
        self.assertEqual(entry.salesperson_id, self.salesman)

    def test_log_given_values_override_template(self):
        entry = self.log(self.customer, description="Price list 2026", cost=7.0,
                         duration=0.0, information_flow="inbound",
                         evaluation="positive", attempt_failed=True,
                         date="2026-01-15 10:30:00")
        self.assertEqual(entry.description, "Price list 2026")
        self.assertEqual(entry.cost, 7.0)
        self.assertEqual(entry.duration, 0.0)
        self.assertEqual(entry.information_flow, "inbound")
        self.assertEqual(entry.evaluation, "positive")
        self.assertTrue(entry.attempt_failed)
        self.assertEqual(entry.date, "2026-01-15 10:30:00")

    def test_log_accepts_ids_and_keeps_partner_order_with_repeats(self):
        partner_ids = [self.other_customer.id, self.customer.id, self.other_customer.id]
        entries = self.log(partner_ids, self.template.id)
        self.assertEqual(entries.mapped(lambda e: e.partner_id.id), partner_ids)

    def test_log_list_values_give_one_value_per_partner(self):
        entries = self.log(self.customer | self.other_customer,
                           description=["For customer", "For other"], cost=1.0)
        self.assertEqual(entries.mapped("description"), ["For customer", "For other"])
        self.assertEqual(entries.mapped("cost"), [1.0, 1.0])

    def test_log_list_of_wrong_length_is_refused(self):
        with self.assertRaises(UserError):
            self.log(self.customer | self.other_customer, description=["Only one"])

    def test_log_entry_numbers_increase(self):
        entries = self.log(self.customer | self.other_customer | self.contact)
        numbers = entries.mapped("entry_no")
        self.assertEqual(numbers, sorted(numbers))
        self.assertEqual(len(set(numbers)), 3)

    def test_log_nothing_for_no_partner(self):
        self.assertFalse(self.log(self.env["res.partner"]))

    def test_log_archived_template_is_refused(self):
        self.template.active = False
        with self.assertRaisesRegex(UserError, "archived"):
            self.log()

    def test_log_missing_template_is_refused(self):
        with self.assertRaises(UserError):
            self.Entry.log_interactions(self.customer, False)

    def test_log_missing_partner_is_refused(self):
        with self.assertRaisesRegex(UserError, "do not exist"):
            self.log([self.customer.id, 999999999])
        self.assertFalse(self.Entry.search([("partner_id", "=", self.customer.id)]))

    def test_log_negative_cost_is_refused(self):
        with self.assertRaises(ValidationError):
            self.log(cost=-1)
        with self.assertRaises(ValidationError):
            self.log(self.customer | self.other_customer, duration=[1.0, -5.0])

    def test_log_unknown_field_is_refused(self):
        with self.assertRaisesRegex(UserError, "no_such_field"):
            self.log(no_such_field=1)

    def test_log_invalid_selection_is_refused(self):
        with self.assertRaises(UserError):
            self.log(evaluation="superb")

    def test_log_other_company_partner_is_refused(self):
        company2 = self.env["res.company"].create({"name": "Interaction Second Co"})
        stranger = self.env["res.partner"].create({
            "name": "Foreign contact", "company_id": company2.id})
        with self.assertRaisesRegex(ValidationError, "another company"):
            self.log(stranger)

    def test_log_other_company_than_template_is_refused(self):
        company2 = self.env["res.company"].create({"name": "Interaction Third Co"})
        with self.assertRaises(ValidationError):
            self.log(company_id=company2.id)

    def test_occurrence_counts_entries_of_same_document(self):
        document = self.env["res.partner"].create({"name": "A document stand-in"})
        first = self.log(self.customer, document_ref=document)
        second = self.log(self.customer | self.contact, document_ref=document)
        self.assertEqual(first.occurrence_no, 1)
        self.assertEqual(second.mapped("occurrence_no"), [2, 3])
        self.assertEqual(first.document_name, document.display_name)
        self.assertEqual(first.document_ref, document)
        other = self.log(self.customer, document_ref="res.partner,%d" % self.customer.id)
        self.assertEqual(other.occurrence_no, 1)

    def test_occurrences_follow_the_order_of_recording(self):
        document = self.env["res.partner"].create({"name": "A document stand-in"})
        first = self.log(self.customer, document_ref=document)
        canceled = self.log(self.customer, document_ref=document)
        canceled.action_switch_canceled()
        third = self.log(self.customer, document_ref=document)
        self.assertEqual((first | canceled | third).mapped("occurrence_no"), [1, 2, 3])
        self.Entry.sudo()._delete_canceled([("id", "=", canceled.id)])
        self.assertEqual((first | third).mapped("occurrence_no"), [1, 2])

    def test_orm_create_goes_through_log_interactions(self):
        entry = self.Entry.create({
            "partner_id": self.customer.id, "template_id": self.template.id})
        self.assertEqual(entry.cost, 2.5)
        self.assertTrue(entry.entry_no)

    def test_partner_interaction_count_includes_contacts(self):
        self.log(self.customer)
        self.log(self.contact)
        canceled = self.log(self.contact)
        canceled.action_switch_canceled()
        self.assertEqual(self.customer.interaction_count, 2)
        self.assertEqual(self.contact.interaction_count, 1)
        self.assertEqual(self.other_customer.interaction_count, 0)

    def test_user_logs_interactions(self):
        entry = self.Entry.sudo(self.user).log_interactions(self.customer, self.template)
        self.assertEqual(entry.user_id, self.user)

    def test_user_without_rights_cannot_log(self):
        with self.assertRaises(AccessError):
            self.Entry.sudo(self.user_plain).log_interactions(self.customer, self.template)

    def test_log_invalidates_partner_count(self):
        self.assertEqual(self.customer.interaction_count, 0)
        self.log(self.customer)
        self.assertEqual(self.customer.interaction_count, 1)
