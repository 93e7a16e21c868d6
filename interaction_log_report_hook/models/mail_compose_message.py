# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.tools.safe_eval import safe_eval

from odoo.addons.interaction_log.recording import recording_never_fails


class MailComposeMessage(models.TransientModel):
    _inherit = "mail.compose.message"

    @api.multi
    def send_mail(self, auto_commit=False):
        """Record the emailed quotations, orders and invoices ("Send by
        Email") as email interactions, once the email is sent. The documents
        are collected before sending: sending may change what the
        composer's filter (active_domain) matches, e.g. a quotation marked
        as sent."""
        emailed = {}
        for wizard in self:
            with recording_never_fails(self.env, "the email of %s" % wizard.model):
                emailed[wizard.id] = wizard._interaction_log_documents()
        result = super(MailComposeMessage, self).send_mail(auto_commit=auto_commit)
        for wizard in self:
            documents = emailed.get(wizard.id)
            if not documents:
                continue
            what = "the email of %s %s" % (wizard.model, documents.ids)
            with recording_never_fails(self.env, what):
                wizard._interaction_log_email(documents)
        return result

    @api.multi
    def _interaction_log_documents(self):
        """The documents this composer emails to their customer, recorded as
        email interactions: none for a note, or a model that is not a
        recorded document."""
        self.ensure_one()
        if self.model not in self.env or not hasattr(
                self.env[self.model], "_interaction_log_record"):
            return None
        if self.is_log or (self.composition_mode == "mass_post" and not self.notify):
            return None  # a note, no email
        return self._interaction_log_emailed(
            self.env[self.model].browse(self._interaction_log_res_ids()))

    @api.multi
    def _interaction_log_email(self, documents):
        self.ensure_one()
        attachments = {}
        if self.composition_mode == "comment":
            pdf = self.attachment_ids.filtered(lambda a: a.mimetype == "application/pdf")[:1]
            if pdf:
                attachments[self.res_id] = pdf
        documents._interaction_log_record("email", self.env.user, attachments=attachments)

    @api.multi
    def _interaction_log_emailed(self, documents):
        """The documents whose customer the email reaches. Odoo also sends
        composers to followers only (e.g. "You have been assigned to ..."
        when the salesperson changes): those record nothing."""
        if self.composition_mode == "mass_mail" and self.template_id:
            return documents  # the template addresses each document's customer
        recipients = self.partner_ids.mapped("commercial_partner_id")
        return documents.filtered(
            lambda document: document.partner_id.commercial_partner_id in recipients)

    @api.multi
    def _interaction_log_res_ids(self):
        """The documents send_mail emailed (its own rule, in 11.0)."""
        mass_mode = self.composition_mode in ("mass_mail", "mass_post")
        if mass_mode and self.use_active_domain:
            return self.env[self.model].search(safe_eval(self.active_domain)).ids
        if mass_mode and self.env.context.get("active_ids"):
            return self.env.context["active_ids"]
        return [self.res_id]
