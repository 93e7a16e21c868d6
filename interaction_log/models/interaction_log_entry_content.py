# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .interaction_log_pipeline import SYSTEM, FieldRule


class InteractionLogEntry(models.Model):
    """The language the template's content (email, letter) was delivered in."""
    _inherit = "interaction.log.entry"

    lang = fields.Selection(
        "_lang_get", string="Language", readonly=True, copy=False,
        help="Language of the email or letter the contact got: their own, through "
             "the translations of the email template and of the letter.")

    @api.model
    def _lang_get(self):
        return self.env["res.lang"].get_installed()

    @api.model
    def _entry_field_rules(self):
        rules = super(InteractionLogEntry, self)._entry_field_rules()
        # what was delivered: set by the system when it delivers the content
        rules["lang"] = FieldRule(SYSTEM)
        return rules
