# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

#: kind of the order, by its state: a request for quotation (draft, sent,
#: to approve) records a request for quotation, a confirmed or locked order a
#: purchase order; a canceled one records nothing
PURCHASE_STATE_DOCUMENT_TYPES = {
    "draft": "purchase_quote",
    "sent": "purchase_quote",
    "to approve": "purchase_quote",
    "purchase": "purchase_order",
    "done": "purchase_order",
}


class PurchaseOrder(models.Model):
    _name = "purchase.order"
    _inherit = ["purchase.order", "interaction.log.document"]

    @api.multi
    def _interaction_log_values(self):
        """The order's kind by its state (PURCHASE_STATE_DOCUMENT_TYPES); the
        contact is the vendor."""
        self.ensure_one()
        return self._interaction_log_document_values(
            PURCHASE_STATE_DOCUMENT_TYPES.get(self.state))
