# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

#: kind of the order, by its state: a quotation (draft or sent) records a
#: sales quotation, a confirmed order a sales order confirmation; a canceled
#: order records nothing
SALE_DOCUMENT_TYPES = {
    "draft": "sale_quote",
    "sent": "sale_quote",
    "sale": "sale_order",
    "done": "sale_order",
}


class SaleOrder(models.Model):
    _name = "sale.order"
    _inherit = ["sale.order", "interaction.log.document"]

    @api.multi
    def _interaction_log_values(self):
        """The order's kind by its state (SALE_DOCUMENT_TYPES), with its
        salesperson."""
        self.ensure_one()
        return self._interaction_log_document_values(
            SALE_DOCUMENT_TYPES.get(self.state), salesperson_id=self.user_id.id)
