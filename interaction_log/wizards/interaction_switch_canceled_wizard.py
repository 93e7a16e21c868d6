# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models


class InteractionSwitchCanceledWizard(models.TransientModel):
    """Confirmation of "Switch Canceled" on the entries selected in a list."""
    _name = "interaction.switch.canceled.wizard"
    _inherit = "interaction.entry.selection"
    _description = "Switch Canceled"

    will_cancel = fields.Boolean(
        compute="_compute_message",
        help="True when the entries will be canceled, False when restored.")
    message = fields.Text(compute="_compute_message")

    @api.depends("entry_ids")
    def _compute_message(self):
        for wizard in self:
            entries = wizard.entry_ids
            wizard.will_cancel = bool(entries) and not entries[0].canceled
            if not entries:
                wizard.message = _("Select the entries to cancel or restore.")
            elif len(entries) == 1 and wizard.will_cancel:
                wizard.message = _(
                    "The entry will be canceled: it is no longer counted and can "
                    "then be deleted.")
            elif len(entries) == 1:
                wizard.message = _("The entry will be restored: it is counted again.")
            elif wizard.will_cancel:
                wizard.message = _(
                    "%d entries will be canceled: they are no longer counted and "
                    "can then be deleted.") % len(entries)
            else:
                wizard.message = _(
                    "%d entries will be restored: they are counted again.") % len(entries)

    @api.multi
    def action_confirm(self):
        self._selected_entries(_("cancel or restore")).action_switch_canceled()
        return {"type": "ir.actions.act_window_close"}
