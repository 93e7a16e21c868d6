# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class InteractionCreateWizard(models.TransientModel):
    _inherit = "interaction.create.wizard"

    opportunity_id = fields.Many2one(
        "crm.lead", string="Opportunity",
        help="Opportunity the interaction belongs to.")

    @api.model
    def default_get(self, fields_list):
        values = super(InteractionCreateWizard, self).default_get(fields_list)
        context = self.env.context
        if context.get("active_model") == "crm.lead" and context.get("active_id") \
                and not values.get("opportunity_id"):
            lead = self.env["crm.lead"].browse(context["active_id"])
            values["opportunity_id"] = lead.id
            if not values.get("partner_id"):
                values["partner_id"] = lead.partner_id.id
        return values

    def _entry_values(self):
        values = super(InteractionCreateWizard, self)._entry_values()
        values["opportunity_id"] = self.opportunity_id.id or None
        return values
