# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class MailTemplate(models.Model):
    _inherit = "mail.template"

    @api.multi
    def generate_email(self, res_ids, fields=None):
        """A report rendered to be attached to an email is no print: the
        email itself is recorded when it is sent (mail_compose_message.py)."""
        return super(MailTemplate, self.with_context(interaction_log_no_print=True)).generate_email(
            res_ids, fields=fields)
