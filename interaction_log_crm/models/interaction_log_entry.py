# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.interaction_log.models.interaction_log_pipeline import (
    CALLER, OF_COMPANY, FieldRule)


class InteractionLogEntry(models.Model):
    """Business Central's Opportunity No. and Create Opportunity on entries."""
    _inherit = "interaction.log.entry"

    opportunity_id = fields.Many2one(
        "crm.lead", string="Opportunity", ondelete="set null", index=True,
        track_visibility="onchange",
        help="Opportunity the interaction belongs to: set when the interaction is "
             "logged from an opportunity or with Create Opportunity.")

    @api.model
    def _entry_field_rules(self):
        rules = super(InteractionLogEntry, self)._entry_field_rules()
        # a lead the caller may not read would show its name on the entry
        rules["opportunity_id"] = FieldRule(CALLER, link=OF_COMPANY)
        return rules

    @api.multi
    def _resume_values(self):
        values = super(InteractionLogEntry, self)._resume_values()
        values["opportunity_id"] = self.opportunity_id.id
        return values

    @api.multi
    def action_create_opportunity(self):
        """Create an opportunity for the contact of the entry, link the entry
        to it and open it."""
        self.ensure_one()
        self._check_can_create_opportunity()
        lead = self.env["crm.lead"].create(self._opportunity_values())
        self.write({"opportunity_id": lead.id})
        return {
            "type": "ir.actions.act_window",
            "name": _("Opportunity"),
            "res_model": "crm.lead",
            "res_id": lead.id,
            "view_mode": "form",
            "views": [(self.env.ref("crm.crm_case_form_view_oppor").id, "form")],
            "target": "current",
        }

    @api.multi
    def _check_can_create_opportunity(self):
        if self.canceled:
            raise UserError(_("Entry %s is canceled: restore it before creating an "
                              "opportunity from it.") % self.entry_no)
        if self.postponed:
            raise UserError(_("This interaction is postponed: resume and log it before "
                              "creating an opportunity from it."))
        if self.opportunity_id:
            raise UserError(_("Entry %(entry)s already belongs to the opportunity "
                              "\"%(opportunity)s\": open it from the entry.") % {
                                  "entry": self.entry_no,
                                  "opportunity": self.opportunity_id.name})

    @api.multi
    def _opportunity_values(self):
        """Values of the opportunity created from this entry."""
        return {
            "name": self.description,
            "type": "opportunity",
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "campaign_id": self.campaign_id.id,
            "description": self.subject or False,
        }
