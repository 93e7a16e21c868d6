# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

#: kind of the picking, by the code of its operation type
PICKING_DOCUMENT_TYPES = {
    "outgoing": "delivery_slip",
    "incoming": "receipt",
}


class StockPicking(models.Model):
    _name = "stock.picking"
    _inherit = ["stock.picking", "interaction.log.document"]

    @api.multi
    def _interaction_log_values(self):
        """A delivery order records a delivery slip, a receipt a receipt,
        with the picking's partner; internal transfers and canceled pickings
        record nothing."""
        self.ensure_one()
        document_type = PICKING_DOCUMENT_TYPES.get(self.picking_type_code)
        return self._interaction_log_document_values(
            document_type if self.state != "cancel" else False)
