# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What was sent: the kept copy of a print or an email (What Was Sent), and
Resend (Business Central's page 5076), which delivers that same content
again to the same contact and records a new entry linked to the first."""
import base64
import email
from email import policy

from odoo import _, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import plaintext2html

from .interaction_log_pipeline import SYSTEM, FieldRule


class InteractionLogEntry(models.Model):
    """The kept copy of what was sent: the PDF printed, the email as sent,
    the letter made."""
    _inherit = "interaction.log.entry"

    sent_copy_id = fields.Many2one(
        "ir.attachment", string="What Was Sent", ondelete="set null", readonly=True,
        copy=False,
        help="Copy of what the contact got, kept when the interaction was recorded: "
             "the printed PDF, the email as sent or the letter.")
    resent_from_id = fields.Many2one(
        "interaction.log.entry", string="Resent From", ondelete="set null", readonly=True,
        copy=False, index=True,
        help="The interaction whose content this one delivered again (Resend).")

    @api.model
    def _entry_field_rules(self):
        rules = super(InteractionLogEntry, self)._entry_field_rules()
        # proof of what was sent: only the system keeps it (an email's copy
        # once the mail queue has sent it)
        rules["sent_copy_id"] = FieldRule(SYSTEM)
        rules["resent_from_id"] = FieldRule(SYSTEM, fixed=True)
        return rules

    @api.multi
    def _check_copy_readable(self):
        """The entry is readable by the user, and so is its copy: ir.attachment
        lets only who may read the copy's document read it."""
        self.ensure_one()
        self.check_access_rights("read")
        self.check_access_rule("read")
        if not self.sent_copy_id:
            raise UserError(_("This interaction kept no copy of what was sent: nothing can be "
                              "shown or resent. Copies are kept when the company keeps copies "
                              "of prints and emails (company settings, Interactions)."))
        self.sent_copy_id.check("read")
        return self.sent_copy_id

    @api.multi
    def action_what_was_sent(self):
        """What Was Sent: download the kept copy (the PDF printed, the email
        as sent). Refused to users who may not read the entry's document."""
        copy = self._check_copy_readable()
        return {"type": "ir.actions.act_url", "target": "self",
                "url": "/web/content/%d?download=true" % copy.id}

    @api.multi
    def action_resend(self):
        """Resend: deliver what was sent again to the same contact and record
        a new entry linked to this one. An email is queued again from its
        kept copy (same subject, body and attachments) to the contact's
        current address; a print's PDF is offered for download again.
        The user must be able to read this entry and its copy, and to record
        interactions."""
        copy = self._check_copy_readable()
        self.check_access_rights("create")
        if self.postponed:
            raise UserError(_("A postponed interaction was never sent: resume it instead."))
        values = self._resend_values()
        if self.correspondence_type == "email":
            mail = self._resend_email(copy)
            values.update(mail_message_id=mail.mail_message_id.id,
                          delivery_status="in_progress")
        else:
            values["sent_copy_id"] = copy.id
        # trusted: the system's fields (the copy, the links) come from this
        # entry, which the user may read, and from the email just queued
        entry = self._log_interactions([self.partner_id.id], self.template_id, values,
                                       trusted=True)
        if self.correspondence_type == "email":
            return self._action_view_entries([("id", "=", entry.id)], {},
                                             name=_("Resent Interaction"))
        return {"type": "ir.actions.act_url", "target": "self",
                "url": "/web/content/%d?download=true" % copy.id}

    @api.multi
    def _resend_values(self):
        """The values of the new entry of a Resend: what this one recorded
        (bridges add theirs, such as the printed report)."""
        self.ensure_one()
        return {
            "resent_from_id": self.id,
            "description": self.description,
            "correspondence_type": self.correspondence_type,
            "information_flow": self.information_flow,
            "document_type": self.document_type,
            "document_ref": "%s,%d" % (self.document_ref._name, self.document_ref.id)
                            if self.document_ref else False,
            "document_name": self.document_name,
            "subject": self.subject,
        }

    @api.multi
    def _resend_email(self, copy):
        """Queue the email kept in ``copy`` (its .eml) again, to the contact's
        current address, on the record the first email was about: the mail
        queue sends it and sets the new entry's delivery status."""
        self.ensure_one()
        partner = self.partner_id
        if not partner.email:
            raise UserError(_("%s has no email address: add one on the contact, then resend.")
                            % partner.display_name)
        # sudo: the copy was checked readable above (its document)
        raw = base64.b64decode(copy.sudo().datas)
        message = email.message_from_bytes(raw, policy=policy.default)
        body = message.get_body(preferencelist=("html", "plain"))
        body_html = body.get_content() if body else ""
        if body and body.get_content_type() == "text/plain":
            body_html = plaintext2html(body_html)
        # sudo: the first email's record, to file the new one with it
        first = self.mail_message_id.sudo()
        model, res_id = (first.model, first.res_id) if first.model else (False, False)
        attachments = [(0, 0, {
            "name": part.get_filename() or "attachment",
            "datas_fname": part.get_filename() or "attachment",
            "datas": base64.b64encode(part.get_content() if isinstance(
                part.get_content(), bytes) else part.get_content().encode()),
        }) for part in message.iter_attachments()]
        # sudo: the user resends what they may read, to the same contact;
        # the mail queue is the system's
        return self.env["mail.mail"].sudo().create({
            "subject": str(message["subject"] or ""),
            "body_html": body_html,
            "email_from": str(message["from"] or "") or self.env.user.email_formatted,
            "recipient_ids": [(4, partner.id)],
            "model": model,
            "res_id": res_id,
            "attachment_ids": attachments,
        })
