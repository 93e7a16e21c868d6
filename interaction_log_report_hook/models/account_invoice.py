# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class AccountInvoice(models.Model):
    _name = "account.invoice"
    _inherit = ["account.invoice", "interaction.log.document"]

    @api.multi
    def _interaction_log_values(self):
        """A customer invoice or credit note records an interaction with the
        invoice partner; vendor bills and refunds record nothing. A draft
        has no number yet: its name stands in."""
        self.ensure_one()
        if self.type not in ("out_invoice", "out_refund"):
            return {}
        return {
            "document_type": self.type,
            "partner_id": self.partner_id.id,
            "document_name": self.number or self.display_name,
            "salesperson_id": self.user_id.id,
            "company_id": self.company_id.id,
        }
