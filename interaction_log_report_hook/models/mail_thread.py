# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from odoo.addons.interaction_log.models.mail_thread import DELIVERY_STATUSES


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _interaction_log_outbound_email(self, message, statuses):
        """A quotation, order or invoice emailed to its customer ("Send by
        Email", or a message from its chatter) records one entry of the
        document, with the template set up for its kind and the PDF sent,
        instead of one email entry per recipient. Sent to other contacts
        only, it records nothing."""
        if len(self) != 1 or not hasattr(self, "_interaction_log_record"):
            return super(MailThread, self)._interaction_log_outbound_email(message, statuses)
        # sudo: the document the user just emailed from its chatter
        document = self.sudo()
        values = document._interaction_log_values()
        if not values or not values.get("partner_id"):
            return super(MailThread, self)._interaction_log_outbound_email(message, statuses)
        customer = self.env["res.partner"].browse(values["partner_id"]).commercial_partner_id
        reached = [status for partner, status in zip(
            self.env["res.partner"].browse(list(statuses)), statuses.values())
            if partner.commercial_partner_id == customer]
        if not reached:
            return self.env["interaction.log.entry"]
        pdf = message.attachment_ids.filtered(lambda a: a.mimetype == "application/pdf")[:1]
        return document._interaction_log_record(
            "email", self.env.user, attachments={document.id: pdf} if pdf else None,
            extra_values={
                "mail_message_id": message.id,
                "subject": message.subject or False,
                "delivery_status": DELIVERY_STATUSES.get(reached[0], "in_progress"),
            })
