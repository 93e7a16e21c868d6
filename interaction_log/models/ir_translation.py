# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.addons.base.ir.ir_translation import IrTranslation as BaseIrTranslation


class IrTranslation(models.Model):
    _inherit = "ir.translation"

    # a new translation of a template's description drops the cached facts
    # every recording reads (interaction.template._recording_facts), in
    # every worker, as Odoo does for its own cached models
    CACHED_MODELS = BaseIrTranslation.CACHED_MODELS | {"interaction.template"}
