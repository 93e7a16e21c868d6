# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class StockPicking(models.Model):
    _name = "stock.picking"
    _inherit = ["stock.picking", "interaction.log.document"]
    # a delivery order records a delivery slip, a receipt a receipt, with the
    # picking's partner; internal transfers record nothing
    _interaction_log_kind_field = "picking_type_code"
    _interaction_log_kinds = {"outgoing": "delivery_slip", "incoming": "receipt"}

    @api.model
    def _interaction_log_fields(self):
        # the kind (picking_type_code) is the picking type's code
        return ["picking_type_id"] + super(StockPicking, self)._interaction_log_fields() + [
            "state"]

    @api.multi
    def _interaction_log_values(self):
        """Nothing for a canceled picking."""
        self.ensure_one()
        if self.state == "cancel":
            return {}
        return super(StockPicking, self)._interaction_log_values()
