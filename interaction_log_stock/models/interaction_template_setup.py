# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

#: the picking kinds of the template setup (Business Central: Sales Shipment
#: Note, Purch. Receipt)
STOCK_DOCUMENT_TYPES = [
    ("delivery_slip", "Delivery Slip"),
    ("receipt", "Receipt"),
]


class InteractionTemplateSetup(models.Model):
    _inherit = "interaction.template.setup"

    document_type = fields.Selection(selection_add=STOCK_DOCUMENT_TYPES)
