# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import email
from email import policy

from odoo.exceptions import AccessError, UserError
from odoo.tests.common import at_install, post_install

from .common import InteractionCase
from .test_email_copy import EmailCopyCase
from .test_email_delivery_status import SmtpSink


@at_install(False)  # real SMTP sending and committed data: after the install
@post_install(True)
class TestResendEmail(EmailCopyCase):
    """Resend on an emailed entry queues its kept copy again to the
    contact's current address; the mail queue sends it."""

    def sent_entry(self, sink):
        message_id = self.post_with_attachment()
        self.send_queued(message_id)
        self.assertEqual(len(sink.envelopes), 1)
        with self.committed_env() as env:
            return self.entry_of(env, message_id).id

    def resend(self, entry_id):
        """Click Resend on the entry; return the new entry's id and its
        email's message id."""
        with self.committed_env() as env:
            first = env["interaction.log.entry"].browse(entry_id)
            action = first.action_resend()
            new = env["interaction.log.entry"].search([("resent_from_id", "=", entry_id)])
            self.assertEqual(action["domain"], [("id", "=", new.id)])
            return new.id, new.mail_message_id.id

    def test_resend_delivers_the_same_email_to_the_current_address(self):
        sink = SmtpSink()
        self.smtp_server(sink)
        entry_id = self.sent_entry(sink)
        with self.committed_env() as env:
            env["res.partner"].browse(self.partner_id).email = "smtp.new@example.com"
        new_id, new_message_id = self.resend(entry_id)
        with self.committed_env() as env:
            new = env["interaction.log.entry"].browse(new_id)
            self.assertEqual(new.delivery_status, "in_progress", "queued")
            self.assertEqual(new.correspondence_type, "email")
            self.assertEqual(new.partner_id.id, self.partner_id)
        self.send_queued(new_message_id)
        first, second = sink.envelopes
        self.assertEqual(second.rcpt_tos, ["smtp.new@example.com"])
        sent = [email.message_from_bytes(envelope.content, policy=policy.default)
                for envelope in (first, second)]
        self.assertEqual(sent[1]["Subject"], sent[0]["Subject"])
        self.assertIn("Our new prices", sent[1].get_body(("html",)).get_content())
        [attachment] = sent[1].iter_attachments()
        self.assertEqual((attachment.get_filename(), attachment.get_content()),
                         ("price-list.pdf", b"%PDF-1.4 price list 2027"))
        with self.committed_env() as env:
            new = env["interaction.log.entry"].browse(new_id)
            self.assertEqual(new.delivery_status, "delivered")
            self.assertEqual(new.resent_from_id.id, entry_id)
            self.assertTrue(new.sent_copy_id, "the resent email keeps its own copy")
            self.assertIn(b"smtp.new@example.com", base64.b64decode(new.sent_copy_id.datas))


class TestResendRights(InteractionCase):
    """Who may resend: who may read the entry and its copy, and record
    interactions."""

    @classmethod
    def setUpFixtures(cls):
        cls.contact.email = "contact@example.com"
        # an entry with a copy filed on the contact, as a print or a letter keeps it
        copy = cls.env["ir.attachment"].create({
            "name": "letter.pdf", "datas_fname": "letter.pdf", "res_model": "res.partner",
            "res_id": cls.contact.id, "datas": base64.b64encode(b"%PDF-1.4 letter")})
        cls.entry = cls.Entry.log_interactions(cls.contact, cls.template)
        cls.entry.write({"sent_copy_id": copy.id})

    def test_resend_of_a_letter_offers_the_same_pdf_and_records_a_new_entry(self):
        action = self.entry.sudo(self.user).action_resend()
        self.assertEqual(action["url"], "/web/content/%d?download=true"
                         % self.entry.sent_copy_id.id)
        new = self.Entry.search([("resent_from_id", "=", self.entry.id)])
        self.assertEqual(len(new), 1)
        self.assertEqual((new.partner_id, new.template_id, new.sent_copy_id, new.user_id),
                         (self.contact, self.template, self.entry.sent_copy_id, self.user))

    def test_user_without_interactions_rights_cannot_resend(self):
        with self.assertRaises(AccessError):
            self.entry.sudo(self.user_plain).action_resend()
        self.assertFalse(self.Entry.search([("resent_from_id", "=", self.entry.id)]))

    def test_entry_without_copy_cannot_be_resent(self):
        entry = self.Entry.log_interactions(self.contact, self.template)
        with self.assertRaises(UserError):
            entry.sudo(self.user).action_resend()

    def test_resent_from_is_set_by_the_system_only(self):
        with self.assertRaises(AccessError):
            self.Entry.sudo(self.manager).log_interactions(
                self.contact, self.template, resent_from_id=self.entry.id)
