# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields
from odoo.exceptions import AccessError
from odoo.tools import mute_logger

from odoo.addons.interaction_log.tests.common_conversations import ConversationCase
from odoo.addons.interaction_log_mail_tracking.hooks import post_init_hook

#: mail_tracking's event (its webhooks and open pixel record them) and the
#: delivery status the recipient's entry then reads
EVENT_STATUSES = [
    ("delivered", "delivered"),
    ("deferral", "deferred"),
    ("open", "opened"),
    ("click", "opened"),
    ("unsub", "unsubscribed"),
    ("hard_bounce", "bounced"),
    ("soft_bounce", "soft_bounced"),
    ("spam", "error"),
    ("reject", "error"),
]


class TestTrackingStatuses(ConversationCase):
    """An email posted to a contact is sent at once in a test (Odoo skips
    the SMTP server there); mail_tracking keeps one tracking per recipient,
    and its events (mail.tracking.email.event_create, what its open pixel
    and webhooks call) change the state the recipient's entry follows."""

    def post_and_track(self, partners=None):
        """Post an email to ``partners`` (the contact by default); return
        the contact's entry and tracking."""
        message = self.customer.message_post(
            body="<p>Our offer</p>", subject="Offer", message_type="comment",
            subtype="mail.mt_comment", partner_ids=(partners or self.contact).ids)
        return self.entry_and_tracking(message, self.contact)

    def entry_and_tracking(self, message, partner):
        entry = self.entries(mail_message_id=message.id, partner_id=partner.id)
        tracking = self.env["mail.tracking.email"].search([
            ("mail_message_id", "=", message.id), ("partner_id", "=", partner.id)])
        self.assertEqual((len(entry), len(tracking)), (1, 1))
        return entry, tracking

    def test_sent_email_is_delivered(self):
        entry, tracking = self.post_and_track()
        self.assertEqual(tracking.state, "sent")
        self.assertEqual(entry.delivery_status, "delivered")
        self.assertFalse(entry.opened_date)

    def test_each_tracking_event_gives_its_delivery_status(self):
        for event_type, status in EVENT_STATUSES:
            with self.subTest(event=event_type):
                entry, tracking = self.post_and_track()
                tracking.event_create(event_type, {})
                self.assertEqual(self.entries(id=entry.id).delivery_status, status)

    def test_smtp_error_is_an_error(self):
        entry, tracking = self.post_and_track()
        tracking.smtp_error(self.env["ir.mail_server"], "smtp.example.com",
                            OSError("Connection refused"))
        self.assertEqual(self.entries(id=entry.id).delivery_status, "error")

    def test_first_open_dates_the_entry(self):
        entry, tracking = self.post_and_track()
        tracking.event_create("open", {"time": "2026-03-02 08:30:00", "timestamp": 1772440200})
        tracking.event_create("open", {"time": "2026-03-05 17:00:00", "timestamp": 1772730000})
        entry = self.entries(id=entry.id)
        self.assertEqual(entry.delivery_status, "opened")
        self.assertEqual(entry.opened_date, "2026-03-02 08:30:00")

    def test_bounce_event_dates_the_bounce(self):
        entry, tracking = self.post_and_track()
        tracking.event_create("hard_bounce", {"time": "2026-03-02 08:30:00"})
        self.assertEqual(self.entries(id=entry.id).bounce_date, "2026-03-02 08:30:00")

    def test_other_recipients_entry_keeps_its_status(self):
        entry, tracking = self.post_and_track(self.contact | self.other_customer)
        tracking.event_create("open", {})
        other, _tracking = self.entry_and_tracking(entry.mail_message_id, self.other_customer)
        self.assertEqual(self.entries(id=entry.id).delivery_status, "opened")
        self.assertEqual(other.delivery_status, "delivered")
        self.assertFalse(other.opened_date)

    def test_interactions_user_sees_the_tracking_events(self):
        entry, tracking = self.post_and_track()
        tracking.event_create("open", {})
        events = entry.sudo(self.user).tracking_event_ids
        self.assertEqual(events.mapped("event_type"), ["sent", "open"])
        self.assertEqual(events.mapped("tracking_email_id"), tracking)

    def test_interactions_user_cannot_set_the_tracking_fields(self):
        entry, tracking = self.post_and_track()
        tracking.event_create("open", {})
        for values in ({"opened_date": "2000-01-01 00:00:00"},
                       {"delivery_status": "delivered"},
                       {"tracking_event_ids": [(5,)]}):
            with self.subTest(values=values), self.assertRaises(AccessError):
                entry.sudo(self.user).write(values)
        entry = self.entries(id=entry.id)
        self.assertEqual(entry.delivery_status, "opened")
        self.assertEqual(len(entry.tracking_event_ids), 2)

    def test_interactions_user_cannot_log_an_opened_entry(self):
        with self.assertRaises(AccessError):
            self.Entry.sudo(self.user).log_interactions(
                self.contact, self.templates["email"], opened_date=fields.Datetime.now())

    def test_failed_update_never_fails_the_open(self):
        """A database error while updating the entry (a constraint that
        refuses the opened status) is rolled back: mail_tracking still
        records the open, the entry keeps its status."""
        entry, tracking = self.post_and_track()
        self.env.cr.execute("ALTER TABLE interaction_log_entry ADD CONSTRAINT "
                            "test_never_opened CHECK (delivery_status <> 'opened') NOT VALID")
        with mute_logger("odoo.addons.interaction_log.recording", "odoo.sql_db"):
            tracking.event_create("open", {})
        self.assertEqual(tracking.state, "opened")
        self.assertEqual(tracking.tracking_event_ids.mapped("event_type"), ["open", "sent"])
        self.assertEqual(self.entries(id=entry.id).delivery_status, "delivered")

    def test_install_follows_the_emails_tracked_before(self):
        """Emails tracked before the addon was installed (a tracking made
        with its state, as no hook saw it): installing follows them."""
        entry, _tracking = self.post_and_track()
        self.env["mail.tracking.email"].create({
            "mail_message_id": entry.mail_message_id.id, "partner_id": self.contact.id,
            "state": "unsub", "time": "2099-01-01 00:00:00"})
        self.assertEqual(self.entries(id=entry.id).delivery_status, "delivered")
        post_init_hook(self.env.cr, self.env.registry)
        self.assertEqual(self.entries(id=entry.id).delivery_status, "unsubscribed")
