# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class AccountInvoice(models.Model):
    _name = "account.invoice"
    _inherit = ["account.invoice", "interaction.log.document"]

    @api.model
    def _interaction_log_fields(self):
        return super(AccountInvoice, self)._interaction_log_fields() + [
            "state", "type", "number", "user_id"]

    @api.multi
    def _interaction_log_values(self):
        """A customer invoice records a draft invoice while in draft (pro
        forma included), an invoice once validated; a credit note, a vendor
        bill or a vendor credit note records its own kind. The partner is
        the customer or the vendor; a canceled invoice records nothing. A
        draft has no number yet: its name stands in."""
        self.ensure_one()
        if self.state == "cancel":
            return {}
        document_type = self.type
        if self.type == "out_invoice" and self.state in ("draft", "proforma", "proforma2"):
            document_type = "draft_invoice"
        return self._interaction_log_document_values(
            document_type, document_name=self.number or self.display_name,
            salesperson_id=self.user_id.id)
