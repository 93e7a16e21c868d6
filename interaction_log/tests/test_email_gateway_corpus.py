# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The mail gateway never raises because of us: a corpus of malformed and
unusual emails, each delivered the way fetchmail delivers it."""
import email
import logging
import os
from contextlib import contextmanager
from email.errors import HeaderParseError

from odoo.tools import mute_logger

from ..models.mail_thread import MailThread as InteractionMailThread
from .common_conversations import ConversationCase

CORPUS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mail_corpus")
RECORDED, IGNORED = "recorded", "ignored"

#: every message of mail_corpus/ and what the gateway does with it: one
#: inbound entry for the contact who wrote it, or nothing
CORPUS = {
    # the control: a plain reply of the contact to our email
    "control_reply": RECORDED,
    "control_reply_crlf": RECORDED,
    # raw 8-bit headers (not RFC 2047 encoded)
    "precedence_8bit_utf8": RECORDED,  # "bülk" is no automatic precedence
    "subject_8bit_utf8": RECORDED,
    "subject_8bit_latin1": RECORDED,
    "from_8bit_utf8": RECORDED,
    "from_8bit_latin1": RECORDED,
    "auto_submitted_8bit": IGNORED,
    "precedence_bulk_8bit": IGNORED,
    "in_reply_to_8bit": IGNORED,
    "attachment_filename_8bit": RECORDED,
    # RFC 2047 garbage
    "rfc2047_unknown_charset_subject": RECORDED,
    "rfc2047_unterminated_subject": RECORDED,
    "rfc2047_unknown_charset_from": RECORDED,
    "rfc2047_bad_base64_from": IGNORED,
    "rfc2047_bad_base64_precedence": RECORDED,
    "rfc2047_encoded_precedence_bulk": IGNORED,
    # no author Odoo can find: the gateway's user is the author
    "from_missing": IGNORED,
    "from_angle_brackets": IGNORED,
    "from_unterminated_quote": IGNORED,
    "from_unterminated_quote_with_address": IGNORED,  # Odoo finds no address in it
    # bodies
    "body_empty": RECORDED,
    "body_missing": RECORDED,
    "body_nul_bytes": RECORDED,
    "body_bad_base64": RECORDED,
    "multipart_without_boundary": RECORDED,
    "header_without_colon": RECORDED,
    # charsets other than UTF-8
    "charset_iso_8859_1": RECORDED,
    "charset_windows_1252": RECORDED,
    "charset_shift_jis": RECORDED,
    "charset_koi8_r": RECORDED,
    "charset_unknown": RECORDED,
    # automatic replies
    "auto_reply_exchange_out_of_office": IGNORED,
    "auto_reply_rfc3834_vacation": IGNORED,
    "auto_reply_x_autoreply": IGNORED,
    "auto_reply_precedence_list": IGNORED,
    # our own email coming back: a duplicate Message-Id
    "duplicate_message_id_of_our_email": IGNORED,
    # delivery status notifications, as the MTAs send them
    "dsn_postfix": IGNORED,
    "dsn_postfix_to_bounce_address": IGNORED,
    "dsn_to_bounce_address_final_recipient_without_type": IGNORED,
    "dsn_exim": IGNORED,
    "dsn_exim_plain_text": IGNORED,
    "dsn_exchange": IGNORED,
    "dsn_gmail": IGNORED,
    # made by the test (make_*): deep nesting, huge headers
    "multipart_nested_20_levels": RECORDED,
    "subject_100_kb": RECORDED,
    "received_1000_lines": RECORDED,
}

#: the messages Odoo's own gateway refuses (raises), our addons or not: the
#: error stays and fetchmail leaves the message unread, as without us
ODOO_REFUSES = {
    # mail.thread.message_parse: message['In-Reply-To'].strip() on the raw header
    "in_reply_to_8bit": AttributeError,
    # mail.thread.message_parse decodes the From header with
    # email.header.decode_header, which raises on a bad base64 encoded word
    "rfc2047_bad_base64_from": HeaderParseError,
    # mail.thread.message_route, bounce address: Final-Recipient.split(';', 1)[1]
    "dsn_to_bounce_address_final_recipient_without_type": IndexError,
}


class _RolledBack(Exception):
    """Ends a savepoint that must leave nothing behind."""


class RecordingWarnings(logging.Handler):
    """The warnings recording_never_fails logs when recording fails."""

    def __init__(self):
        super(RecordingWarnings, self).__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def reply_headers(name, mime, subject=b"Re: Offer"):
    """A reply of the contact to the fixture's email, with ``mime`` (the
    Content-Type header, the blank line and the body) and ``subject``."""
    return (b"From: Interaction Contact <contact@example.com>\n"
            b"To: Offers <offers@example.com>\n"
            b"Subject: " + subject + b"\n"
            b"Message-Id: <corpus-" + name.encode() + b"@customer.example.com>\n"
            b"In-Reply-To: %IN_REPLY_TO%\nReferences: %IN_REPLY_TO%\n"
            b"Date: Tue, 01 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n" + mime)


def make_multipart_nested_20_levels():
    """The text of the reply inside 20 levels of multipart/mixed."""
    raw = b"Content-Type: text/plain; charset=utf-8\n\nThank you, deep inside.\n"
    for level in range(20):
        raw = (b'Content-Type: multipart/mixed; boundary="level%d"\n\n--level%d\n%s'
               b"\n--level%d--\n" % (level, level, raw, level))
    return reply_headers("multipart_nested_20_levels", raw)


def make_subject_100_kb():
    """A Subject header of 100 kB, on one line."""
    subject = b"Re: Offer " + b"very long subject " * 5700
    return reply_headers("subject_100_kb", b"Content-Type: text/plain\n\nThank you.\n",
                         subject=subject)


def make_received_1000_lines():
    """1,000 Received headers (2,000 lines) above the reply's headers."""
    received = b"".join(
        b"Received: from relay%d.example.net (relay%d.example.net [198.51.100.%d])\n"
        b"\tby relay%d.example.net with ESMTP; Tue, 01 Dec 2026 10:00:00 +0000\n"
        % (hop, hop, hop % 250, hop + 1) for hop in range(1000))
    return received + reply_headers(
        "received_1000_lines", b"Content-Type: text/plain\n\nThank you, at last.\n")


