# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from ..recording import recording_never_fails
from .ir_mail_server import addresses


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
                failed._interaction_log_not_sent()
        return result

    @api.multi
    def _postprocess_sent_message(self, mail_sent=True):
        """Once the mail queue handed the emails to the SMTP server (right
        away or by its cron), each recipient's entry has the status of its
        own email (ir.mail_server.send_email). Those still in progress were
        not accepted: an invalid address Odoo skipped, or a recipient after
        a refused one, whom Odoo never tries. Each entry keeps the ID of the
        email, which a later bounce names. Before super(): a sent email may
        be deleted there."""
        with recording_never_fails(self.env, "the delivery status of emails %s" % self.ids):
            self._interaction_log_not_sent(keep_id=True)
        return super(MailMail, self)._postprocess_sent_message(mail_sent=mail_sent)

    @api.multi
    def _interaction_log_not_sent(self, keep_id=False):
        """Turn the entries of these emails whose recipient's email was not
        accepted (still in progress after sending) to error; with
        ``keep_id``, the entries keep the ID of their email."""
        for mail in self:
            # sudo: the entries of this email, whoever sent it: the mail
            # queue reports what became of it, which the system only sets
            reached = mail.sudo()._interaction_log_reached()
            reached.filtered(lambda entry: entry.delivery_status == "in_progress").write(
                {"delivery_status": "error"})
            if keep_id:
                reached.filtered(lambda entry: entry.mail_mail_id_int != mail.id).write(
                    {"mail_mail_id_int": mail.id})

    @api.multi
    def _interaction_log_reached(self):
        """The entries of the contacts this email was sent to (an email of a
        notification reaches its recipients only)."""
        self.ensure_one()
        if not self.mail_message_id:
            return self.env["interaction.log.entry"]
        domain = [("mail_message_id", "=", self.mail_message_id.id),
                  ("information_flow", "=", "outbound"),
                  ("delivery_status", "!=", False)]
        if self.recipient_ids:
            domain.append(("partner_id", "in", self.recipient_ids.ids))
        return self.env["interaction.log.entry"].search(domain)

    @api.model
    def _interaction_log_bounced(self, mail_id, email, partners):
        """Turn the entries of ``partners`` (the contacts whose address is
        ``email``) that the email ``mail_id`` reached to Bounced, dated now:
        the mail gateway just received the bounce. The email may be deleted
        since (the mail queue deletes sent notifications): its entries kept
        its ID."""
        bounced = addresses(email)
        partners = partners.filtered(lambda partner: addresses(partner.email) & bounced)
        if not partners:
            return
        # sudo: the gateway reports a bounce for emails whoever sent them;
        # the delivery status is set by the system only
        Entry = self.env["interaction.log.entry"].sudo()
        domain = [("mail_mail_id_int", "=", mail_id)]
        mail = self.sudo().browse(mail_id).exists()
        if mail.mail_message_id:
            # an email kept after sending, sent before its entries kept its ID
            domain = ["|", ("mail_message_id", "=", mail.mail_message_id.id)] + domain
        entries = Entry.search(domain + [
            ("partner_id", "in", partners.ids),
            ("information_flow", "=", "outbound"),
            ("delivery_status", "!=", False),
        ])
        entries.filtered(lambda entry: entry.delivery_status != "bounced").write(
            {"delivery_status": "bounced", "bounce_date": fields.Datetime.now()})
