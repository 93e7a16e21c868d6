# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import email

from odoo.exceptions import AccessError, UserError
from odoo.tests.common import at_install, post_install

from .common import create_mail_template
from .common_content import ContentCase, document_text, translate
from .test_email_delivery_status import EmailDeliveryCase, SmtpSink


def new_wizard(env, partner, template, **values):
    """Create Interaction as the form fills it in from the contact once the
    template is chosen (defaults and onchanges), saved with ``values``."""
    Wizard = env["interaction.create.wizard"].with_context(
        active_model="res.partner", active_id=partner.id)
    wizard = Wizard.new(Wizard.default_get(list(Wizard._fields)))
    wizard._onchange_partner_id()
    wizard.template_id = template
    wizard._onchange_template_id()
    wizard.update(values)
    return wizard.create(wizard._convert_to_write({name: wizard[name] for name in wizard._cache}))


class TestCreateInteractionDelivery(ContentCase):
    """Create Interaction delivers the template's content in the correspondence
    type chosen: the letter printed and downloaded, or one email."""

    def entries(self, partner):
        return self.Entry.search([("partner_id", "=", partner.id)])

    def test_hard_copy_prints_the_letter_kept_on_entry_and_downloaded(self):
        action = new_wizard(self.env, self.french, self.template).action_create()
        entry = self.entries(self.french)
        letter = entry.sent_copy_id
        self.assertEqual((letter.res_model, letter.res_id), (entry._name, entry.id))
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertEqual(action["url"], "/web/content/%d?download=true" % letter.id)
        text = document_text(base64.b64decode(letter.datas))
        self.assertIn("Cher Jeanne Moreau,", text, "in the contact's language")
        self.assertEqual(entry.lang, "fr_FR")

    def test_hard_copy_of_template_without_letter_only_logs(self):
        """As Business Central's templates without attachment: nothing to print."""
        action = new_wizard(self.env, self.french, self.template_call,
                            correspondence_type="hard_copy").action_create()
        entry = self.entries(self.french)
        self.assertEqual(len(entry), 1)
        self.assertFalse(entry.sent_copy_id)
        self.assertEqual(action["type"], "ir.actions.act_window_close")

    def test_email_sends_template_content_attachments_and_upload_in_one_email(self):
        mail_template = create_mail_template(self.env)
        translate(self.env, mail_template, "subject", "Offre de printemps pour ${object.name}")
        self.template.mail_template_id = mail_template
        self.french.correspondence_type = "email"
        new_wizard(self.env, self.french, self.template, attachment_name="visit-notes.txt",
                   attachment_data=base64.b64encode(b"Notes of the visit")).action_create()
        entry = self.entries(self.french)
        mails = self.env["mail.mail"].search([("recipient_ids", "=", self.french.id)])
        self.assertEqual(len(mails), 1)
        self.assertEqual(mails.mail_message_id, entry.mail_message_id)
        self.assertEqual(mails.subject, "Offre de printemps pour Jeanne Moreau")
        self.assertEqual(sorted(mails.attachment_ids.mapped("datas_fname")),
                         ["Spring catalogue.txt", "visit-notes.txt"])
        self.assertEqual((entry.lang, entry.delivery_status), ("fr_FR", "in_progress"))
        self.assertFalse(entry.sent_copy_id, "no letter printed for an email")

    def test_save_for_later_delivers_nothing_and_resume_delivers(self):
        new_wizard(self.env, self.french, self.template).action_save_for_later()
        postponed = self.entries(self.french)
        self.assertTrue(postponed.postponed)
        self.assertFalse(postponed.sent_copy_id)
        self.assertFalse(self.env["ir.attachment"].search([
            ("res_model", "=", postponed._name), ("res_id", "=", postponed.id)]))
        context = postponed.action_resume()["context"]
        Wizard = self.env["interaction.create.wizard"].with_context(context)
        action = Wizard.create({}).action_create()
        entry = self.entries(self.french)
        self.assertFalse(entry.postponed)
        self.assertTrue(entry.sent_copy_id)
        self.assertEqual(action["url"], "/web/content/%d?download=true" % entry.sent_copy_id.id)

    def test_entry_language_is_set_by_the_system_only(self):
        with self.assertRaisesRegex(AccessError, "The Language of an interaction log entry is set"):
            self.Entry.sudo(self.user).log_interactions(self.french, self.template, lang="fr_FR")

    def test_email_to_contact_without_address_is_refused(self):
        self.french.write({"email": False, "correspondence_type": "email"})
        self.template.mail_template_id = create_mail_template(self.env)
        with self.assertRaisesRegex(UserError, "Jeanne Moreau has no email address: enter one"):
            new_wizard(self.env, self.french, self.template).action_create()
        self.assertFalse(self.entries(self.french))


@at_install(False)  # real SMTP sending and committed data: after the install
@post_install(True)
class TestCreateInteractionEmailSent(EmailDeliveryCase):
    """The email of Create Interaction leaves through the mail queue to a
    real SMTP server: one email with the template's attachment and the
    uploaded file, and the entry follows its delivery."""

    def test_email_with_attachments_is_delivered_once(self):
        sink = SmtpSink()
        self.smtp_server(sink)
        with self.committed_env() as env:
            template = env["interaction.template"].browse(self.template_ids[0])
            mail_template = create_mail_template(env)
            self.addCleanup(self.delete_committed_records, "mail.template", mail_template.ids)
            catalogue = env["ir.attachment"].create({
                "name": "catalogue.txt", "datas_fname": "catalogue.txt",
                "datas": base64.b64encode(b"Spring catalogue")})
            self.addCleanup(self.delete_committed_records, "ir.attachment", catalogue.ids)
            template.write({"mail_template_id": mail_template.id,
                            "attachment_ids": [(6, 0, catalogue.ids)]})
            partner = env["res.partner"].browse(self.partner_id)
            wizard = new_wizard(env, partner, template, attachment_name="visit-notes.txt",
                                attachment_data=base64.b64encode(b"Notes"))
            self.addCleanup(self.delete_committed_records, "interaction.create.wizard",
                            wizard.ids)
            wizard.action_create()
            entry = env["interaction.log.entry"].search([("partner_id", "=", partner.id)])
            message_id = entry.mail_message_id.id
            # the email is no notification: deleting it deletes its message
            self.addCleanup(self.delete_committed_records, "mail.mail", env["mail.mail"].search(
                [("mail_message_id", "=", message_id)]).ids)
            self.addCleanup(self.delete_committed_records, "ir.attachment",
                            entry.attachment_id.ids)
        self.send_queued(message_id)
        self.assertEqual(self.status_of(message_id), "delivered")
        self.assertEqual(len(sink.envelopes), 1, "one email")
        sent = email.message_from_bytes(sink.envelopes[0].content)
        self.assertEqual(sent["Subject"], "Spring offer for SMTP Contact")
        self.assertEqual(sorted(part.get_filename() for part in sent.walk()
                                if part.get_filename()),
                         ["catalogue.txt", "visit-notes.txt"])

    def delete_committed_records(self, model, ids):
        with self.committed_env() as env:
            records = env[model].browse(ids).exists()
            if model == "mail.template":
                env["interaction.template"].with_context(active_test=False).search([
                    ("mail_template_id", "in", records.ids)]).write({"mail_template_id": False})
            records.unlink()
