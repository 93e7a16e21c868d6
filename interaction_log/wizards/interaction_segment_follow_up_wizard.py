# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..models.interaction_selections import EVALUATIONS

#: which contacts of a logged segment a follow-up segment takes
FOLLOW_UP_CONTACTS = [
    ("all", "All contacts"),
    ("evaluation", "Contacts whose entry has this evaluation"),
    ("attempt_failed", "Contacts whose attempt failed"),
    ("no_response", "Contacts who sent no response since the logging"),
]


class InteractionSegmentFollowUpWizard(models.TransientModel):
    """Create Follow-up Segment: a new segment (a fixed list) of the contacts
    of a logged segment, all of them or only those whose entry went some way."""
    _name = "interaction.segment.follow.up.wizard"
    _description = "Create Follow-up Segment"

    logged_segment_id = fields.Many2one(
        "interaction.logged.segment", string="Logged Segment", required=True,
        ondelete="cascade")
    name = fields.Char(string="New Segment", required=True,
                       help="Name of the follow-up segment.")
    contacts = fields.Selection(
        FOLLOW_UP_CONTACTS, required=True, default="all",
        help="Which contacts of the logged segment the follow-up segment takes; only "
             "entries that are not canceled count. A response is an inbound entry of the "
             "contact (not canceled) dated on or after the logging.")
    evaluation = fields.Selection(EVALUATIONS)
    template_id = fields.Many2one(
        "interaction.template", string="Interaction Template",
        help="Template of the follow-up segment. Empty: choose it on the segment.")

    @api.multi
    def action_create_segment(self):
        """Create the follow-up segment and open it."""
        self.ensure_one()
        if self.contacts == "evaluation" and not self.evaluation:
            raise UserError(_("Choose the evaluation of the entries whose contacts the "
                              "follow-up segment takes."))
        logged = self.logged_segment_id
        partner_ids = logged._follow_up_partner_ids(self.contacts, self.evaluation)
        if not partner_ids:
            raise UserError(
                _("No contact of the logged segment \"%s\" matches: choose other contacts "
                  "for the follow-up segment.") % logged.description)
        segment = self.env["interaction.segment"].create({
            "name": self.name,
            "template_id": self.template_id.id,
            "campaign_id": logged.segment_id.campaign_id.id,
            "company_id": logged.company_id.id,
            "contact_source": "list",
            "partner_ids": [(6, 0, partner_ids)],
        })
        return {
            "type": "ir.actions.act_window",
            "res_model": segment._name,
            "res_id": segment.id,
            "view_type": "form",
            "view_mode": "form",
            "target": "current",
        }
