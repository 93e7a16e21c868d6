# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class PurchaseOrder(models.Model):
    _name = "purchase.order"
    _inherit = ["purchase.order", "interaction.log.document"]
    # a request for quotation (draft, sent, to approve) records a request for
    # quotation, a confirmed or locked order a purchase order; a canceled one
    # records nothing. The contact is the vendor.
    _interaction_log_kind_field = "state"
    _interaction_log_kinds = {"draft": "purchase_quote", "sent": "purchase_quote",
                              "to approve": "purchase_quote",
                              "purchase": "purchase_order", "done": "purchase_order"}
