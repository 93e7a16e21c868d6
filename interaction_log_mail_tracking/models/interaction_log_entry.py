# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import collections

from odoo import api, fields, models

from odoo.addons.interaction_log.models.interaction_log_pipeline import (
    COMPUTED, SYSTEM, FieldRule)

#: delivery status of an entry from the state of its recipient's
#: mail.tracking.email (mail_tracking); a tracking not sent yet (no state)
#: leaves the entry as it is
TRACKING_STATUSES = {
    "error": "error",
    "deferred": "deferred",
    "sent": "delivered",  # the SMTP server accepted it, as without mail_tracking
    "delivered": "delivered",
    "opened": "opened",
    "rejected": "error",
    "spam": "error",
    "unsub": "unsubscribed",
    "bounced": "bounced",
    "soft-bounced": "soft_bounced",
}
#: events that date the first open, and those that date a bounce
OPEN_EVENTS = ("open", "click")
BOUNCE_EVENTS = ("hard_bounce", "soft_bounce")


class InteractionLogEntry(models.Model):
    """The delivery status of an emailed entry follows its recipient's email
    tracking (OCA mail_tracking), with the date of the first open and the
    tracking's events."""
    _inherit = "interaction.log.entry"

    delivery_status = fields.Selection(selection_add=[
        ("deferred", "Deferred"),
        ("opened", "Opened"),
        ("unsubscribed", "Unsubscribed"),
        ("soft_bounced", "Soft Bounced"),
    ])
    opened_date = fields.Datetime(
        string="Opened On", readonly=True, copy=False,
        help="When the contact first opened the email (or clicked one of its "
             "links), as the email tracking recorded it.")
    tracking_event_ids = fields.Many2many(
        "mail.tracking.event", string="Email Tracking Events",
        compute="_compute_tracking_event_ids",
        help="What the email tracking recorded about the email to this contact: "
             "sent, delivered, opened, bounced...")

    @api.model
    def _entry_field_rules(self):
        rules = super(InteractionLogEntry, self)._entry_field_rules()
        # the email tracking sets the date of the first open
        rules["opened_date"] = FieldRule(SYSTEM)
        rules["tracking_event_ids"] = FieldRule(COMPUTED, fixed=True)
        return rules

    @api.multi
    def _compute_tracking_event_ids(self):
        """The events of the email trackings of each entry's contact for its
        message, read with the user's rights (mail_tracking's rules)."""
        Event = self.env["mail.tracking.event"]
        emailed = self.filtered(lambda entry: entry.mail_message_id and entry.partner_id)
        by_recipient = collections.defaultdict(lambda: Event)
        if emailed and Event.check_access_rights("read", raise_exception=False):
            events = Event.search([
                ("tracking_email_id.mail_message_id", "in", emailed.mapped("mail_message_id").ids),
                ("tracking_email_id.partner_id", "in", emailed.mapped("partner_id").ids),
            ], order="timestamp, id")
            for event in events:
                tracking = event.tracking_email_id
                by_recipient[tracking.mail_message_id.id, tracking.partner_id.id] |= event
        for entry in self:
            entry.tracking_event_ids = by_recipient[entry.mail_message_id.id, entry.partner_id.id]

    @api.multi
    def _interaction_log_follow_tracking(self, tracking):
        """Give these entries (of the recipient of ``tracking``) the delivery
        status of ``tracking`` (a mail.tracking.email) and the dates of its
        first open and first bounce (the gateway may have dated the bounce
        already). Called as superuser: the system only sets them."""
        status = TRACKING_STATUSES.get(tracking.state)
        events = tracking.tracking_event_ids
        opens = events.filtered(lambda event: event.event_type in OPEN_EVENTS)
        bounces = events.filtered(lambda event: event.event_type in BOUNCE_EVENTS)
        opened = min(opens.mapped("time")) if opens else False
        bounced = min(bounces.mapped("time")) if bounces else False
        for entry in self:
            values = {}
            if status and entry.delivery_status != status:
                values["delivery_status"] = status
            if opened and (not entry.opened_date or opened < entry.opened_date):
                values["opened_date"] = opened
            if bounced and (not entry.bounce_date or bounced < entry.bounce_date):
                values["bounce_date"] = bounced
            elif status in ("bounced", "soft_bounced") and not entry.bounce_date:
                values["bounce_date"] = fields.Datetime.now()  # its event comes next
            if values:
                entry.write(values)
