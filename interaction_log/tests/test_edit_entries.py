# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError

from .common import InteractionCase


class TestEditEntries(InteractionCase):
    """What an entry records cannot be rewritten; what may be edited is
    checked as when recording."""

    def test_negative_or_absurd_cost_written_on_an_entry_is_refused(self):
        entry = self.log()
        for values in ({"cost": -1}, {"duration": -1}, {"cost": 1e13}, {"duration": 1e7}):
            with self.subTest(values=values), self.assertRaisesRegex(
                    ValidationError, "cannot be negative|cannot exceed"):
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
