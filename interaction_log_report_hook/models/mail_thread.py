# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from odoo.addons.interaction_log.models.mail_thread import DELIVERY_STATUSES


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _interaction_log_outbound_email(self, message, statuses, partner_facts=None):
        """A quotation, order or invoice emailed to its customer ("Send by
        Email", or a message from its chatter) records one entry of the
        document, with the template set up for its kind and the PDF sent,
        instead of one email entry per recipient. Sent to other contacts
        only, it records nothing."""
        partner_facts = dict(partner_facts or {})
        # the document's contact is read with it (most often a recipient too)
        documents = len(self) == 1 and hasattr(self, "_interaction_log_read") \
            and self._interaction_log_read(partner_facts)
        if not documents:
            return super(MailThread, self)._interaction_log_outbound_email(
                message, statuses, partner_facts=partner_facts)
        [(document, values)] = documents
        # sudo: the system reads what recording needs of the recipients it
        # does not know yet
        Entry = self.env["interaction.log.entry"].sudo()
        missing = (set(statuses) | {values["partner_id"]}) - set(partner_facts)
        if missing:
            partner_facts.update(Entry._log_partner_facts(list(missing)))
        customer = partner_facts[values["partner_id"]][0]
        reached = [status for partner_id, status in statuses.items()
                   if partner_facts.get(partner_id, (None,))[0] == customer]
        if not reached:
            return Entry.browse()
        pdf = self._interaction_log_sent_pdf(message)
        return self._interaction_log_record(
            "email", self.env.user, attachments={document.id: pdf} if pdf else None,
            extra_values={
                "mail_message_id": message.id,
                "subject": message.subject or False,
                "delivery_status": DELIVERY_STATUSES.get(reached[0], "in_progress"),
            }, documents=documents, partner_facts=partner_facts)

    def _interaction_log_sent_pdf(self, message):
        """The PDF attached to ``message`` (the newest, if several), as the
        sent document's copy: one query."""
        self.env.cr.execute("""
            SELECT attachment.id
              FROM message_attachment_rel rel
              JOIN ir_attachment attachment ON attachment.id = rel.attachment_id
             WHERE rel.message_id = %s AND attachment.mimetype = 'application/pdf'
             ORDER BY attachment.id DESC LIMIT 1
        """, [message.id])
        row = self.env.cr.fetchone()
        # sudo: the PDF the user just sent with the message
        return self.env["ir.attachment"].sudo().browse(row[0]) if row else None
