# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError


class InteractionSwitchCanceledWizard(models.TransientModel):
    """Confirmation of "Switch Canceled" on the entries selected in a list."""
    _name = "interaction.switch.canceled.wizard"
    _description = "Switch Canceled"

    entry_ids = fields.Many2many(
        "interaction.log.entry", string="Entries", required=True,
        default=lambda self: self._default_entry_ids())
    will_cancel = fields.Boolean(
        compute="_compute_message",
        help="True when the entries will be canceled, False when restored.")
    message = fields.Text(compute="_compute_message")

    @api.model
    def _default_entry_ids(self):
        context = self.env.context
        if context.get("active_model") == "interaction.log.entry":
            return [(6, 0, context.get("active_ids") or [])]
        return []

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
        self.ensure_one()
        if not self.entry_ids:
            raise UserError(_("Select the entries to cancel or restore."))
        self.entry_ids.action_switch_canceled()
        return {"type": "ir.actions.act_window_close"}
