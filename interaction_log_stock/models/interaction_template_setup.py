# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class InteractionTemplateSetup(models.Model):
    _inherit = "interaction.template.setup"

    # the picking kinds of the template setup (Business Central: Sales Shipment
    # Note, Purch. Receipt)
    document_type = fields.Selection(selection_add=[
        ("delivery_slip", "Delivery Slip"), ("receipt", "Receipt")])
