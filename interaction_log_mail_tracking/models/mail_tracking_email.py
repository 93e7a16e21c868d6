# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, models

from odoo.addons.interaction_log.models.ir_mail_server import addresses
from odoo.addons.interaction_log.recording import recording_never_fails


class MailTrackingEmail(models.Model):
    """One recipient's copy of an email (mail_tracking): its entry follows
    its state."""
    _inherit = "mail.tracking.email"

    @api.multi
    def write(self, vals):
        """Whenever mail_tracking changes the state of a recipient's email
        (sent, an SMTP error, an event: delivered, opened, bounced...), that
        recipient's entry follows. mail_tracking writes its trackings as
        superuser; its access rules let no one else but administrators.
        Nothing here fails the sending, the open pixel or the bounce."""
        result = super(MailTrackingEmail, self).write(vals)
        if "state" in vals:
            self._interaction_log_update_entries()
        return result

    @api.multi
    def _interaction_log_update_entries(self):
        """The entries of the recipients of these trackings (their contact
        and message) follow them."""
        with recording_never_fails(self.env, "the email tracking %s" % self.ids):
            # sudo: mail_tracking reports what became of each recipient's
            # email; the delivery status and its dates are set by the system only
            trackings = self.sudo().filtered(
                lambda tracking: tracking.mail_message_id and tracking.partner_id)
            if not trackings:
                return
            entries = self.env["interaction.log.entry"].sudo().search([
                ("mail_message_id", "in", trackings.mapped("mail_message_id").ids),
                ("partner_id", "in", trackings.mapped("partner_id").ids),
                ("information_flow", "=", "outbound"),
                ("delivery_status", "!=", False),
            ])
            for tracking in trackings:
                entries.filtered(
                    lambda entry: entry.mail_message_id == tracking.mail_message_id
                    and entry.partner_id == tracking.partner_id,
                )._interaction_log_follow_tracking(tracking)

    @api.model
    def _interaction_log_bounced(self, mail_id, email, partners):
        """The mail gateway received a bounce of the email ``mail_id`` for
        ``email`` (mail.thread.message_receive_bounce): the trackings of the
        contacts ``partners`` with that address get mail_tracking's hard
        bounce event, as its webhooks record one. The email may be deleted
        since (the mail queue deletes sent notifications): the entries kept
        its ID, and their message finds the trackings."""
        bounced = addresses(email)
        partners = partners.filtered(lambda partner: addresses(partner.email) & bounced)
        if not partners:
            return self.browse()
        # sudo: the gateway reports a bounce of an email whoever sent it;
        # mail_tracking records its events as superuser
        entries = self.env["interaction.log.entry"].sudo().search([
            ("mail_mail_id_int", "=", mail_id), ("partner_id", "in", partners.ids)])
        trackings = self.sudo().search([
            "|", ("mail_id", "=", mail_id),
            ("mail_message_id", "in", entries.mapped("mail_message_id").ids),
            ("partner_id", "in", partners.ids),
            ("state", "!=", "bounced"),
        ])
        description = _("The recipient's mail server sent the email back (a delivery "
                        "status notification received through the mail gateway).")
        trackings.event_create("hard_bounce", {
            "bounce_type": "hard", "bounce_description": description,
            "error_type": "bounce", "error_description": description})
        return trackings