MADE = {
    "multipart_nested_20_levels": make_multipart_nested_20_levels,
    "subject_100_kb": make_subject_100_kb,
    "received_1000_lines": make_received_1000_lines,
}


class TestEmailGatewayCorpus(ConversationCase):
    """Each message of the corpus, delivered through message_process as
    fetchmail delivers it (bytes; a reply to our email by its In-Reply-To,
    else to the contact's chatter), records one inbound entry or nothing,
    and raises only where Odoo's own gateway raises without our addons."""

    @classmethod
    def setUpFixtures(cls):
        super(TestEmailGatewayCorpus, cls).setUpFixtures()
        cls.sent = cls.post_offer()

    def corpus_message(self, name):
        """The raw bytes of message ``name``, addressed to the fixtures."""
        if name in MADE:
            raw = MADE[name]()
        else:
            with open(os.path.join(CORPUS_DIR, name + ".eml"), "rb") as handle:
                raw = handle.read()
        return raw.replace(b"%IN_REPLY_TO%", self.sent.message_id.encode()).replace(
            b"%CONTACT_ID%", str(self.contact.id).encode())

    def deliver(self, raw):
        """Deliver ``raw`` as fetchmail does: bytes, with a fallback model."""
        return self.env["mail.thread"].message_process(
            "res.partner", raw, thread_id=self.contact.id)

    def odoo_refusal(self, raw):
        """What Odoo's own gateway raises for ``raw`` without our addons
        (None when it takes the message), nothing of it kept: the steps of
        mail.thread.message_process as it runs them, with the one step
        our addons override, message_route_process, called below ours in
        the MRO (an inbound email is no chatter comment: our message_post
        only calls its super for it)."""
        Thread = self.env["mail.thread"]
        try:
            with self.env.cr.savepoint(), mute_logger("odoo.sql_db"):
                message = email.message_from_bytes(raw)
                message_dict = Thread.message_parse(message)
                if not self.env["mail.message"].search(
                        [("message_id", "=", message_dict.get("message_id"))]):
                    routes = Thread.message_route(
                        message, message_dict, "res.partner", self.contact.id, None)
                    super(InteractionMailThread, Thread).message_route_process(
                        message, message_dict, routes)
                raise _RolledBack()
        except _RolledBack:
            return None
        except Exception as error:  # pylint: disable=broad-except
            return error
        finally:
            self.env.clear()

    @contextmanager
    def assertNoRecordingFailure(self):
        """Nothing our addons record fails (recording_never_fails would log
        it and record nothing: a message ignored by accident)."""
        handler = RecordingWarnings()
        logger = logging.getLogger("odoo.addons.interaction_log.recording")
        logger.addHandler(handler)
        try:
            yield
        finally:
            logger.removeHandler(handler)
        self.assertFalse(handler.messages, "recording failed")

    def assertDelivered(self, name):
        """Message ``name`` is recorded or ignored as CORPUS says, and
        raises only what Odoo's own gateway raises for it."""
        raw = self.corpus_message(name)
        refusal = self.odoo_refusal(raw)
        self.assertEqual(type(refusal) if refusal else None, ODOO_REFUSES.get(name),
                         "what Odoo's own gateway raises: %r" % refusal)
        entries_before = self.Entry.search([]).ids
        with self.assertNoRecordingFailure():
            if refusal:
                with self.assertRaises(type(refusal)), self.env.cr.savepoint(), \
                        mute_logger("odoo.sql_db"):
                    self.deliver(raw)
                self.env.clear()
            else:
                self.deliver(raw)
        self.Entry.invalidate_cache()
        new = self.Entry.search([("id", "not in", entries_before)])
        if CORPUS[name] == IGNORED:
            self.assertFalse(new, "the message records nothing")
            return
        message_id = email.message_from_bytes(raw)["Message-Id"]
        self.assertEqual(len(new), 1, "the message records one entry")
        self.assertFields(new, partner_id=self.contact, information_flow="inbound",
                          template_id=self.templates["email_inbound"])
        self.assertEqual(new.mail_message_id.message_id, message_id)

    def test_corpus_lists_every_message(self):
        files = {name[:-len(".eml")] for name in os.listdir(CORPUS_DIR)
                 if name.endswith(".eml")}
        self.assertEqual(files | set(MADE), set(CORPUS))
        self.assertGreaterEqual(len(CORPUS), 30)
        self.assertLessEqual(set(ODOO_REFUSES), set(CORPUS))

    def test_odoo_baseline_keeps_nothing(self):
        self.assertIsNone(self.odoo_refusal(self.corpus_message("control_reply")))
        self.assertFalse(self.env["mail.message"].search(
            [("message_id", "=", "<corpus-control_reply@customer.example.com>")]))

    def test_control_reply_records_one_inbound_entry(self):
        self.assertEqual(self.deliver(self.corpus_message("control_reply")),
                         self.customer.id, "routed to the thread it answers")
        entry = self.entries(template_id=self.templates["email_inbound"].id)
        self.assertEqual(len(entry), 1)
        self.assertFields(entry, partner_id=self.contact, document_ref=self.customer,
                          subject="Re: Offer")


def _corpus_test(name):
    def test(self):
        self.assertDelivered(name)
    test.__name__ = "test_corpus_%s" % name
    test.__doc__ = "Corpus message %s: %s." % (name, CORPUS[name])
    return test


for _name in CORPUS:
    setattr(TestEmailGatewayCorpus, "test_corpus_%s" % _name, _corpus_test(_name))
