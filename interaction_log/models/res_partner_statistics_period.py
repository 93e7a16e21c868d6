# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

from .interaction_statistics_store import period_from_context


class ResPartner(models.Model):
    """Contact statistics of a period: with ``interaction_date_from`` /
    ``interaction_date_to`` in the context (Statistics for a Period), the
    cost, duration and last dates (the store reads the period of the
    context) and the number of interactions count that period only."""
    # one file per feature (the contact's own fields are in res_partner.py)
    _inherit = "res.partner"  # pylint: disable=consider-merging-classes-inherited

    @api.multi
    def _compute_interaction_count(self):
        if period_from_context(self.env.context) is None:
            return super(ResPartner, self)._compute_interaction_count()
        partners = self.filtered("id")
        statistics = {}
        if partners and self.env["interaction.log.entry"].check_access_rights(
                "read", raise_exception=False):
            statistics = self.env["interaction.statistics.store"]._partner_statistics(
                partners.ids)
        for partner in self:
            partner.interaction_count = statistics.get(partner.id, (0,))[0]
