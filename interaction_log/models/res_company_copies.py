# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, tools

#: the company's settings of kept copies
COPY_SETTINGS = ("interaction_keep_print_copies", "interaction_keep_email_copies")


class ResCompany(models.Model):
    _inherit = "res.company"

    interaction_keep_print_copies = fields.Boolean(
        string="Keep a Copy of Printed Documents", default=True,
        help="Each interaction recorded by a print keeps the PDF the user got "
             "(What Was Sent on the entry). Reprints of an unchanged document share "
             "one stored file.")
    interaction_keep_email_copies = fields.Boolean(
        string="Keep a Copy of Emails", default=True,
        help="Each interaction recorded by an email keeps the email as the mail "
             "server accepted it, with its attachments (What Was Sent on the entry).")

    @api.multi
    def write(self, vals):
        result = super(ResCompany, self).write(vals)
        if any(name in vals for name in COPY_SETTINGS):
            self.clear_caches()  # _interaction_log_keeps_copies, of every worker
        return result

    @api.model
    @tools.ormcache("company_id")
    def _interaction_log_keeps_copies(self, company_id):
        """(keep copies of prints, keep copies of emails) of the company
        ``company_id``: asked by every recording, cached in each worker
        (Odoo's ormcache, cleared in every worker when the settings change)."""
        # sudo: two settings of the company, the same for every user
        company = self.sudo().browse(company_id).with_context(prefetch_fields=False)
        return bool(company.interaction_keep_print_copies), \
            bool(company.interaction_keep_email_copies)
