# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Where each recipient's email meets the SMTP server: the delivery status
of that recipient's entry."""
from email.message import Message

import psycopg2

from odoo import _, api, models, tools
from odoo.exceptions import AccessError
from odoo.addons.base.ir.ir_mail_server import extract_rfc2822_addresses

from ..recording import recording_never_fails
from ..sent_copies import store_copies


def addresses(text):
    """The email addresses in ``text`` (a header or a contact's email),
    lowercased."""
    return {address.lower() for address in extract_rfc2822_addresses(text)}


class IrMailServer(models.Model):
    _inherit = "ir.mail_server"

    @api.model
    def send_email(self, message, mail_server_id=None, smtp_server=None, smtp_port=None,
                   smtp_user=None, smtp_password=None, smtp_encryption=None,
                   smtp_debug=False, smtp_session=None):
        """Set the delivery status of the entries of the recipients of
        ``message``: delivered when the SMTP server accepted it, error when
        it refused it or it has no valid address. The mail queue sends a
        notification email as one message per recipient contact
        (mail.mail._send), so each contact's entry follows its own outcome.

        Only a built email is sent: ``message`` is an email.message.Message
        (build_email's), which no RPC client can send; Odoo 11 leaves this
        method public, so other values are refused up front."""
        if not isinstance(message, Message):
            raise AccessError(_("Emails are sent by the mail queue only."))
        # before super(): it rewrites the To header of mailing lists
        message_id = tools.decode_message_header(message, "Message-Id").strip()
        email_to = tools.decode_message_header(message, "To")
        try:
            result = super(IrMailServer, self).send_email(
                message, mail_server_id=mail_server_id, smtp_server=smtp_server,
                smtp_port=smtp_port, smtp_user=smtp_user, smtp_password=smtp_password,
                smtp_encryption=smtp_encryption, smtp_debug=smtp_debug,
                smtp_session=smtp_session)
        except psycopg2.Error:
            raise  # the transaction is lost: nothing more to record in it
        except Exception:
            self._interaction_log_delivery_status(message_id, email_to, "error")
            raise
        self._interaction_log_delivery_status(message_id, email_to, "delivered", message)
        return result

    @api.model
    def _interaction_log_delivery_status(self, message_id, email_to, status, message=None):
        """Give ``status`` to the entries of the email with Message-Id
        ``message_id`` whose contact's address is in ``email_to``; the
        entries of a ``message`` the SMTP server accepted keep it as it was
        sent (their What Was Sent), when their company keeps copies of emails."""
        if not message_id or not email_to:
            return
        entries = None
        with recording_never_fails(self.env, "the delivery status of email %s"
                                   % message_id) as outcome:
            sent_to = addresses(email_to)
            # sudo: the mail queue reports what the SMTP server said about
            # each recipient's email; the delivery status is set by the system only
            entries = self.env["interaction.log.entry"].sudo().search([
                ("mail_message_id.message_id", "=", message_id),
                ("information_flow", "=", "outbound"),
                ("delivery_status", "!=", False),
            ]).filtered(lambda entry: addresses(entry.partner_id.email) & sent_to)
            entries.filtered(lambda entry: entry.delivery_status != status).write(
                {"delivery_status": status})
        if message is not None and not outcome.failed and entries:
            # a copy that cannot be kept costs the entries no status
            with recording_never_fails(self.env, "the copy of email %s" % message_id):
                self._interaction_log_keep_email(message, entries)

    @api.model
    def _interaction_log_keep_email(self, message, entries):
        """Keep ``message`` (the email.message.Message the SMTP server just
        accepted, with its attachments) as one .eml file, linked from
        ``entries`` (the entries of its recipients, superuser's) that have
        no copy yet and whose company keeps copies of emails. The copy is
        filed on the record the email was about: only who may read that
        record may read it."""
        Company = self.env["res.company"]
        entries = entries.filtered(lambda entry: not entry.sent_copy_id and
                                   Company._interaction_log_keeps_copies(entry.company_id.id)[1])
        if not entries:
            return
        # the bytes smtplib sent (it sends as_string(), ASCII once encoded)
        content = message.as_string().encode("utf-8")
        subject = tools.decode_message_header(message, "Subject") or _("Email")
        targets = []
        for entry in entries:
            sent = entry.mail_message_id
            res_model, res_id = (sent.model, sent.res_id) if sent.model and sent.res_id \
                else ("mail.message", sent.id)
            targets.append((res_model, res_id, subject[:100], entry.company_id.id))
        copy_ids = store_copies(self.env, content, "eml", targets, entries[0].user_id.id
                                or self.env.uid)
        for entry, copy_id in zip(entries, copy_ids):
            entry.write({"sent_copy_id": copy_id})
