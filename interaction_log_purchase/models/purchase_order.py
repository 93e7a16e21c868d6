# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class PurchaseOrder(models.Model):
    _name = "purchase.order"
    _inherit = ["purchase.order", "interaction.log.document"]

    @api.multi
    def _interaction_log_values(self):
        """A request for quotation (draft, sent, to approve) records a
        request for quotation, a confirmed or locked order a purchase order;
        a canceled one records nothing. The contact is the vendor."""
        self.ensure_one()
        if self.state in ("draft", "sent", "to approve"):
            document_type = "purchase_quote"
        elif self.state in ("purchase", "done"):
            document_type = "purchase_order"
        else:
            return {}
        return {
            "document_type": document_type,
            "partner_id": self.partner_id.id,
            "document_name": self.name,
            "company_id": self.company_id.id,
        }
