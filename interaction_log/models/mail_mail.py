# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

from ..recording import recording_never_fails


class MailMail(models.Model):
    _inherit = "mail.mail"

    @api.multi
    def send(self, auto_commit=False, raise_exception=False):
        """Emails that could not even be handed to the SMTP server (server
        down: Odoo marks them failed without post-processing) are errors too."""
        result = super(MailMail, self).send(
            auto_commit=auto_commit, raise_exception=raise_exception)
        failed = self.exists().filtered(lambda mail: mail.state == "exception")
        if failed:
            with recording_never_fails(self.env, "the delivery status of emails %s" % failed.ids):
                failed._interaction_log_delivery_status("error")
        return result

    @api.multi
    def _postprocess_sent_message(self, mail_sent=True):
        """Set the delivery status of the email entries once the mail queue
        sent the emails (right away or by its cron): delivered when the SMTP
        server accepted them, error when it refused them or could not be
        reached. Before super(): a sent email may be deleted there."""
        with recording_never_fails(self.env, "the delivery status of emails %s" % self.ids):
            self._interaction_log_delivery_status("delivered" if mail_sent else "error")
        return super(MailMail, self)._postprocess_sent_message(mail_sent=mail_sent)

    @api.multi
    def _interaction_log_delivery_status(self, status):
        # sudo: the mail queue (cron or the user's send) reports what the SMTP
        # server said; the delivery status is set by the system only
        mails = self.sudo()
        message_ids = mails.mapped("mail_message_id").ids
        if not message_ids:
            return
        # sudo: the entries of these emails, whoever sent them
        entries = self.env["interaction.log.entry"].sudo().search([
            ("mail_message_id", "in", message_ids),
            ("information_flow", "=", "outbound"),
            ("delivery_status", "!=", False),
        ])
        for mail in mails:
            # a notification email reaches its recipients only
            reached = entries.filtered(
                lambda entry: entry.mail_message_id == mail.mail_message_id
                and (not mail.recipient_ids or entry.partner_id in mail.recipient_ids))
            reached.filtered(lambda entry: entry.delivery_status != status).write(
                {"delivery_status": status})
