# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, models
from odoo.exceptions import UserError


class InteractionLetterReport(models.AbstractModel):
    """The letter of an interaction template, one per contact (the report's
    records are the contacts, in the order given), printed in the company's
    layout: ``data["interaction_template_id"]`` names the template."""
    _name = "report.interaction_log.report_interaction_letter"
    _description = "Interaction Letter"

    @api.model
    def get_report_values(self, docids, data=None):
        template_id = (data or {}).get("interaction_template_id")
        if not template_id:
            raise UserError(_("Print letters from an interaction template: Create "
                              "Interaction or a segment with correspondence type Hard Copy."))
        # read as the user: the template and the contacts must be readable by them
        template = self.env["interaction.template"].browse(int(template_id))
        template.check_access_rights("read")
        template.check_access_rule("read")
        partners = self.env["res.partner"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "res.partner",
            "docs": partners,
            "template": template,
            "letters": template._render_letters(partners),
        }
