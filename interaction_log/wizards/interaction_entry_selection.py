# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError


class InteractionEntrySelection(models.AbstractModel):
    """Wizards acting on the entries selected in the entries list (Action menu)."""
    _name = "interaction.entry.selection"
    _description = "Selected Interaction Log Entries"

    entry_ids = fields.Many2many(
        "interaction.log.entry", string="Entries", required=True,
        default=lambda self: self._default_entry_ids())
    entry_count = fields.Integer(
        string="Selected Entries", compute="_compute_entry_count")

    @api.model
    def _default_entry_ids(self):
        context = self.env.context
        if context.get("active_model") == "interaction.log.entry":
            return [(6, 0, context.get("active_ids") or [])]
        return []

    @api.depends("entry_ids")
    def _compute_entry_count(self):
        for wizard in self:
            wizard.entry_count = len(wizard.entry_ids)

    def _selected_entries(self, verb):
        """The selected entries; a UserError naming what to select for ``verb``."""
        self.ensure_one()
        if not self.entry_ids:
            raise UserError(_("Select the entries to %s.") % verb)
        return self.entry_ids
