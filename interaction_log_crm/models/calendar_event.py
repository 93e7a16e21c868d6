# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CalendarEvent(models.Model):
    """A meeting linked to an opportunity (crm's field) records its entries
    on the opportunity, and so do emails posted on the meeting."""
    _inherit = "calendar.event"

    def _interaction_log_row_values(self):
        values = super(CalendarEvent, self)._interaction_log_row_values()
        # sudo: the opportunity of the meeting the user just changed, for its id
        event = self.sudo()
        opportunity = event.opportunity_id if len(event) == 1 else None
        # the meeting records in its organizer's company: an opportunity of
        # another company cannot be linked (and would fail the recording)
        company = event.user_id.company_id or self.env.user.company_id
        if opportunity and opportunity.company_id in (company, company.browse()):
            values["opportunity_id"] = opportunity.id
        return values
