# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.tools.safe_eval import safe_eval

from odoo.addons.interaction_log.recording import recording_never_fails


class MailComposeMessage(models.TransientModel):
    _inherit = "mail.compose.message"

    @api.multi
    def send_mail(self, auto_commit=False):
        """Record the quotations, orders and invoices emailed in mass ("Send
        by Email" on several documents). One document's email is posted in
        its chatter and recorded there (mail_thread.py).

        The documents are collected before sending: sending may change what
        the composer's filter (active_domain) matches."""
        emailed = {}
        for wizard in self.filtered(lambda composer: composer.composition_mode == "mass_mail"):
            with recording_never_fails(self.env, "the email of %s" % wizard.model):
                emailed[wizard.id] = wizard._interaction_log_documents()
        result = super(MailComposeMessage, self).send_mail(auto_commit=auto_commit)
        for wizard in self:
            documents = emailed.get(wizard.id)
            if documents:
                what = "the email of %s %s" % (wizard.model, documents.ids)
                with recording_never_fails(self.env, what):
                    documents._interaction_log_record("email", self.env.user)
        return result

    @api.multi
    def _interaction_log_documents(self):
        """The documents this mass-mail composer emails to their customer;
        None when its model is not a recorded document."""
        self.ensure_one()
        if self.model not in self.env or not hasattr(
                self.env[self.model], "_interaction_log_record"):
            return None
        return self._interaction_log_emailed(
            self.env[self.model].browse(self._interaction_log_res_ids()))

    @api.multi
    def _interaction_log_emailed(self, documents):
        """The documents whose customer the email reaches. Odoo also sends
        composers to followers only (e.g. "You have been assigned to ..."
        when the salesperson changes): those record nothing."""
        if self.template_id:
            return documents  # the template addresses each document's customer
        recipients = self.partner_ids.mapped("commercial_partner_id")
        return documents.filtered(
            lambda document: document.partner_id.commercial_partner_id in recipients)

    @api.multi
    def _interaction_log_res_ids(self):
        """The documents send_mail emails (its own rule, in 11.0)."""
        if self.use_active_domain:
            # a literal domain: no value in reach; searched as the user
            return self.env[self.model].search(safe_eval(self.active_domain)).ids
        return self.env.context.get("active_ids") or [self.res_id]
