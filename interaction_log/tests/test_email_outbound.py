# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo.tools import mute_logger

from .common_conversations import ConversationCase

_logger = logging.getLogger(__name__)
#: queries recording one email may cost, whatever its recipients
QUERY_BUDGET = 8


class TestEmailOutbound(ConversationCase):
    """A message sent from a chatter to outside contacts records one email
    entry per contact it was emailed to."""

    def send(self, record, partners, user=None, subject="Our offer", **kwargs):
        record = record.sudo(user) if user else record
        return record.with_context(mail_notify_force_send=False).message_post(
            body="<p>Hello</p>", subject=subject, message_type="comment",
            subtype="mail.mt_comment", partner_ids=partners.ids, **kwargs)

    def test_message_records_one_email_entry_per_outside_contact(self):
        message = self.send(self.customer, self.contact | self.other_customer)
        entries = self.entries(mail_message_id=message.id)
        self.assertEqual(entries.mapped("partner_id"), self.contact | self.other_customer)
        for entry in entries:
            # from the record it was sent from; queued, not sent yet
            self.assertFields(entry, template_id=self.templates["email"], document_type="email",
                              correspondence_type="email", information_flow="outbound",
                              initiated_by="us", subject="Our offer", description="Our offer",
                              document_ref=self.customer, delivery_status="in_progress",
                              user_id=self.env.user)

    def test_message_to_the_contact_itself_has_no_source_document(self):
        message = self.send(self.contact, self.contact)
        entry = self.entries(mail_message_id=message.id)
        self.assertEqual(entry.partner_id, self.contact)
        self.assertFalse(entry.document_ref)

    def test_internal_users_get_no_entry(self):
        message = self.send(self.customer, self.user.partner_id | self.contact)
        self.assertEqual(self.entries(mail_message_id=message.id).partner_id, self.contact)

    def test_followers_who_got_no_email_get_no_entry(self):
        portal = self.env["res.users"].create({
            "name": "Portal Follower", "login": "il_portal_follower",
            "email": "portal@example.com", "notification_type": "inbox",
            "groups_id": [(6, 0, [self.env.ref("base.group_portal").id])]})
        self.customer.message_subscribe([portal.partner_id.id, self.contact.id])
        message = self.send(self.customer, self.env["res.partner"])
        self.assertIn(portal.partner_id, message.needaction_partner_ids, "notified in Odoo")
        self.assertEqual(self.entries(mail_message_id=message.id).partner_id, self.contact,
                         "the follower emailed is recorded, the one notified in Odoo is not")

    def test_internal_note_records_nothing(self):
        message = self.customer.message_post(
            body="Internal", message_type="comment", subtype="mail.mt_note",
            partner_ids=self.contact.ids)
        self.assertFalse(self.entries(mail_message_id=message.id))

    def test_email_kind_not_set_up_records_nothing(self):
        self.env["interaction.template.setup"].search([("document_type", "=", "email")]).unlink()
        message = self.send(self.customer, self.contact)
        self.assertFalse(self.entries(mail_message_id=message.id))

    def test_composer_send_message_records_entry(self):
        """"Send message" in the chatter: the composer in comment mode."""
        composer = self.env["mail.compose.message"].with_context(
            default_model="res.partner", default_res_id=self.customer.id,
            default_composition_mode="comment", mail_notify_force_send=False,
        ).create({"body": "<p>Hi</p>", "subject": "Composer",
                  "partner_ids": [(6, 0, self.contact.ids)]})
        composer.send_mail()
        entry = self.entries(partner_id=self.contact.id, document_type="email")
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.subject, "Composer")
        self.assertEqual(entry.mail_message_id.res_id, self.customer.id)

    def test_user_without_interaction_rights_gets_email_recorded(self):
        sender = self._create_user("il_mail_sender", [
            "base.group_user", "base.group_partner_manager"])
        message = self.send(self.customer, self.contact, user=sender)
        entry = self.entries(mail_message_id=message.id)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.user_id, sender)

    def test_recording_error_never_fails_the_message(self):
        self.env.cr.execute("ALTER TABLE interaction_log_entry ADD CONSTRAINT test_no_boom "
                            "CHECK (subject IS DISTINCT FROM 'boom')")
        with mute_logger("odoo.addons.interaction_log.recording", "odoo.sql_db"):
            message = self.send(self.customer, self.contact, subject="boom")
        self.assertTrue(message.exists(), "the message is posted")
        self.assertIn(self.contact, message.partner_ids)
        self.assertFalse(self.entries(mail_message_id=message.id))

    def recording_queries(self, partners):
        """Queries of recording a message to ``partners``, everything the
        post does for it (its savepoint included), on an empty cache (the
        message is posted first: Odoo's own notification work grows with
        recipients)."""
        message = self.send(self.customer, partners)
        self.Entry.search([("mail_message_id", "=", message.id)]).write({"canceled": True})
        self.env.cache.invalidate()
        start = self.cr.sql_log_count
        self.customer._interaction_log_posted_email(message)
        queries = self.cr.sql_log_count - start
        self.assertEqual(len(self.entries(mail_message_id=message.id, canceled=False)),
                         len(partners))
        return queries

    def test_recording_an_email_stays_within_its_query_budget(self):
        """One email, to 1 or to 50 contacts, is recorded in at most
        QUERY_BUDGET queries (each one a round trip to the database)."""
        many = self.env["res.partner"].browse([
                self.env["res.partner"].create({
                    "name": "Recipient %d" % n, "email": "recipient%d@example.com" % n}).id
                for n in range(50)])
        self.recording_queries(many[:1])  # warm the caches
        one = self.recording_queries(many[:1])
        fifty = self.recording_queries(many)
        start = self.cr.sql_log_count
        self.send(self.customer, many[:1])
        post_one = self.cr.sql_log_count - start
        start = self.cr.sql_log_count
        self.send(self.customer, many)
        post_fifty = self.cr.sql_log_count - start
        _logger.info("email recording queries: 1 recipient %d, 50 recipients %d; whole "
                     "message_post: 1 recipient %d, 50 recipients %d",
                     one, fifty, post_one, post_fifty)
        self.assertLessEqual(one, QUERY_BUDGET)
        self.assertLessEqual(fifty, QUERY_BUDGET)
