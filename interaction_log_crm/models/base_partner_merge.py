# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    """Contacts > Action > Merge (crm's wizard in Odoo 11): the entries of the
    merged contacts move to the kept one, which says so in its chatter."""
    _inherit = "base.partner.merge.automatic.wizard"

    @api.model
    def _update_foreign_keys(self, src_partners, dst_partner):
        return src_partners._interaction_log_merge_into(
            dst_partner, lambda: super(BasePartnerMergeAutomaticWizard, self)
            ._update_foreign_keys(src_partners, dst_partner))
