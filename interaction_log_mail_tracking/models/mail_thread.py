# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

from odoo.addons.interaction_log.recording import recording_never_fails


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    @api.multi
    def message_receive_bounce(self, email, partner, mail_id=None):
        """A bounce received through the mail gateway (message_process) is a
        hard bounce in the email tracking of each bounced contact, whose
        entry follows. interaction_log refuses the calls that do not come
        from the mail gateway; nothing here fails the gateway."""
        result = super(MailThread, self).message_receive_bounce(email, partner, mail_id=mail_id)
        if partner and email and str(mail_id or "").isdigit():
            with recording_never_fails(self.env, "the tracking of the bounce of email %s"
                                       % mail_id):
                self.env["mail.tracking.email"]._interaction_log_bounced(
                    int(mail_id), email, partner)
        return result
