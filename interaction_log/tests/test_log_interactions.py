# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError

from .common import InteractionCase


class TestLogInteractions(InteractionCase):

    def test_log_applies_template_defaults(self):
        entry = self.log(self.contact)
        self.assertEqual(len(entry), 1)
        self.assertTemplateDefaults(entry)
        self.assertFields(entry, partner_id=self.contact, commercial_partner_id=self.customer,
                          template_id=self.template, group_id=self.group, user_id=self.env.user,
                          company_id=self.company, canceled=False, attempt_failed=False)
        self.assertTrue(entry.date)
        self.assertTrue(entry.entry_no)

    def test_log_given_values_override_template(self):
        values = dict(description="Price list 2026", cost=7.0, duration=0.0,
                      information_flow="inbound", evaluation="positive", attempt_failed=True,
                      date="2026-01-15 10:30:00")
        self.assertFields(self.log(self.customer, **values), **values)

    def test_log_takes_a_changed_template_at_once(self):
        """What every recording reads of a template is cached: a change of
        the template is recorded from the next entry on."""
        self.assertEqual(self.log(self.customer).cost, self.template.unit_cost)
        self.template.write({"unit_cost": self.template.unit_cost + 4.5, "name": "Letter"})
        self.assertFields(self.log(self.customer), cost=self.template.unit_cost,
                          description="Letter")

    def test_log_takes_a_new_translation_of_the_description_at_once(self):
        """A translation entered in the translation dialog (ir.translation
        itself) is the description of the next entry in that language."""
        self.env.ref("base.lang_fr").active = True
        Entry = self.Entry.with_context(lang="fr_FR")
        self.assertEqual(Entry.log_interactions(self.customer, self.template).description,
                         self.template.name)
        self.env["ir.translation"].create({
            "type": "model", "name": "interaction.template,name", "lang": "fr_FR",
            "res_id": self.template.id, "src": self.template.name,
            "value": "Lettre d'offre", "state": "translated"})
        self.env.cache.invalidate()  # the next request reads the records afresh
        self.assertEqual(Entry.log_interactions(self.customer, self.template).description,
                         "Lettre d'offre")

    def test_log_accepts_ids_and_keeps_partner_order_with_repeats(self):
        partner_ids = [self.other_customer.id, self.customer.id, self.other_customer.id]
        entries = self.log(partner_ids, self.template.id)
        self.assertEqual(entries.mapped(lambda e: e.partner_id.id), partner_ids)

    def test_log_list_values_give_one_value_per_partner(self):
        entries = self.log(self.customer | self.other_customer,
                           description=["For customer", "For other"], cost=1.0)
        self.assertEqual(entries.mapped("description"), ["For customer", "For other"])
        self.assertEqual(entries.mapped("cost"), [1.0, 1.0])

    def test_log_entry_numbers_increase(self):
        entries = self.log(self.customer | self.other_customer | self.contact)
        numbers = entries.mapped("entry_no")
        self.assertEqual(numbers, sorted(numbers))
        self.assertEqual(len(set(numbers)), 3)

    def test_log_nothing_for_no_partner(self):
        self.assertFalse(self.log(self.env["res.partner"]))

    def test_log_unknown_field_is_refused(self):
        with self.assertRaisesRegex(UserError, "no_such_field"):
            self.log(no_such_field=1)

    def test_log_other_company_partner_is_refused(self):
        company2 = self.env["res.company"].create({"name": "Interaction Second Co"})
        stranger = self.env["res.partner"].create({
            "name": "Foreign contact", "company_id": company2.id})
        with self.assertRaisesRegex(ValidationError, "another company"):
            self.log(stranger)

    def test_log_other_company_than_template_is_refused(self):
        company2 = self.env["res.company"].create({"name": "Interaction Third Co"})
        with self.assertRaisesRegex(ValidationError, "log its interactions in that company"):
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


class TestLogInteractionsBadInput(InteractionCase):
    """Bad values given when recording an entry are refused with a message
    that says what to do, and nothing is written."""

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
        with self.assertRaisesRegex(UserError, "Choose one existing interaction template"):
            self.Entry.log_interactions(self.customer, False)
        self.assertFalse(self.Entry.search([("partner_id", "=", self.customer.id)]))

    def test_entry_with_archived_template_is_refused(self):
        self.template_call.active = False
        with self.assertRaisesRegex(UserError, "archived"):
            self.log(template=self.template_call)
