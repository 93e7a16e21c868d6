# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError


class InteractionCreateTaskWizard(models.TransientModel):
    """Create Task plans the task on the interaction's opportunity when it
    has one (Business Central's task of an opportunity)."""
    _inherit = "interaction.create.task.wizard"

    opportunity_id = fields.Many2one(
        "crm.lead", string="Opportunity",
        help="Opportunity the task is planned on. Empty: the task is planned on the "
             "contact.")

    @api.model
    def default_get(self, field_names):
        values = super(InteractionCreateTaskWizard, self).default_get(field_names)
        entry = self.env["interaction.log.entry"].browse(values.get("entry_id"))
        if entry and entry.opportunity_id:
            values.setdefault("opportunity_id", entry.opportunity_id.id)
        return values

    @api.multi
    def _task_record(self):
        opportunity = self.opportunity_id
        if not opportunity:
            return super(InteractionCreateTaskWizard, self)._task_record()
        if opportunity.partner_id.commercial_partner_id \
                != self.partner_id.commercial_partner_id:
            raise UserError(_("The opportunity \"%(opportunity)s\" is not about %(contact)s: "
                              "choose one of the contact's opportunities, or none.") % {
                                  "opportunity": opportunity.name,
                                  "contact": self.partner_id.display_name})
        return opportunity
