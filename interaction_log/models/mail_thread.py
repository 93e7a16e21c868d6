# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Where an email sent from a chatter, or received through the mail gateway,
becomes an interaction log entry."""
from odoo import api, models

from ..recording import log_by_kind, recording_never_fails

#: delivery status of an entry from the email status of its notification
DELIVERY_STATUSES = {
    "ready": "in_progress",
    "sent": "delivered",
    "bounce": "error",
    "exception": "error",
    "canceled": "error",
}
#: headers of automatic replies (RFC 3834, and what common autoresponders add)
AUTO_REPLY_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress-Reply")
AUTO_PRECEDENCES = ("auto_reply", "bulk", "junk", "list")


def is_auto_reply(message):
    """Whether the email.message.Message is an automatic reply (out of
    office, autoresponder, mailing list robot): no contact wrote it."""
    auto_submitted = (message.get("Auto-Submitted") or "no").strip().lower()
    if auto_submitted != "no":
        return True
    if any(message.get(header) for header in AUTO_REPLY_HEADERS):
        return True
    return (message.get("Precedence") or "").strip().lower() in AUTO_PRECEDENCES


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    @api.multi
    @api.returns("self", lambda value: value.id)
    def message_post(self, body="", subject=None, message_type="notification",
                     subtype=None, parent_id=False, attachments=None,
                     content_subtype="html", **kwargs):
        """Record the email once it is posted: one entry per outside contact
        it was emailed to, or one for the contact who wrote it when it came
        in through the mail gateway. Recording never fails the post."""
        message = super(MailThread, self).message_post(
            body=body, subject=subject, message_type=message_type, subtype=subtype,
            parent_id=parent_id, attachments=attachments,
            content_subtype=content_subtype, **kwargs)
        if message_type == "email" and self.env.context.get("interaction_log_inbound"):
            with recording_never_fails(self.env, "the email %s" % message.id):
                self._interaction_log_thread(message)._interaction_log_inbound_email(message)
        elif message_type == "comment":
            with recording_never_fails(self.env, "the email %s" % message.id):
                comment = self.env["ir.model.data"].xmlid_to_res_id("mail.mt_comment")
                if message.sudo().subtype_id.id == comment:
                    statuses = self._interaction_log_emailed_contacts(message)
                    if statuses:
                        self._interaction_log_thread(message)._interaction_log_outbound_email(
                            message.sudo(), statuses)
        return message

    @api.model
    def message_route_process(self, message, message_dict, routes):
        """Emails that come through the mail gateway (fetchmail,
        odoo-mailgate) are recorded as inbound emails, automatic replies
        excepted. Bounces are never posted, duplicates (same Message-Id)
        are ignored before routing: neither records anything."""
        return super(MailThread, self.with_context(
            interaction_log_inbound=not is_auto_reply(message),
        )).message_route_process(message, message_dict, routes)

    # ------------------------------------------------------------------
    # Recording
    # ------------------------------------------------------------------

    def _interaction_log_thread(self, message):
        """The record the message was posted on (an empty mail.thread for a
        private message)."""
        if message.model and message.res_id and message.model in self.env:
            return self.env[message.model].browse(message.res_id)
        return self.env["mail.thread"]

    @api.model
    def _interaction_log_emailed_contacts(self, message):
        """{partner id: email status} of the outside contacts the message
        was emailed to: the recipients and followers notified by email,
        without internal users. One query."""
        self.env.cr.execute("""
            SELECT notif.res_partner_id, notif.email_status
              FROM mail_message_res_partner_needaction_rel notif
             WHERE notif.mail_message_id = %s AND notif.is_email
               AND NOT EXISTS (SELECT 1 FROM res_users users
                                WHERE users.partner_id = notif.res_partner_id
                                  AND users.share IS NOT TRUE)
             ORDER BY notif.res_partner_id
        """, [message.id])
        return dict(self.env.cr.fetchall())

    def _interaction_log_company_id(self, partner_company_id=None):
        """Company whose template records an interaction about this record:
        the record's company, else the contact's, else the user's."""
        record = self.sudo()
        if len(record) == 1 and "company_id" in record._fields \
                and record._fields["company_id"].type == "many2one" and record.company_id:
            return record.company_id.id
        return partner_company_id or self.env.user.company_id.id

    def _interaction_log_source(self, partner_id):
        """Source document of an entry with ``partner_id``: this record,
        unless it is that contact itself."""
        if len(self) != 1 or (self._name == "res.partner" and self.id == partner_id):
            return None
        return "%s,%d" % (self._name, self.id)

    def _interaction_log_call_partner(self):
        """The contact a call about this record is with: the contact itself,
        else the record's partner."""
        record = self.sudo()
        if record._name == "res.partner":
            return record
        field = record._fields.get("partner_id")
        if field is not None and field.type == "many2one" and field.comodel_name == "res.partner":
            return record.partner_id
        return record.env["res.partner"]

    def _interaction_log_partner_companies(self, partner_ids):
        self.env.cr.execute("SELECT id, company_id FROM res_partner WHERE id IN %s",
                            [tuple(partner_ids)])
        return dict(self.env.cr.fetchall())

    def _interaction_log_outbound_email(self, message, statuses):
        """Record the email ``message`` sent to the contacts of
        ``statuses`` ({partner id: email status}), with the template set up
        for emails. Documents recorded by other addons override this."""
        partner_companies = self._interaction_log_partner_companies(list(statuses))
        company_id = self._interaction_log_company_id()
        rows = [{
            "partner_id": partner_id,
            "company_id": company_id,
            "description": message.subject or None,
            "subject": message.subject or None,
            "information_flow": "outbound",
            "initiated_by": "us",
            "correspondence_type": "email",
            "document_ref": self._interaction_log_source(partner_id),
            "mail_message_id": message.id,
            "delivery_status": DELIVERY_STATUSES.get(status, "in_progress"),
        } for partner_id, status in statuses.items()
            # a contact of another company is not ours to record
            if partner_companies.get(partner_id) in (None, company_id)]
        return log_by_kind(self.env, "email", rows, self.env.user)

    def _interaction_log_inbound_email(self, message):
        """Record the email ``message`` received from an outside contact."""
        author = message.sudo().author_id
        if not author or author.user_ids.filtered(lambda user: not user.share):
            return self.env["interaction.log.entry"]
        rows = [{
            "partner_id": author.id,
            "company_id": self._interaction_log_company_id(author.company_id.id),
            "description": message.subject or None,
            "subject": message.subject or None,
            "information_flow": "inbound",
            "initiated_by": "them",
            "correspondence_type": "email",
            "document_ref": self._interaction_log_source(author.id),
            "mail_message_id": message.id,
        }]
        return log_by_kind(self.env, "email_inbound", rows, self.env.user)
