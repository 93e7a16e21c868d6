# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import SUPERUSER_ID, _, api, fields, models, tools
from odoo.exceptions import AccessError, ValidationError

from ..trust import readable_name
from .interaction_selections import DOCUMENT_TYPES


class InteractionTemplateSetup(models.Model):
    """Which template records which kind of document, per company.

    A kind without a row (or with an archived template) is not recorded."""
    _name = "interaction.template.setup"
    _description = "Interaction Template Setup"
    _order = "company_id, document_type"
    _rec_name = "document_type"

    company_id = fields.Many2one(
        "res.company", string="Company", required=True, ondelete="cascade",
        default=lambda self: self.env["res.company"]._company_default_get(
            "interaction.template.setup"))
    document_type = fields.Selection(
        DOCUMENT_TYPES, string="Document Kind", required=True,
        help="Kind of document or contact whose interactions are recorded.")
    template_id = fields.Many2one(
        "interaction.template", string="Interaction Template", required=True,
        ondelete="cascade",
        help="Template of the log entry recorded for each document of this kind.")

    _sql_constraints = [
        ("company_document_type_uniq", "unique (company_id, document_type)",
         "This document kind already has a template in this company: change "
         "that line instead of adding another."),
    ]

    @api.constrains("company_id", "template_id")
    def _check_template_company(self):
        # sudo: see interaction.template._check_group_company
        for setup in self.sudo():
            if setup.template_id.company_id != setup.company_id:
                raise ValidationError(_(
                    "The template %(template)s belongs to another company than "
                    "%(company)s: choose a template of this company.") % {
                        "template": readable_name(setup.template_id, self.env, "code"),
                        "company": readable_name(setup.company_id, self.env, "name")})

    @api.model
    def create(self, vals):
        setup = super(InteractionTemplateSetup, self).create(vals)
        self.clear_caches()  # _template_id_for, of every worker
        return setup

    @api.multi
    def write(self, vals):
        result = super(InteractionTemplateSetup, self).write(vals)
        self.clear_caches()  # _template_id_for, of every worker
        return result

    @api.multi
    def unlink(self):
        result = super(InteractionTemplateSetup, self).unlink()
        self.clear_caches()  # _template_id_for, of every worker
        return result

    @api.model
    @api.returns("interaction.template")  # RPC clients get the template id
    def get_template(self, document_type, company=None):
        """Return the active template that records ``document_type`` in
        ``company`` (record or id; default: the user's company), or an empty
        recordset when that kind is not recorded.

        Over RPC a user asks as who they are: they need read access to the
        templates, and ask only about their own companies. Code that records
        a printed document asks as superuser (log_by_kind), for users
        without Interactions rights too."""
        if company is None:
            company = self.env.user.company_id
        company_id = company.id if isinstance(company, models.BaseModel) else company
        if self.env.uid != SUPERUSER_ID:
            self.env["interaction.template"].check_access_rights("read")
            if company_id not in self.env.user.company_ids.ids:
                raise AccessError(_("You may only read the template setup of your own "
                                    "companies."))
        return self.env["interaction.template"].browse(
            self._template_id_for(company_id, document_type) or [])

    @api.model
    @tools.ormcache("company_id", "document_type")
    def _template_id_for(self, company_id, document_type):
        """Id of the active template that records ``document_type`` in
        ``company_id`` automatically; 0 when the kind has a line whose active
        template does not record automatically; None when it has no line, or
        a line whose template is archived. Every print and email asks:
        cached in each worker (Odoo's ormcache), and dropped in all of them
        when a setup line or a template changes (their create, write and
        unlink clear the caches). Callers check their rights first
        (get_template)."""
        # sudo: which template records a kind, the same for every user
        setup = self.sudo().search([
            ("company_id", "=", company_id),
            ("document_type", "=", document_type),
        ], limit=1)
        template = setup.template_id
        if not template.active:
            return None
        return template.id if setup._records_automatically() else 0

    @api.multi
    def _records_automatically(self):
        """Whether this line records its kind automatically (always, here:
        the report hook adds the switch)."""
        return True
