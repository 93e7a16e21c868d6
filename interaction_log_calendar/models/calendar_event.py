# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Where a calendar meeting becomes interaction log entries."""
from odoo import api, models

from odoo.addons.calendar.models.calendar import calendar_id2real_id
from odoo.addons.interaction_log.recording import log_by_kind, recording_never_fails


class CalendarEvent(models.Model):
    _inherit = "calendar.event"

    @api.model
    def create(self, values):
        """Record a meeting with each outside attendee."""
        event = super(CalendarEvent, self).create(values)
        with recording_never_fails(self.env, "the meeting %s" % event.id):
            event._interaction_log_meetings()
        return event

    @api.multi
    def write(self, values):
        """Moving a meeting records nothing new; new outside attendees get
        their entry, archiving cancels the entries and restoring brings
        them back."""
        result = super(CalendarEvent, self).write(values)
        if "partner_ids" in values or "active" in values:
            events = self._interaction_log_real_events()
            with recording_never_fails(self.env, "the meetings %s" % events.ids):
                if "active" in values:
                    events._interaction_log_set_canceled(not values["active"])
                if "partner_ids" in values:
                    events.filtered("active")._interaction_log_meetings()
        return result

    @api.multi
    def unlink(self, can_be_deleted=True):
        """Deleting a meeting cancels its entries: they are kept, as for any
        canceled interaction, until Delete Canceled removes them."""
        events = self._interaction_log_real_events()
        with recording_never_fails(self.env, "the meetings %s" % events.ids):
            events._interaction_log_set_canceled(True)
        return super(CalendarEvent, self).unlink(can_be_deleted=can_be_deleted)

    # ------------------------------------------------------------------
    # Recording
    # ------------------------------------------------------------------

    def _interaction_log_real_events(self):
        """The stored events behind the ids (recurring occurrences have
        virtual ids such as '12-20260102090000')."""
        return self.browse(sorted({calendar_id2real_id(event_id) for event_id in self.ids}))

    def _interaction_log_refs(self):
        return ["%s,%d" % (self._name, event_id) for event_id in self.ids]

    @api.multi
    def _interaction_log_meetings(self):
        """Record a meeting entry for each outside attendee (not an internal
        user) who has no entry of the meeting yet, one call for all."""
        # sudo: the meetings the user just created or changed (Odoo checked
        # that), and their existing entries, which a user without
        # Interactions rights cannot read: recorded on their behalf
        events = self._interaction_log_real_events().sudo()
        recorded = {(entry.document_ref.id, entry.partner_id.id) for entry in
                    self.env["interaction.log.entry"].sudo().search([
                        ("document_ref", "in", events._interaction_log_refs()),
                        ("canceled", "=", False)])}
        rows = []
        for event in events:
            company_id = (event.user_id.company_id or self.env.user.company_id).id
            for partner in event.partner_ids:
                if (event.id, partner.id) in recorded \
                        or partner.user_ids.filtered(lambda user: not user.share) \
                        or partner.company_id.id not in (False, company_id):
                    continue
                rows.append({
                    "partner_id": partner.id,
                    "company_id": company_id,
                    "date": event.start,
                    "description": event.name,
                    "subject": event.name,
                    "duration": event.duration * 60 if event.duration else None,
                    "information_flow": "outbound",
                    "initiated_by": "us",
                    "document_ref": "%s,%d" % (event._name, event.id),
                    "note": event.description or None,
                })
        return log_by_kind(self.env, "meeting", rows, self.env.user)

    @api.multi
    def _interaction_log_set_canceled(self, canceled):
        """Cancel (or restore) the meeting entries of the events."""
        # sudo: the entries of the meetings the user just canceled or
        # restored (Odoo checked that), whatever their Interactions rights
        entries = self.env["interaction.log.entry"].sudo().search([
            ("document_ref", "in", self._interaction_log_refs()),
            ("document_type", "=", "meeting"),
            ("canceled", "!=", canceled),
        ])
        if entries:
            entries.write({"canceled": canceled})
