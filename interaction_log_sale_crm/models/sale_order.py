# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    @api.model
    def _interaction_log_fields(self):
        return super(SaleOrder, self)._interaction_log_fields() + ["opportunity_id"]

    @api.multi
    def _interaction_log_values(self):
        """With the order's opportunity (sale_crm's field): printing or
        emailing a quotation of an opportunity is one of its interactions."""
        values = super(SaleOrder, self)._interaction_log_values()
        if values and self.opportunity_id:
            values["opportunity_id"] = self.opportunity_id.id
        return values
