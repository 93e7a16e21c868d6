# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class SaleOrder(models.Model):
    _name = "sale.order"
    _inherit = ["sale.order", "interaction.log.document"]
    # a quotation (draft or sent) records a sales quotation, a confirmed order a
    # sales order confirmation; a canceled order records nothing
    _interaction_log_kind_field = "state"
    _interaction_log_kinds = {"draft": "sale_quote", "sent": "sale_quote",
                              "sale": "sale_order", "done": "sale_order"}

    @api.model
    def _interaction_log_fields(self):
        return super(SaleOrder, self)._interaction_log_fields() + ["user_id"]

    @api.multi
    def _interaction_log_values(self):
        """With the order's salesperson."""
        values = super(SaleOrder, self)._interaction_log_values()
        if values:
            values["salesperson_id"] = self.user_id.id
        return values
