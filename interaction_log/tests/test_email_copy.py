# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import email
from email import policy

from odoo.tests.common import at_install, post_install
from odoo.tools import mute_logger

from .test_email_delivery_status import EmailDeliveryCase, SmtpSink


class EmailCopyCase(EmailDeliveryCase):
    """A real SMTP server (aiosmtpd), and emails with an attachment posted
    on a contact, sent by the mail queue (mail.mail.send)."""

    def setUp(self):
        super(EmailCopyCase, self).setUp()
        self.addCleanup(self.delete_copies)

    def delete_copies(self):
        with self.committed_env() as env:
            # resent emails (their mail.mail takes its message with it)
            resent = env["interaction.log.entry"].search([
                ("partner_id", "in", self.partner_ids), ("resent_from_id", "!=", False)])
            mails = env["mail.mail"].search([
                ("mail_message_id", "in", resent.mapped("mail_message_id").ids)])
            env.cr.execute("DELETE FROM interaction_log_entry WHERE id IN %s",
                           [tuple(resent.ids) or (0,)])
            mails.unlink()
            env["ir.attachment"].search([
                ("res_model", "=", "res.partner"), ("res_id", "in", self.partner_ids),
                ("res_field", "!=", False)]).unlink()
            env["ir.attachment"].search([("name", "=", "price-list.pdf")]).unlink()

    def post_with_attachment(self):
        """Post an email with a PDF attached to the contact, queued; return
        the message's id."""
        with self.committed_env() as env:
            partner = env["res.partner"].browse(self.partner_id)
            message = partner.with_context(mail_notify_force_send=False).message_post(
                body="<p>Our new prices, as discussed.</p>", subject="Price list 2027",
                message_type="comment", subtype="mail.mt_comment",
                partner_ids=[self.partner_id],
                attachments=[("price-list.pdf", b"%PDF-1.4 price list 2027")])
            return message.id

    def entry_of(self, env, message_id):
        return env["interaction.log.entry"].search([
            ("mail_message_id", "=", message_id), ("partner_id", "=", self.partner_id)])

    def set_keep_email_copies(self, keep):
        with self.committed_env() as env:
            env["res.company"].browse(self.company_id).interaction_keep_email_copies = keep
        if not keep:
            self.addCleanup(self.set_keep_email_copies, True)


@at_install(False)  # real SMTP sending and committed data: after the install
@post_install(True)
class TestEmailCopy(EmailCopyCase):

    def test_entry_keeps_the_email_the_smtp_server_accepted(self):
        sink = SmtpSink()
        self.smtp_server(sink)
        message_id = self.post_with_attachment()
        with self.committed_env() as env:
            self.assertFalse(self.entry_of(env, message_id).sent_copy_id, "not sent yet")
        self.send_queued(message_id)
        [envelope] = sink.envelopes
        with self.committed_env() as env:
            entry = self.entry_of(env, message_id)
            self.assertEqual(entry.delivery_status, "delivered")
            copy = entry.sent_copy_id
            self.assertEqual(copy.mimetype, "message/rfc822")
            self.assertEqual((copy.res_model, copy.res_id), ("res.partner", self.partner_id),
                             "filed on the record the email was about")
            raw = base64.b64decode(copy.datas)
        # the SMTP server got the same bytes (with CRLF line ends)
        self.assertEqual(raw.replace(b"\r\n", b"\n"), envelope.content.replace(b"\r\n", b"\n"))
        sent = email.message_from_bytes(raw, policy=policy.default)
        self.assertEqual(sent["Subject"], "Price list 2027")
        self.assertIn("Our new prices", sent.get_body(("html",)).get_content())
        [attachment] = sent.iter_attachments()
        self.assertEqual(attachment.get_filename(), "price-list.pdf")
        self.assertEqual(attachment.get_content(), b"%PDF-1.4 price list 2027")

    def test_refused_email_keeps_no_copy(self):
        self.smtp_server(SmtpSink(refuse=True))
        message_id = self.post_with_attachment()
        # the mail queue logs the refusal as an error, as it should
        with mute_logger("odoo.addons.mail.models.mail_mail"):
            self.send_queued(message_id)
        with self.committed_env() as env:
            entry = self.entry_of(env, message_id)
            self.assertEqual(entry.delivery_status, "error")
            self.assertFalse(entry.sent_copy_id)

    def test_company_without_email_copies_keeps_none(self):
        self.set_keep_email_copies(False)
        sink = SmtpSink()
        self.smtp_server(sink)
        message_id = self.post_with_attachment()
        self.send_queued(message_id)
        self.assertEqual(len(sink.envelopes), 1, "the email itself still leaves")
        with self.committed_env() as env:
            entry = self.entry_of(env, message_id)
            self.assertEqual(entry.delivery_status, "delivered")
            self.assertFalse(entry.sent_copy_id)
