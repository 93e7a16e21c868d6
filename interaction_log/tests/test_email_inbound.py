# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

from odoo import SUPERUSER_ID
from odoo.exceptions import AccessError
from odoo.tools import mute_logger

from .common_conversations import ConversationCase

REPLY = """\
Return-Path: <{sender}>
From: {name} <{sender}>
To: Offers <offers@example.com>
Subject: {subject}
Message-Id: <{message_id}>
In-Reply-To: {in_reply_to}
References: {in_reply_to}
Date: Tue, 01 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
{headers}
Thank you, we accept the offer.
"""

BOUNCE = """\
From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
To: Offers <offers@example.com>
Subject: Undelivered Mail Returned to Sender
Message-Id: <bounce-1@mail.example.com>
In-Reply-To: {in_reply_to}
References: {in_reply_to}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

The mail could not be delivered to {recipient}.
--b1--
"""


class TestEmailInbound(ConversationCase):
    """Emails received through the mail gateway (message_process, as
    fetchmail and odoo-mailgate deliver them) from a known contact record
    one inbound email entry."""

    @classmethod
    def setUpFixtures(cls):
        super(TestEmailInbound, cls).setUpFixtures()
        cls.sent = cls.post_offer()

    def receive(self, sender="contact@example.com", name="Interaction Contact",
                message_id="reply-1@customer.example.com", headers=""):
        raw = REPLY.format(sender=sender, name=name, subject="Re: Offer",
                           message_id=message_id, in_reply_to=self.sent.message_id,
                           headers=headers)
        return self.env["mail.thread"].message_process(False, raw)

    def inbound(self):
        return self.entries(template_id=self.templates["email_inbound"].id)

    def test_reply_from_known_contact_records_inbound_entry(self):
        self.assertEqual(self.receive(), self.customer.id, "routed to the thread it answers")
        entry = self.inbound()
        self.assertEqual(len(entry), 1)
        self.assertFields(entry, partner_id=self.contact,
                          template_id=self.templates["email_inbound"],
                          information_flow="inbound", initiated_by="them",
                          correspondence_type="email", subject="Re: Offer",
                          document_ref=self.customer)
        self.assertEqual(entry.mail_message_id.message_id, "<reply-1@customer.example.com>")
        self.assertFalse(entry.delivery_status)

    def test_same_email_delivered_twice_records_once(self):
        self.receive()
        self.receive()
        self.assertEqual(len(self.inbound()), 1)

    def test_email_to_the_contact_thread_has_no_source_document(self):
        raw = REPLY.format(sender="contact@example.com", name="Interaction Contact",
                           subject="Question", message_id="direct-1@customer.example.com",
                           in_reply_to="", headers="")
        self.env["mail.thread"].message_process("res.partner", raw, thread_id=self.contact.id)
        entry = self.inbound()
        self.assertEqual(entry.partner_id, self.contact)
        self.assertFalse(entry.document_ref)

    def test_unknown_sender_records_nothing(self):
        self.receive(sender="stranger@unknown.example.com", name="Stranger")
        self.assertTrue(self.env["mail.message"].search(
            [("message_id", "=", "<reply-1@customer.example.com>")]), "the email is posted")
        self.assertFalse(self.inbound())

    def test_bounce_records_nothing(self):
        raw = BOUNCE.format(in_reply_to=self.sent.message_id, recipient="contact@example.com")
        with mute_logger("odoo.addons.mail.models.mail_thread"):
            self.env["mail.thread"].message_process(False, raw)
        self.assertFalse(self.inbound())

    def test_auto_reply_records_nothing(self):
        self.receive(headers="Auto-Submitted: auto-replied\nX-Autoreply: yes\n")
        self.assertTrue(self.env["mail.message"].search(
            [("message_id", "=", "<reply-1@customer.example.com>")]), "the email is posted")
        self.assertFalse(self.inbound())

    def test_email_from_internal_user_records_nothing(self):
        self.receive(sender=self.user.email, name=self.user.name)
        self.assertFalse(self.inbound())

    def test_context_key_does_not_make_an_inbound_email(self):
        """The context is caller input over RPC: no key of it makes an email
        posted by hand an email received through the mail gateway."""
        poster = self._create_user("il_poster", ["base.group_user", "base.group_partner_manager"])
        self.customer.sudo(poster).with_context(interaction_log_inbound=True).message_post(
            body="<p>Forged</p>", subject="Forged", message_type="email",
            subtype="mail.mt_comment", author_id=self.contact.id)
        self.assertFalse(self.inbound())

    def test_routing_values_without_an_email_are_refused(self):
        """message_route_process is public in Odoo 11 and its routes post as
        the user they name: a client calling it with values of its own (no
        email it could send) is refused, and nothing is posted."""
        poster = self._create_user("il_poster", ["base.group_user", "base.group_partner_manager"])
        with self.assertRaisesRegex(AccessError, "routed by the mail gateway only"):
            self.env["mail.thread"].sudo(poster).message_route_process({}, {
                "message_id": "<forged-1@customer.example.com>", "message_type": "email",
                "subject": "Forged", "body": "<p>Forged</p>", "author_id": self.contact.id,
            }, [("res.partner", self.customer.id, {}, SUPERUSER_ID, False)])
        self.assertFalse(self.env["mail.message"].search(
            [("message_id", "=", "<forged-1@customer.example.com>")]))
        self.assertFalse(self.inbound())

    def test_recording_error_never_fails_the_routing(self):
        """A database error while recording is logged as a warning and
        rolled back: the email is routed and posted all the same."""
        def failing(thread, message):
            thread.env.cr.execute("SELECT 1 / 0")

        with mock.patch.object(type(self.customer), "_interaction_log_inbound_email", failing), \
                mute_logger("odoo.sql_db"), \
                self.assertLogs("odoo.addons.interaction_log.recording", "WARNING"):
            self.assertEqual(self.receive(), self.customer.id)
        self.assertTrue(self.env["mail.message"].search(
            [("message_id", "=", "<reply-1@customer.example.com>")]), "the email is posted")
        self.assertFalse(self.inbound())
