# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from odoo.addons.interaction_log.tests.test_create_task import CreateTaskCase


class TestCreateTaskOpportunity(CreateTaskCase):

    @classmethod
    def setUpFixtures(cls):
        super(TestCreateTaskOpportunity, cls).setUpFixtures()
        cls.seller.groups_id = [(4, cls.env.ref("sales_team.group_sale_salesman_all_leads").id)]
        cls.opportunity = cls.env["crm.lead"].create({
            "name": "Office chairs for Interaction Customer", "type": "opportunity",
            "partner_id": cls.customer.id})
        cls.letter.opportunity_id = cls.opportunity

    def test_task_of_entry_with_opportunity_is_planned_on_the_opportunity(self):
        self.create_task({"default_entry_id": self.letter.id})
        self.assertEqual(self.letter.task_activity_id, self.activities_of(self.opportunity))
        self.assertFalse(self.activities_of(self.customer))

    def test_feedback_of_opportunity_task_is_logged_on_the_opportunity(self):
        self.create_task({"default_entry_id": self.letter.id}, log_feedback=True,
                         feedback_template_id=self.template_call.id)
        self.letter.task_activity_id.action_feedback("Sends the order on Friday")
        feedback = self.letter.task_feedback_entry_ids
        self.assertEqual((feedback.partner_id, feedback.opportunity_id),
                         (self.customer, self.opportunity))

    def test_opportunity_of_another_contact_is_refused(self):
        other = self.env["crm.lead"].create({
            "name": "Desks", "type": "opportunity", "partner_id": self.other_customer.id})
        with self.assertRaisesRegex(UserError, "is not about"):
            self.create_task({"default_partner_id": self.customer.id},
                             opportunity_id=other.id)
