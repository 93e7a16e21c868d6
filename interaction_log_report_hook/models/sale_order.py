# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class SaleOrder(models.Model):
    _name = "sale.order"
    _inherit = ["sale.order", "interaction.log.document"]

    @api.multi
    def _interaction_log_values(self):
        """A quotation (draft or sent) records a sales quotation, a confirmed
        order (sale or done) a sales order confirmation; a canceled order
        records nothing."""
        self.ensure_one()
        if self.state in ("draft", "sent"):
            document_type = "sale_quote"
        elif self.state in ("sale", "done"):
            document_type = "sale_order"
        else:
            return {}
        return {
            "document_type": document_type,
            "partner_id": self.partner_id.id,
            "document_name": self.name,
            "salesperson_id": self.user_id.id,
            "company_id": self.company_id.id,
        }
