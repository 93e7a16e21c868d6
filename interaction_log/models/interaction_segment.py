# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class InteractionSegment(models.Model):
    """A list of contacts to log one interaction each (stub: segments issue)."""
    _name = "interaction.segment"
    _description = "Segment"

    name = fields.Char(required=True)
    company_id = fields.Many2one(
        "res.company", required=True,
        default=lambda self: self.env["res.company"]._company_default_get("interaction.segment"))
