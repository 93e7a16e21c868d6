# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Where a calendar meeting becomes interaction log entries.

A meeting records one entry per outside attendee. A recurring meeting is
one meeting: its series records one entry per attendee. An occurrence
that Odoo detaches from the series (moved, or deleted: Odoo keeps it as an
archived copy) is part of the series: it records only attendees the series
has no entry for, and canceling it cancels only those."""
from odoo import api, models

from odoo.addons.calendar.models.calendar import calendar_id2real_id, is_calendar_id
from odoo.addons.interaction_log.recording import log_by_kind, recording_never_fails

#: fields whose change on one occurrence (virtual id) makes Odoo detach it
#: as a new event, instead of writing the series
DETACHING_FIELDS = ("start", "stop", "active")


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
        their entry and removed ones have theirs canceled; archiving cancels
        the entries and restoring brings them back."""
        events = self._interaction_log_written_events(values)
        result = super(CalendarEvent, self).write(values)
        if events and ("partner_ids" in values or "active" in values):
            with recording_never_fails(self.env, "the meetings %s" % events.ids):
                if "active" in values:
                    events._interaction_log_set_canceled(not values["active"])
                if "partner_ids" in values:
                    events._interaction_log_cancel_removed()
                events._interaction_log_meetings()
        return result

    @api.multi
    def unlink(self, can_be_deleted=True):
        """Deleting a meeting cancels its entries: they are kept, as for any
        canceled interaction, until Delete Canceled removes them. Deleting
        one occurrence of a recurring meeting (a virtual id) archives it as a
        detached copy (write): the series' entries stay."""
        events = self.browse([calendar_id2real_id(event_id) for event_id in self.ids
                              if not is_calendar_id(event_id)])
        with recording_never_fails(self.env, "the meetings %s" % events.ids):
            events._interaction_log_set_canceled(True)
        return super(CalendarEvent, self).unlink(can_be_deleted=can_be_deleted)

    # ------------------------------------------------------------------
    # Recording
    # ------------------------------------------------------------------

    @api.multi
    def _interaction_log_written_events(self, values):
        """The stored events a write of ``values`` changes. A recurring
        meeting's occurrence has a virtual id such as '12-20260102090000':
        writing it writes the series, unless ``values`` move or archive it,
        which detaches it as a new event (recorded by create)."""
        detaches = values.get("recurrency", True) and any(
            name in values for name in DETACHING_FIELDS)
        return self.browse(sorted({
            calendar_id2real_id(event_id) for event_id in self.ids
            if not (detaches and is_calendar_id(event_id))}))

    def _interaction_log_refs(self):
        return ["%s,%d" % (self._name, event_id) for event_id in self.ids]

    @api.multi
    def _interaction_log_entries(self, domain=None):
        """The meeting entries of the (stored) events that are not canceled."""
        # sudo: the entries of the meetings the user just created or changed
        # (Odoo checked that), which a user without Interactions rights
        # cannot read: recorded and canceled on their behalf
        return self.env["interaction.log.entry"].sudo().search([
            ("document_ref", "in", self._interaction_log_refs()),
            ("document_type", "=", "meeting"),
            ("canceled", "=", False),
        ] + (domain or []))

    @api.multi
    def _interaction_log_meetings(self):
        """Record a meeting entry for each outside attendee (not an internal
        user) of the active events who has no entry of the meeting yet (a
        detached occurrence: of its series either), one call for all."""
        # sudo: the meetings the user just created or changed (Odoo checked that)
        events = self.sudo().filtered("active")
        series = events.browse([event.recurrent_id for event in events if event.recurrent_id])
        recorded = {(entry.document_ref.id, entry.partner_id.id)
                    for entry in (events | series)._interaction_log_entries()}
        rows = []
        for event in events:
            company_id = (event.user_id.company_id or self.env.user.company_id).id
            for partner in event.partner_ids:
                if (event.id, partner.id) in recorded \
                        or (event.recurrent_id, partner.id) in recorded \
                        or partner.user_ids.filtered(lambda user: not user.share) \
                        or partner.company_id.id not in (False, company_id):
                    continue
                rows.append(dict({
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
                }, **event._interaction_log_row_values()))
        return log_by_kind(self.env, "meeting", rows, self.env.user)

    @api.multi
    def _interaction_log_cancel_removed(self):
        """Cancel the entries of the attendees no longer in the events."""
        entries = self._interaction_log_entries().filtered(
            lambda entry: entry.partner_id not in entry.document_ref.partner_ids)
        if entries:
            entries.write({"canceled": True})

    @api.multi
    def _interaction_log_set_canceled(self, canceled):
        """Cancel (or restore) the meeting entries of the events; restoring
        brings back only the entries of their current attendees."""
        # sudo: the entries of the meetings the user just canceled or
        # restored (Odoo checked that), whatever their Interactions rights
        entries = self.env["interaction.log.entry"].sudo().search([
            ("document_ref", "in", self._interaction_log_refs()),
            ("document_type", "=", "meeting"),
            ("canceled", "!=", canceled),
        ])
        if not canceled:
            entries = entries.filtered(
                lambda entry: entry.partner_id in entry.document_ref.partner_ids)
        if entries:
            entries.write({"canceled": canceled})
