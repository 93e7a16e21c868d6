# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo.exceptions import AccessError, UserError

from .common import InteractionCase


class CreateTaskCase(InteractionCase):
    """A salesperson with Interactions and Contact Creation rights (Odoo
    plans an activity on a contact for those who may change it)."""

    @classmethod
    def setUpFixtures(cls):
        cls.seller = cls._create_user("il_seller", [
            "base.group_user", "base.group_partner_manager",
            "interaction_log.group_interaction_user"])
        cls.letter = cls.Entry.log_interactions(
            cls.customer, cls.template, description="Spring offer letter")

    def create_task(self, context, **values):
        """What the Create Task button and wizard do, as the salesperson."""
        Wizard = self.env["interaction.create.task.wizard"].sudo(self.seller)
        wizard = Wizard.with_context(**context).create(dict({
            "summary": "Call back about the spring offer",
            "date_deadline": "2026-05-15", "user_id": self.user.id}, **values))
        wizard.action_create_task()
        return wizard

    def activities_of(self, record):
        return self.env["mail.activity"].search([
            ("res_model", "=", record._name), ("res_id", "=", record.id)])


class TestCreateTask(CreateTaskCase):

    def test_entry_and_contact_forms_offer_create_task(self):
        action = self.env.ref("interaction_log.action_interaction_create_task_wizard")
        for model, key in (("interaction.log.entry", "default_entry_id"),
                           ("res.partner", "default_partner_id")):
            arch = etree.fromstring(self.env[model].sudo(self.seller).fields_view_get(
                view_type="form")["arch"])
            buttons = arch.xpath("//header/button[@name='%d']" % action.id)
            self.assertEqual(len(buttons), 1, model)
            self.assertIn(key, buttons[0].get("context"))

    def test_task_from_entry_is_planned_on_its_contact_and_linked(self):
        self.create_task({"default_entry_id": self.letter.id})
        task = self.activities_of(self.customer)
        self.assertEqual(len(task), 1)
        self.assertEqual((task.user_id, task.summary, task.date_deadline),
                         (self.user, "Call back about the spring offer", "2026-05-15"))
        self.assertEqual(self.letter.task_activity_id, task)

    def test_task_from_contact_is_planned_on_the_contact(self):
        self.create_task({"default_partner_id": self.other_customer.id})
        self.assertEqual(len(self.activities_of(self.other_customer)), 1)

    def test_task_is_refused_on_a_canceled_entry(self):
        self.letter.action_switch_canceled()
        with self.assertRaisesRegex(UserError, "canceled or postponed"):
            self.create_task({"default_entry_id": self.letter.id})

    def test_user_without_interaction_rights_cannot_create_task(self):
        with self.assertRaises(AccessError):
            self.env["interaction.create.task.wizard"].sudo(self.user_plain).create({
                "partner_id": self.customer.id, "summary": "Call back",
                "date_deadline": "2026-05-15"}).action_create_task()

    def test_user_cannot_link_an_activity_to_an_interaction(self):
        with self.assertRaises(AccessError):
            self.env["mail.activity"].sudo(self.seller).create({
                "res_model_id": self.env["ir.model"]._get("res.partner").id,
                "res_id": self.customer.id, "summary": "Call back",
                "activity_type_id": self.env.ref("mail.mail_activity_data_todo").id,
                "interaction_feedback_template_id": self.template.id})


class TestTaskFeedback(CreateTaskCase):

    def test_done_task_logs_its_feedback_as_new_entry_linked_to_the_first(self):
        self.create_task({"default_entry_id": self.letter.id}, log_feedback=True,
                         feedback_template_id=self.template_call.id)
        task = self.letter.task_activity_id
        task.sudo(self.user).action_feedback("Wants 20 chairs, sends the order on Friday")
        feedback = self.letter.task_feedback_entry_ids
        self.assertEqual(len(feedback), 1)
        self.assertEqual((feedback.partner_id, feedback.template_id, feedback.user_id),
                         (self.customer, self.template_call, self.user))
        self.assertEqual(feedback.description, "Call back about the spring offer")
        self.assertIn("Wants 20 chairs", feedback.note)
        self.assertEqual(feedback.task_origin_entry_id, self.letter)
        self.assertFalse(self.letter.task_activity_id)

    def test_done_task_of_a_contact_logs_its_feedback(self):
        self.create_task({"default_partner_id": self.other_customer.id}, log_feedback=True,
                         feedback_template_id=self.template_call.id)
        self.activities_of(self.other_customer).action_feedback("Not interested this year")
        feedback = self.Entry.search([("partner_id", "=", self.other_customer.id)])
        self.assertEqual(feedback.template_id, self.template_call)
        self.assertFalse(feedback.task_origin_entry_id)

    def test_done_task_without_log_feedback_logs_nothing(self):
        self.create_task({"default_entry_id": self.letter.id})
        self.letter.task_activity_id.action_feedback("Done")
        self.assertFalse(self.Entry.search([("id", "!=", self.letter.id),
                                            ("partner_id", "=", self.customer.id)]))
