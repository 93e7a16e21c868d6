# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import socket
from email.utils import formatdate

from aiosmtpd.controller import Controller

from odoo import fields
from odoo.tests.common import at_install, post_install
from odoo.tools import mute_logger

from .common import CommittedCase
from .common_conversations import setup_conversation_templates


class SmtpSink(object):
    """aiosmtpd handler: accepts the recipients and keeps the messages;
    refuses as an unknown mailbox every recipient (``refuse``) or those
    whose address is in ``refused``."""

    def __init__(self, refuse=False, refused=()):
        self.refuse, self.refused = refuse, set(refused)
        self.envelopes = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse or address in self.refused:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


#: a delivery status notification (RFC 3464) as Postfix sends it back to
#: the envelope sender when the recipient's mail server refuses the email
#: after the relay accepted it; the undelivered email comes back attached
DSN = """\
From: MAILER-DAEMON@mx.example.com (Mail Delivery System)
To: {bounce_address}
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-Id: <20260101120000.4F2C1A0@mx.example.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4F2C1A0.1767268800/mx.example.com"

This is a MIME-encapsulated message.

--4F2C1A0.1767268800/mx.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{recipient}>: host mx.example.com said: 550 5.1.1 <{recipient}>:
    Recipient address rejected: User unknown in virtual mailbox table

--4F2C1A0.1767268800/mx.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
X-Postfix-Queue-ID: 4F2C1A0
X-Postfix-Sender: rfc822; {bounce_address}
Arrival-Date: {date}

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822;{recipient}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <{recipient}>: Recipient address rejected:
    User unknown in virtual mailbox table

--4F2C1A0.1767268800/mx.example.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

{original}
--4F2C1A0.1767268800/mx.example.com--
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EmailDeliveryCase(CommittedCase):
    """A real SMTP server for the mail queue, a contact and the templates
    set up for emails, committed (bridges reuse it: email tracking).

    An email entry is in progress until the mail queue sends its email,
    delivered once a real SMTP server (aiosmtpd on localhost, set as Odoo's
    outgoing mail server) accepted it, error when the server refused it or
    could not be reached. The sending runs in its own thread and cursor, as
    after the commit of a post and in the mail queue's cron: Odoo sends
    nothing for real in a test thread. The data is committed, and deleted
    again at the end."""

    def setUp(self):
        super(EmailDeliveryCase, self).setUp()
        self.created = []
        self.partner_ids = []
        self.addCleanup(self.delete_committed_data)
        with self.committed_env() as env:
            company = env.ref("base.main_company")
            Setup = env["interaction.template.setup"]
            self.old_setups = [(setup.document_type, setup.template_id.id) for setup in
                               Setup.search([("company_id", "=", company.id)])]
            self.old_catchall = env["ir.config_parameter"].get_param("mail.catchall.domain")
            group = env["interaction.group"].create({
                "code": "SMTPGRP", "name": "SMTP test", "company_id": company.id})
            self.created.append(group)
            templates = setup_conversation_templates(env, company, group)
            self.created += list(templates.values())
            self.group_id, self.template_ids = group.id, [t.id for t in templates.values()]
            self.company_id = company.id
        self.partner_id = self.create_contact("SMTP Contact", "smtp.contact@example.com")

    def create_contact(self, name, email):
        with self.committed_env() as env:
            partner_id = env["res.partner"].create({"name": name, "email": email}).id
        self.partner_ids.append(partner_id)
        return partner_id

    def delete_committed_data(self):
        with self.committed_env() as env:
            entries = env["interaction.log.entry"].search([
                ("partner_id", "in", self.partner_ids)])
            messages = entries.mapped("mail_message_id")
            env.cr.execute("DELETE FROM interaction_log_entry WHERE id IN %s",
                           [tuple(entries.ids) or (0,)])
            env["mail.mail"].search([("mail_message_id", "in", messages.ids)]).unlink()
            messages.unlink()
            env["ir.mail_server"].search([("name", "=like", "IL test SMTP%")]).unlink()
            env["ir.config_parameter"].set_param("mail.catchall.domain", self.old_catchall)
            Setup = env["interaction.template.setup"]
            Setup.search([("template_id", "in", self.template_ids)]).unlink()
            for document_type, template_id in self.old_setups:
                if not Setup.search([("company_id", "=", self.company_id),
                                     ("document_type", "=", document_type)]):
                    Setup.create({"company_id": self.company_id,
                                  "document_type": document_type, "template_id": template_id})
            env["interaction.template"].browse(self.template_ids).unlink()
            env["interaction.group"].browse(self.group_id).unlink()
            env["res.partner"].browse(self.partner_ids).unlink()

    def smtp_server(self, handler=None):
        """An ir.mail_server for a local SMTP server; started when
        ``handler`` is given, else nothing listens on its port."""
        port = free_port()
        if handler is not None:
            controller = Controller(handler, hostname="127.0.0.1", port=port)
            controller.start()
            self.addCleanup(controller.stop)
        with self.committed_env() as env:
            env["ir.mail_server"].create({
                "name": "IL test SMTP %d" % port, "smtp_host": "127.0.0.1",
                "smtp_port": port, "smtp_encryption": "none", "sequence": 0})

    def post_email(self, partner_ids=None):
        """Post a message to the contacts (the contact of the test by
        default), queued (not sent yet); return its id and the delivery
        status of the test contact's entry."""
        partner_ids = partner_ids or [self.partner_id]
        with self.committed_env() as env:
            partner = env["res.partner"].browse(self.partner_id)
            message = partner.with_context(mail_notify_force_send=False).message_post(
                body="<p>Delivery test</p>", subject="Delivery test", message_type="comment",
                subtype="mail.mt_comment", partner_ids=partner_ids)
            entries = env["interaction.log.entry"].search([("mail_message_id", "=", message.id)])
            self.assertEqual(len(entries), len(partner_ids))
            return message.id, entries.filtered(
                lambda entry: entry.partner_id.id == self.partner_id).delivery_status

    def send_queued(self, message_id):
        """Send the queued emails of the message as the mail queue does (its
        cron sends them the same way), in another thread."""
        self.in_another_thread(lambda env: env["mail.mail"].search(
            [("mail_message_id", "=", message_id)]).send())

    def in_another_thread(self, function):
        """Run function(env) in a thread of its own with its own cursor, as
        Odoo's post-commit sending and the cron do (not a test thread: the
        email really leaves through SMTP)."""
        def run():
            with self.committed_env() as env:
                function(env)
        self.assertEqual(self.run_in_threads(run), [None])

    def status_of(self, message_id, partner_id=None):
        with self.committed_env() as env:
            return env["interaction.log.entry"].search(
                [("mail_message_id", "=", message_id),
                 ("partner_id", "=", partner_id or self.partner_id)]).delivery_status


