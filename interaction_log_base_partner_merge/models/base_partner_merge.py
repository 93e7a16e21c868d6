# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    """OCA's Deduplicate Contacts (No CRM): the entries of the merged
    contacts move to the kept one, which says so in its chatter."""
    _inherit = "base.partner.merge.automatic.wizard"

    @api.model
    def _update_foreign_keys(self, src_partners, dst_partner):
        merge = super(BasePartnerMergeAutomaticWizard, self)._update_foreign_keys
        if "interaction_log_crm" in self.env.registry._init_modules:
            return merge(src_partners, dst_partner)  # crm's bridge does it, once
        return src_partners._interaction_log_merge_into(
            dst_partner, lambda: merge(src_partners, dst_partner))
