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
        self._interaction_log_delivery_status(message_id, email_to, "delivered")
        return result

    @api.model
    def _interaction_log_delivery_status(self, message_id, email_to, status):
        """Give ``status`` to the entries of the email with Message-Id
        ``message_id`` whose contact's address is in ``email_to``."""
        if not message_id or not email_to:
            return
        with recording_never_fails(self.env, "the delivery status of email %s" % message_id):
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