@at_install(False)  # real SMTP sending and committed data: after the install
@post_install(True)
class TestEmailDeliveryStatus(EmailDeliveryCase):

    def test_accepted_email_is_delivered(self):
        sink = SmtpSink()
        self.smtp_server(sink)
        message_id, status = self.post_email()
        self.assertEqual(status, "in_progress", "queued: not sent yet")
        self.send_queued(message_id)
        self.assertEqual(self.status_of(message_id), "delivered")
        self.assertEqual([envelope.rcpt_tos for envelope in sink.envelopes],
                         [["smtp.contact@example.com"]], "the SMTP server got the email")

    def test_refused_email_sent_by_the_cron_is_an_error(self):
        self.smtp_server(SmtpSink(refuse=True))
        message_id, status = self.post_email()
        self.assertEqual(status, "in_progress")
        with mute_logger("odoo.addons.mail.models.mail_mail"):
            self.in_another_thread(lambda env: env.ref(
                "mail.ir_cron_mail_scheduler_action").method_direct_trigger())
        self.assertEqual(self.status_of(message_id), "error")

    def test_unreachable_server_is_an_error(self):
        self.smtp_server()
        message_id, _status = self.post_email()
        with mute_logger("odoo.addons.mail.models.mail_mail"):
            self.send_queued(message_id)
        self.assertEqual(self.status_of(message_id), "error")

    def test_each_recipient_has_the_status_of_their_own_email(self):
        """One notification email to two contacts: the SMTP server accepts
        the first one's and refuses the second one's (Odoo 11 sends each
        recipient contact its own message, and stops at the refusal)."""
        refused_id = self.create_contact("SMTP Refused", "refused@example.com")
        sink = SmtpSink(refused={"refused@example.com"})
        self.smtp_server(sink)
        message_id, _status = self.post_email([self.partner_id, refused_id])
        with self.committed_env() as env:
            mails = env["mail.mail"].search([("mail_message_id", "=", message_id)])
            self.assertEqual(len(mails.mapped("recipient_ids")), 2, "one email to both")
        with mute_logger("odoo.addons.mail.models.mail_mail"):
            self.send_queued(message_id)
        self.assertEqual(self.status_of(message_id), "delivered")
        self.assertEqual(self.status_of(message_id, refused_id), "error")
        self.assertEqual([envelope.rcpt_tos for envelope in sink.envelopes],
                         [["smtp.contact@example.com"]])

    def test_invalid_address_is_an_error(self):
        """Odoo skips a recipient without a valid address and sends the
        email to the others: the skipped one's entry is an error."""
        invalid_id = self.create_contact("SMTP Invalid", "no address here")
        self.smtp_server(SmtpSink())
        message_id, _status = self.post_email([self.partner_id, invalid_id])
        self.send_queued(message_id)
        self.assertEqual(self.status_of(message_id), "delivered")
        self.assertEqual(self.status_of(message_id, invalid_id), "error")

    def test_bounce_received_later_marks_the_recipients_entry_bounced(self):
        """The SMTP server accepted the email for two contacts; later the
        mail server of one of them sends a delivery status notification
        back to the bounce address (the envelope sender of the email, which
        names it): the mail gateway turns that contact's entry Bounced, on
        that day. The sent email is deleted by then, as Odoo does."""
        bounced_id = self.create_contact("SMTP Bounced", "bounced@example.com")
        sink = SmtpSink()
        self.smtp_server(sink)
        with self.committed_env() as env:
            env["ir.config_parameter"].set_param("mail.catchall.domain", "odoo.example.com")
        message_id, _status = self.post_email([self.partner_id, bounced_id])
        self.send_queued(message_id)
        self.assertEqual(self.status_of(message_id, bounced_id), "delivered")
        envelope = next(envelope for envelope in sink.envelopes
                        if envelope.rcpt_tos == ["bounced@example.com"])
        bounce_address = envelope.mail_from
        self.assertRegex(bounce_address, r"^bounce\+\d+-res\.partner-%d@odoo\.example\.com$"
                         % self.partner_id)
        with self.committed_env() as env:
            self.assertFalse(env["mail.mail"].search([("mail_message_id", "=", message_id)]),
                             "the sent notification email is deleted")
            before = fields.Datetime.now()
            env["mail.thread"].message_process(False, DSN.format(
                bounce_address=bounce_address, recipient="bounced@example.com",
                date=formatdate(), original=envelope.content.decode().replace("\r\n", "\n")))
        with self.committed_env() as env:
            entry = env["interaction.log.entry"].search([
                ("mail_message_id", "=", message_id), ("partner_id", "=", bounced_id)])
            self.assertEqual(entry.delivery_status, "bounced")
            self.assertTrue(entry.bounce_date)
            self.assertGreaterEqual(entry.bounce_date, before)
        self.assertEqual(self.status_of(message_id), "delivered", "the other contact's")
