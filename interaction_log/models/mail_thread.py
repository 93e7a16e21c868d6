# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Where an email sent from a chatter, or received through the mail gateway,
becomes an interaction log entry."""
import re
from email.errors import HeaderParseError
from email.message import Message

from odoo import _, api, models, tools
from odoo.exceptions import AccessError

from ..recording import log_by_kind, recording_never_fails
from .interaction_log_pipeline import PARTNER_FACTS_COLUMNS, PARTNER_FACTS_JOIN

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
#: what ends the keyword of a header value: its parameters ("auto-replied;
#: owner-email=...") or a comment ("auto-replied (vacation)")
KEYWORD_END = re.compile(r"[\s;(]")


def decoded_header(message, name):
    """Header ``name`` of the email.message.Message as text ('' when it is
    missing), decoded as mail.thread decodes headers: never with str
    methods on the raw value, which is an email.header.Header object when
    the header holds raw 8-bit bytes. An encoded word that cannot be
    decoded (bad base64) is kept as written."""
    try:
        return tools.decode_message_header(message, name)
    except (HeaderParseError, LookupError, UnicodeError):
        return " ".join(str(value) for value in message.get_all(name, []))


def header_keyword(message, name):
    """The first word of header ``name``, lowercased ('' when it is
    missing): what comes after it are parameters ("auto-replied;
    owner-email=...") or a comment ("auto-replied (vacation)")."""
    return KEYWORD_END.split(decoded_header(message, name).strip(), 1)[0].lower()


def is_auto_reply(message):
    """Whether the email.message.Message is an automatic reply (out of
    office, autoresponder, mailing list robot): no contact wrote it."""
    if header_keyword(message, "Auto-Submitted") not in ("", "no"):
        return True
    if any(header_keyword(message, header) for header in AUTO_REPLY_HEADERS):
        return True
    return header_keyword(message, "Precedence") in AUTO_PRECEDENCES


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    @api.multi
    @api.returns("self", lambda value: value.id)
    def message_post(self, body="", subject=None, message_type="notification",
                     subtype=None, parent_id=False, attachments=None,
                     content_subtype="html", **kwargs):
        """Record the email once it is posted: one entry per outside contact
        it was emailed to. Recording never fails the post. (Emails received
        through the mail gateway are recorded by message_route_process.)"""
        message = super(MailThread, self).message_post(
            body=body, subject=subject, message_type=message_type, subtype=subtype,
            parent_id=parent_id, attachments=attachments,
            content_subtype=content_subtype, **kwargs)
        if message_type == "comment":
            self._interaction_log_posted_email(message)
        return message

    def _interaction_log_posted_email(self, message):
        """Record the message the user just posted, when it is a message
        (not a note) emailed to outside contacts. Never fails the post."""
        with recording_never_fails(self.env, "the email %s" % message.id):
            # cached: no query
            comment = self.env["ir.model.data"].xmlid_to_res_id("mail.mt_comment")
            # sudo: the message the user just posted; its subtype
            if message.sudo().subtype_id.id == comment:
                statuses, partner_facts = self._interaction_log_email_recipients(message)
                if statuses:
                    # sudo: the message just posted, read for its record,
                    # subject and id
                    message = message.sudo()
                    self._interaction_log_thread(message)._interaction_log_outbound_email(
                        message, statuses, partner_facts=partner_facts)

    @api.model
    def message_route_process(self, message, message_dict, routes):
        """Record the email the mail gateway (fetchmail, odoo-mailgate) has
        just posted as an inbound email from the contact who wrote it,
        automatic replies excepted. Bounces are never posted and duplicates
        (same Message-Id) are ignored before routing: neither records
        anything. Nothing we do here can fail the routing.

        Only a parsed email is routed: ``message`` is the
        email.message.Message that message_process made, which no RPC
        client can send. Odoo 11 leaves this method public, and its routes
        post as any user they name: a client calling it with values of its
        own would post as another user, so it is refused."""
        if not isinstance(message, Message):
            raise AccessError(_("Emails are routed by the mail gateway only: send the "
                                "whole email to message_process."))
        thread_id = super(MailThread, self).message_route_process(
            message, message_dict, routes)
        if routes:
            what = "the email %s received" % message_dict.get("message_id")
            with recording_never_fails(self.env, what):
                self._interaction_log_received_email(message, message_dict, routes)
        return thread_id

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
    def _interaction_log_received_email(self, message, message_dict, routes):
        """Record the inbound email ``message`` (an email.message.Message)
        that message_route_process just posted along ``routes``: one entry
        per chatter message it became, as the user each route posted as."""
        if is_auto_reply(message):
            return
        for posted, user_id in self._interaction_log_posted(message_dict, routes):
            # sudo(user): who the route posted as (alias user, else gateway user)
            thread = self.sudo(user_id)._interaction_log_thread(posted)
            thread._interaction_log_inbound_email(posted)

    @api.model
    def _interaction_log_posted(self, message_dict, routes):
        """[(mail.message, user id)] of the emails with the Message-Id of
        ``message_dict`` posted along ``routes`` (model and record, or new
        record of the model) and not recorded yet, with the user of their
        route. One query, on the indexed Message-Id."""
        message_id = message_dict.get("message_id")
        if not isinstance(message_id, str) or not message_id:
            return []
        self.env.cr.execute("""
            SELECT msg.id FROM mail_message msg
             WHERE msg.message_id = %s AND msg.message_type = 'email'
               AND NOT EXISTS (SELECT 1 FROM interaction_log_entry entry
                                WHERE entry.mail_message_id = msg.id)
             ORDER BY msg.id
        """, [message_id])
        # sudo: the messages just posted, read for their thread, author and subject
        messages = self.env["mail.message"].sudo().browse(
            [row[0] for row in self.env.cr.fetchall()])
        posted = []
        for message in messages:
            user_ids = [user_id for model, thread_id, _values, user_id, _alias in routes
                        if (model or False) == (message.model or False)
                        and (not thread_id or thread_id == message.res_id)]
            if user_ids:
                posted.append((message, user_ids[0] or self.env.uid))
        return posted

    @api.model
    def _interaction_log_email_recipients(self, message):
        """({partner id: email status}, {partner id: facts}) of the outside
        contacts the message was emailed to (the recipients and followers
        notified by email, without internal users), with what recording
        needs to know of them (interaction.log.entry._log_partner_facts).
        One query."""
        self.env.cr.execute("""
            SELECT notif.res_partner_id, notif.email_status, %s
              FROM mail_message_res_partner_needaction_rel notif
              JOIN res_partner partner ON partner.id = notif.res_partner_id
              %s
             WHERE notif.mail_message_id = %%s AND notif.is_email
               AND NOT EXISTS (SELECT 1 FROM res_users users
                                WHERE users.partner_id = notif.res_partner_id
                                  AND users.share IS NOT TRUE)
             ORDER BY notif.res_partner_id
        """ % (PARTNER_FACTS_COLUMNS, PARTNER_FACTS_JOIN), [message.id])
        rows = self.env.cr.fetchall()
        return ({row[0]: row[1] for row in rows},
                {row[0]: tuple(row[2:]) for row in rows})

    def _interaction_log_company_id(self, partner_company_id=None):
        """Company whose template records an interaction about this record:
        the record's company, else the contact's, else the user's."""
        # sudo: the company of the record the user just posted on (that
        # field only: a contact has a hundred)
        record = self.sudo().with_context(prefetch_fields=False)
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
        # sudo: the contact of the record whose call the user just did
        record = self.sudo()
        if record._name == "res.partner":
            return record
        field = record._fields.get("partner_id")
        if field is not None and field.type == "many2one" and field.comodel_name == "res.partner":
            return record.partner_id
        return record.env["res.partner"]

    def _interaction_log_row_values(self):
        """Entry values this record adds to every interaction recorded about
        it (an email, a call, a meeting): bridges link their own fields,
        e.g. the opportunity of a crm.lead."""
        return {}

    def _interaction_log_outbound_email(self, message, statuses, partner_facts=None):
        """Record the email ``message`` sent to the contacts of
        ``statuses`` ({partner id: email status}), with the template set up
        for emails. Documents recorded by other addons override this.
        ``partner_facts``: what the system read of these contacts, when it
        did (_interaction_log_email_recipients)."""
        if partner_facts is None:
            # sudo: the system reads what recording needs of the recipients
            partner_facts = self.env["interaction.log.entry"].sudo()._log_partner_facts(
                list(statuses))
        company_id = self._interaction_log_company_id()
        extra = self._interaction_log_row_values()
        rows = [dict({
            "partner_id": partner_id,
            "company_id": company_id,
            "description": message.subject or None,
            "subject": message.subject or None,
            "information_flow": "outbound",
            "initiated_by": "us",
            "correspondence_type": "email",
            "document_ref": self._interaction_log_source(partner_id),
            # the name of that record, as the message keeps it
            "document_name": self._interaction_log_source(partner_id) and message.record_name
            or None,
            "mail_message_id": message.id,
            "delivery_status": DELIVERY_STATUSES.get(status, "in_progress"),
        }, **extra) for partner_id, status in statuses.items()
            # a contact of another company is not ours to record
            if partner_facts.get(partner_id, (None,) * 3)[2] in (None, company_id)]
        # the email was just posted on this record, to these contacts;
        # inside recording_never_fails (_interaction_log_posted_email)
        return log_by_kind(self.env, "email", rows, self.env.user,
                           partner_facts=partner_facts, links_exist=True, savepoint=False)

    def _interaction_log_inbound_email(self, message):
        """Record the email ``message`` received from an outside contact."""
        # sudo: the author of a message the mail gateway just received
        author = message.sudo().author_id
        if not author or author.user_ids.filtered(lambda user: not user.share):
            return self.env["interaction.log.entry"]
        rows = [dict({
            "partner_id": author.id,
            "company_id": self._interaction_log_company_id(author.company_id.id),
            "description": message.subject or None,
            "subject": message.subject or None,
            "information_flow": "inbound",
            "initiated_by": "them",
            "correspondence_type": "email",
            "document_ref": self._interaction_log_source(author.id),
            "mail_message_id": message.id,
        }, **self._interaction_log_row_values())]
        return log_by_kind(self.env, "email_inbound", rows, self.env.user)

    @api.multi
    def message_receive_bounce(self, email, partner, mail_id=None):
        """The mail gateway received a bounce (a delivery status
        notification to the bounce address, which names the sent email
        ``mail_id``) for ``email``: the entries of its contacts ``partner``
        that this email reached turn Bounced. Odoo calls this on each
        bounced contact, then on the record the email was about. Nothing
        here fails the mail gateway.

        Only the mail gateway reports bounces: ``partner`` is a res.partner
        recordset, which no RPC client can send; Odoo 11 leaves this method
        public (a client would count bounces on any contact), so other
        values are refused."""
        if not (isinstance(partner, models.BaseModel) and partner._name == "res.partner"):
            raise AccessError(_("Bounces are reported by the mail gateway only: send the "
                                "whole bounce email to message_process."))
        result = super(MailThread, self).message_receive_bounce(email, partner, mail_id=mail_id)
        if partner and email and str(mail_id or "").isdigit():
            with recording_never_fails(self.env, "the bounce of email %s" % mail_id):
                self.env["mail.mail"]._interaction_log_bounced(int(mail_id), email, partner)
        return result
