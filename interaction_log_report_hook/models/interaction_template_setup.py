# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class InteractionTemplateSetup(models.Model):
    _inherit = "interaction.template.setup"

    log_on_print = fields.Boolean(
        string="Record automatically", default=True,
        help="Record an interaction each time a document of this kind is printed "
             "or sent by email (Business Central's \"Log Interaction\" print option). "
             "Untick to print and send without recording.")

    @api.model
    def _get_setups(self, company_ids, document_types):
        """{(company id, document type): setup line} of the lines with an
        active template, for all given companies and kinds in one query."""
        setups = self.search([
            ("company_id", "in", list(set(company_ids))),
            ("document_type", "in", list(document_types)),
            ("template_id", "!=", False),
        ])
        return {(setup.company_id.id, setup.document_type): setup
                for setup in setups if setup.template_id.active}
