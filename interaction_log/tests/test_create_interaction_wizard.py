# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import UserError, ValidationError

from .common import InteractionCase, create_mail_template


class TestCreateInteractionWizard(InteractionCase):

    def new_wizard(self, user=None, **values):
        """The wizard as the form shows it when opened from the contact,
        after choosing the template (defaults and onchanges applied)."""
        Wizard = self.env["interaction.create.wizard"].with_context(
            active_model="res.partner", active_id=self.contact.id)
        if user:
            Wizard = Wizard.sudo(user)
        defaults = Wizard.default_get(list(Wizard._fields))
        wizard = Wizard.new(defaults)
        wizard._onchange_partner_id()
        wizard.template_id = values.pop("template_id", self.template)
        wizard._onchange_template_id()
        wizard.update(values)
        return wizard

    def save(self, wizard):
        values = {name: wizard[name] for name in wizard._cache}
        return wizard.create(wizard._convert_to_write(values))

    def test_wizard_defaults_from_template_and_partner(self):
        wizard = self.new_wizard()
        self.assertEqual(wizard.partner_id, self.contact)
        self.assertTemplateDefaults(wizard)

    def test_wizard_creates_entry_with_entered_values(self):
        values = dict(description="Called about the offer", evaluation="positive",
                      attempt_failed=True, cost=1.0, duration=3.0, date="2026-02-03 14:00:00",
                      subject="Offer 42")
        self.save(self.new_wizard(**values)).action_create()
        entry = self.Entry.search([("partner_id", "=", self.contact.id)])
        self.assertEqual(len(entry), 1)
        self.assertFields(entry, template_id=self.template, salesperson_id=self.salesman,
                          **values)

    def test_wizard_keeps_attachment_on_entry(self):
        wizard = self.new_wizard(attachment_data=base64.b64encode(b"Dear customer"),
                                 attachment_name="letter.txt")
        self.save(wizard).action_create()
        entry = self.Entry.search([("partner_id", "=", self.contact.id)])
        self.assertEqual(entry.attachment_id.datas_fname, "letter.txt")
        self.assertEqual(entry.attachment_id.res_model, "interaction.log.entry")
        self.assertEqual(entry.attachment_id.res_id, entry.id)

    def test_wizard_schedules_follow_up_activity(self):
        activity_type = self.env.ref("mail.mail_activity_data_call")
        wizard = self.new_wizard(
            user=self.user, schedule_activity=True, activity_type_id=activity_type,
            activity_summary="Call back", activity_user_id=self.user)
        wizard._onchange_activity_type_id()
        self.assertTrue(wizard.activity_date_deadline)
        self.save(wizard).action_create()
        activity = self.env["mail.activity"].search([
            ("res_model", "=", "res.partner"), ("res_id", "=", self.contact.id)])
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.summary, "Call back")
        self.assertEqual(activity.user_id, self.user)

    def test_wizard_without_follow_up_schedules_nothing(self):
        self.save(self.new_wizard()).action_create()
        self.assertFalse(self.env["mail.activity"].search([
            ("res_model", "=", "res.partner"), ("res_id", "=", self.contact.id)]))

    def test_wizard_from_entry_list_takes_partner_of_entry(self):
        entry = self.log(self.other_customer)
        wizard = self.env["interaction.create.wizard"].with_context(
            active_model="interaction.log.entry", active_id=entry.id).create(
            {"template_id": self.template.id, "description": "Reply"})
        self.assertEqual(wizard.partner_id, self.other_customer)

    def test_partner_button_opens_wizard_for_partner(self):
        action = self.customer.sudo(self.user).action_create_interaction()
        self.assertEqual(action["res_model"], "interaction.create.wizard")
        self.assertEqual(action["context"]["default_partner_id"], self.customer.id)

    def create_interaction_email(self, **values):
        self.contact.email = self.contact.email or "contact@example.com"
        self.template.mail_template_id = create_mail_template(self.env)
        wizard = self.new_wizard(**values)
        self.save(wizard).action_create()
        return self.Entry.search([("partner_id", "=", self.contact.id)])

    def test_email_interaction_queues_the_template_email(self):
        entry = self.create_interaction_email(correspondence_type="email", note="Hello")
        self.assertEqual(entry.delivery_status, "in_progress")
        self.assertEqual(entry.note, "Hello")
        mail = self.env["mail.mail"].search([("mail_message_id", "=", entry.mail_message_id.id)])
        self.assertEqual(mail.state, "outgoing", "in the mail queue")
        self.assertEqual(mail.recipient_ids, self.contact)
        self.assertEqual(mail.subject, "Spring offer for Interaction Contact")

    def test_email_without_mail_template_sends_subject_and_notes(self):
        entry = self.create_interaction_email(
            correspondence_type="email", mail_template_id=False,
            subject="Your visit", note="Thanks for coming")
        mail = self.env["mail.mail"].search([("mail_message_id", "=", entry.mail_message_id.id)])
        self.assertEqual(mail.subject, "Your visit")
        self.assertIn("Thanks for coming", mail.body_html)

    def test_hard_copy_interaction_sends_nothing(self):
        entry = self.create_interaction_email(correspondence_type="hard_copy")
        self.assertFalse(entry.mail_message_id)
        self.assertFalse(entry.delivery_status)

    def test_email_to_contact_without_address_is_refused(self):
        self.contact.email = False
        self.template.mail_template_id = create_mail_template(self.env)
        with self.assertRaisesRegex(UserError, "Interaction Contact has no email address"):
            self.save(self.new_wizard(correspondence_type="email")).action_create()
        self.assertFalse(self.Entry.search([("partner_id", "=", self.contact.id)]))

    def test_wizard_refuses_negative_cost_and_absurd_duration(self):
        for values, error, message in (({"cost": -3}, UserError, "cannot be negative"),
                                       ({"duration": 10 ** 7}, ValidationError, "cannot exceed")):
            wizard = self.save(self.new_wizard(**values))
            with self.subTest(values=values), self.assertRaisesRegex(error, message):
                wizard.action_create()
        self.assertFalse(self.Entry.search([("partner_id", "=", self.contact.id)]))
