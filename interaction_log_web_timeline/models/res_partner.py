# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    @api.multi
    def action_view_interactions(self):
        """The contact's Interactions button opens their history on the
        timeline; the list, form, pivot and graph are a click away."""
        action = super(ResPartner, self).action_view_interactions()
        return self.env["interaction.log.entry"]._timeline_first(action)
