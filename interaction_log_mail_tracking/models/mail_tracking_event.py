# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

from .interaction_log_entry import BOUNCE_EVENTS, OPEN_EVENTS


class MailTrackingEvent(models.Model):
    _inherit = "mail.tracking.event"

    @api.model
    def create(self, vals):
        """An open, a click or a bounce dates the entry of the recipient
        (mail_tracking writes the tracking's state before it creates the
        event)."""
        event = super(MailTrackingEvent, self).create(vals)
        if event.event_type in OPEN_EVENTS + BOUNCE_EVENTS:
            event.tracking_email_id._interaction_log_update_entries()
        return event
