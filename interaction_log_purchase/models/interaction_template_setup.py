# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class InteractionTemplateSetup(models.Model):
    _inherit = "interaction.template.setup"

    # the purchase kinds of the template setup (Business Central: Purch. Quote,
    # Purch. Order)
    document_type = fields.Selection(selection_add=[
        ("purchase_quote", "Request for Quotation"), ("purchase_order", "Purchase Order")])
