# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import UserError
from odoo.tools.safe_eval import safe_eval

from .common import InteractionCase


class TestPostponedInteractions(InteractionCase):
    """Save for Later keeps an interaction out of every count and list until
    Resume logs it, once."""

    def open_wizard(self, context, user=None):
        """The wizard as the form shows it: defaults, then the onchanges the
        web client runs on load."""
        Wizard = self.env["interaction.create.wizard"].with_context(context)
        Wizard = Wizard.sudo(user or self.user)
        wizard = Wizard.new(Wizard.default_get(list(Wizard._fields)))
        wizard._onchange_partner_id()
        wizard._onchange_template_id()
        return wizard

    def save(self, wizard):
        values = {name: wizard[name] for name in wizard._cache}
        return wizard.create(wizard._convert_to_write(values))

    def postpone(self, **values):
        wizard = self.open_wizard({"active_model": "res.partner", "active_id": self.contact.id})
        wizard.template_id = self.template
        wizard._onchange_template_id()
        wizard.update(dict({"description": "Call about the offer", "cost": 3.0,
                            "evaluation": "positive"}, **values))
        self.save(wizard).action_save_for_later()
        return self.Entry.search([("postponed", "=", True), ("partner_id", "=", self.contact.id)])

    def test_save_for_later_makes_a_postponed_entry(self):
        postponed = self.postpone()
        self.assertEqual(len(postponed), 1)
        self.assertEqual(postponed.description, "Call about the offer")
        self.assertEqual(postponed.cost, 3.0)
        action = self.env.ref("interaction_log.action_interaction_log_entry_postponed")
        listed = self.Entry.sudo(self.user).search(
            safe_eval(action.domain) + [("partner_id", "=", self.contact.id)])
        self.assertEqual(listed, postponed)

    def test_postponed_entry_is_counted_nowhere(self):
        self.log(self.contact)
        self.postpone()
        self.assertEqual(self.contact.interaction_count, 1)
        self.assertEqual(self.customer.interaction_count, 1)
        self.assertEqual(self.template.interaction_count, 1)
        self.assertEqual(self.template.total_cost, 2.5)
        self.assertEqual(self.group.interaction_count, 1)
        for action in (self.env.ref("interaction_log.action_interaction_log_entry").read()[0],
                       self.customer.action_view_interactions()):
            domain = action["domain"]
            if isinstance(domain, str):
                domain = safe_eval(domain)
            shown = self.Entry.search(domain + [("partner_id", "=", self.contact.id)])
            self.assertEqual(len(shown), 1, action["name"])
            self.assertFalse(shown.postponed)

    def test_resume_reopens_wizard_with_saved_values(self):
        postponed = self.postpone(subject="Offer 42", duration=7.0)
        action = postponed.sudo(self.user).action_resume()
        wizard = self.open_wizard(action["context"])
        self.assertFields(wizard, partner_id=self.contact, template_id=self.template,
                          description="Call about the offer", subject="Offer 42", cost=3.0,
                          duration=7.0, evaluation="positive", postponed_entry_id=postponed)

    def test_resume_keeps_notes_email_template_and_follow_up(self):
        """What was saved is what is resumed and logged: the notes, the
        email (its template's body), the follow-up the user planned."""
        self.contact.email = "contact@example.com"
        mail_template = self.env["mail.template"].create({
            "name": "Offer follow-up", "model_id": self.env.ref("base.model_res_partner").id,
            "subject": "Our offer", "body_html": "<p>Dear ${object.name}, our offer.</p>"})
        call = self.env.ref("mail.mail_activity_data_call")
        postponed = self.postpone(
            note="Asked for a discount", correspondence_type="email",
            mail_template_id=mail_template.id, schedule_activity=True,
            activity_type_id=call.id, activity_summary="Call about the discount",
            activity_date_deadline="2027-01-15", activity_user_id=self.manager.id)
        self.assertFalse(self.env["mail.mail"].search([("subject", "=", "Our offer")]),
                         "nothing is sent while postponed")
        wizard = self.open_wizard(postponed.sudo(self.user).action_resume()["context"])
        wizard._onchange_activity_type_id()
        self.assertFields(wizard, note="Asked for a discount", mail_template_id=mail_template,
                          schedule_activity=True, activity_type_id=call,
                          activity_summary="Call about the discount",
                          activity_date_deadline="2027-01-15", activity_user_id=self.manager)
        self.save(wizard).action_create()
        entry = self.Entry.search([("partner_id", "=", self.contact.id)])
        self.assertEqual(entry.note, "Asked for a discount")
        self.assertIn("Dear Interaction Contact, our offer.", entry.mail_message_id.body)
        activity = self.env["mail.activity"].search([
            ("res_model", "=", "res.partner"), ("res_id", "=", self.contact.id)])
        self.assertFields(activity, activity_type_id=call, summary="Call about the discount",
                          date_deadline="2027-01-15", user_id=self.manager)

    def test_resume_logs_the_interaction_once(self):
        postponed = self.postpone()
        context = postponed.sudo(self.user).action_resume()["context"]
        wizard = self.save(self.open_wizard(context))
        other_tab = self.save(self.open_wizard(context))
        wizard.action_create()
        entries = self.Entry.search([("partner_id", "=", self.contact.id)])
        self.assertEqual(len(entries), 1)
        self.assertFalse(entries.postponed)
        self.assertEqual(entries.description, "Call about the offer")
        self.assertFalse(postponed.exists())
        self.assertEqual(self.contact.interaction_count, 1)
        for again in (wizard, other_tab):
            with self.assertRaisesRegex(UserError, "already been resumed"):
                again.action_create()
        self.assertEqual(self.Entry.search_count([("partner_id", "=", self.contact.id)]), 1)

    def test_resumed_interaction_keeps_its_attachment(self):
        postponed = self.postpone(attachment_data=base64.b64encode(b"Draft letter"),
                                  attachment_name="draft.txt")
        self.assertEqual(postponed.attachment_id.datas_fname, "draft.txt")
        self.save(self.open_wizard(postponed.action_resume()["context"])).action_create()
        entry = self.Entry.search([("partner_id", "=", self.contact.id)])
        self.assertEqual(entry.attachment_id.datas_fname, "draft.txt")
        self.assertEqual(entry.attachment_id.res_id, entry.id)

    def test_resume_of_logged_entry_is_refused(self):
        with self.assertRaisesRegex(UserError, "only postponed interactions can be resumed"):
            self.log(self.contact).action_resume()

    def test_discard_postponed_as_user(self):
        postponed = self.postpone()
        postponed.sudo(self.user).action_discard_postponed()
        self.assertFalse(postponed.exists())

    def test_discard_refuses_logged_entries(self):
        entry = self.log(self.contact)
        with self.assertRaisesRegex(UserError, "Only postponed interactions can be discarded"):
            entry.sudo(self.user).action_discard_postponed()
        with self.assertAccessRefused():
            self.postpone().sudo(self.user_plain).action_discard_postponed()
        self.assertTrue(entry.exists())
