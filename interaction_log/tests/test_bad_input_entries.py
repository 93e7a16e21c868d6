# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError

from .common import InteractionCase


class TestBadInputEntries(InteractionCase):
    """Bad values given when recording or editing an entry are refused with a
    message that says what to do, and nothing is written."""

    def assertRefused(self, exception, message, **values):
        """log_interactions(customer, other_customer) with ``values`` is refused
        with ``message`` and leaves no entry."""
        before = self.Entry.search_count([])
        with self.assertRaisesRegex(exception, message):
            self.log(self.customer | self.other_customer, **values)
        self.assertEqual(self.Entry.search_count([]), before)

    def test_negative_cost_is_refused(self):
        self.assertRefused(ValidationError, "cannot be negative: enter zero or more", cost=-0.01)

    def test_negative_duration_is_refused(self):
        self.assertRefused(ValidationError, "cannot be negative", duration=[5.0, -1.0])

    def test_absurd_cost_is_refused(self):
        self.assertRefused(ValidationError, "cost of an interaction cannot exceed", cost=1e13)

    def test_absurd_duration_is_refused(self):
        # more than a year, in minutes
        self.assertRefused(ValidationError, "duration.*cannot exceed", duration=600000)

    def test_cost_that_is_not_a_number_is_refused(self):
        for cost in ("twelve", float("nan"), float("inf")):
            with self.subTest(cost=cost):
                self.assertRefused(UserError, "not a valid .*[Cc]ost", cost=cost)

    def test_date_that_is_not_a_date_is_refused(self):
        self.assertRefused(UserError, "not a valid .*Date", date="last tuesday")

    def test_contact_id_that_is_not_a_number_is_refused(self):
        with self.assertRaisesRegex(UserError, "Give the contacts"):
            self.log(["abc"])

    def test_unknown_contact_is_refused(self):
        with self.assertRaisesRegex(UserError, "do not exist"):
            self.log([self.customer.id, 2147483000])
        self.assertFalse(self.Entry.search([("partner_id", "=", self.customer.id)]))

    def test_invalid_selection_key_is_refused(self):
        self.assertRefused(UserError, "not a valid value for Information Flow",
                           information_flow="sideways")

    def test_empty_description_is_refused(self):
        self.assertRefused(ValidationError, "Give each interaction a description",
                           description=["Letter", ""])

    def test_list_of_wrong_length_is_refused(self):
        self.assertRefused(UserError, "give one value per contact", cost=[1.0])

    def test_source_document_of_unknown_model_is_refused(self):
        self.assertRefused(UserError, "not a model", document_ref="no.such.model,1")

    def test_entry_without_contact_is_refused(self):
        with self.assertRaisesRegex(UserError, "Choose the contact"):
            self.Entry.create({"template_id": self.template.id})

    def test_entry_without_template_is_refused(self):
        with self.assertRaisesRegex(UserError, "Choose one existing interaction template"):
            self.Entry.create({"partner_id": self.customer.id})
        self.assertFalse(self.Entry.search([("partner_id", "=", self.customer.id)]))

    def test_entry_with_archived_template_is_refused(self):
        self.template_call.active = False
        with self.assertRaisesRegex(UserError, "archived"):
            self.log(template=self.template_call)

    def test_negative_or_absurd_cost_written_on_an_entry_is_refused(self):
        entry = self.log()
        for values in ({"cost": -1}, {"duration": -1}, {"cost": 1e13}, {"duration": 1e7}):
            with self.subTest(values=values), self.assertRaises(ValidationError):
                entry.sudo(self.user).write(values)
        self.assertEqual((entry.cost, entry.duration), (2.5, 10.0))

    def test_recorded_facts_of_an_entry_cannot_be_changed(self):
        entry = self.log(document_ref="res.partner,%d" % self.customer.id)
        changes = {
            "partner_id": self.other_customer.id,
            "template_id": self.template_call.id,
            "document_ref": "res.partner,%d" % self.other_customer.id,
            "user_id": self.manager.id,
        }
        for name, value in changes.items():
            with self.subTest(field=name), self.assertRaisesRegex(UserError, "cannot be changed"):
                entry.sudo(self.user).write({name: value})
        self.assertEqual(entry.partner_id, self.customer)
        self.assertEqual(entry.occurrence_no, 1)

    def test_writing_the_same_recorded_facts_is_allowed(self):
        """XML data and imports rewrite entries with the values they have."""
        entry = self.log()
        entry.write({"partner_id": self.customer.id, "template_id": self.template.id,
                     "company_id": self.company.id, "description": "Corrected"})
        self.assertEqual(entry.description, "Corrected")

    def test_create_wizard_refuses_negative_cost(self):
        wizard = self.env["interaction.create.wizard"].create({
            "partner_id": self.customer.id, "template_id": self.template.id,
            "description": "Wizard", "cost": -3})
        with self.assertRaisesRegex(UserError, "cannot be negative"):
            wizard.action_create()
        self.assertFalse(self.Entry.search([("partner_id", "=", self.customer.id)]))

    def test_create_wizard_refuses_absurd_duration(self):
        wizard = self.env["interaction.create.wizard"].create({
            "partner_id": self.customer.id, "template_id": self.template.id,
            "description": "Wizard", "duration": 10 ** 7})
        with self.assertRaisesRegex(ValidationError, "cannot exceed"):
            wizard.action_create()
        self.assertFalse(self.Entry.search([("partner_id", "=", self.customer.id)]))
