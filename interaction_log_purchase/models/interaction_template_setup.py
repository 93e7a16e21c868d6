# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

#: the purchase kinds of the template setup (Business Central: Purch. Quote,
#: Purch. Order)
PURCHASE_DOCUMENT_TYPES = [
    ("purchase_quote", "Request for Quotation"),
    ("purchase_order", "Purchase Order"),
]


class InteractionTemplateSetup(models.Model):
    _inherit = "interaction.template.setup"

    document_type = fields.Selection(selection_add=PURCHASE_DOCUMENT_TYPES)
