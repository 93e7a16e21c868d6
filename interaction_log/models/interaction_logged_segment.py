# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class InteractionLoggedSegment(models.Model):
    """One logging of a segment (stub: segments issue)."""
    _name = "interaction.logged.segment"
    _description = "Logged Segment"

    segment_id = fields.Many2one("interaction.segment", ondelete="restrict")
    company_id = fields.Many2one(
        "res.company", required=True,
        default=lambda self: self.env["res.company"]._company_default_get("interaction.logged.segment"))
