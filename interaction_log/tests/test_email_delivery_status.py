# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import socket

from aiosmtpd.controller import Controller

from odoo.tests.common import at_install, post_install
from odoo.tools import mute_logger

from .common import CommittedCase
from .common_conversations import setup_conversation_templates


class SmtpSink(object):
    """aiosmtpd handler: accepts every recipient and keeps the messages, or
    refuses every recipient as an unknown mailbox."""

    def __init__(self, refuse=False):
        self.refuse = refuse
        self.envelopes = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@at_install(False)  # real SMTP sending and committed data: after the install
@post_install(True)
class TestEmailDeliveryStatus(CommittedCase):
    """An email entry is in progress until the mail queue sends its email,
    delivered once a real SMTP server (aiosmtpd on localhost, set as Odoo's
    outgoing mail server) accepted it, error when the server refused it or
    could not be reached. The sending runs in its own thread and cursor, as
    after the commit of a post and in the mail queue's cron: Odoo sends
    nothing for real in a test thread. The data is committed, and deleted
    again at the end."""

    def setUp(self):
        super(TestEmailDeliveryStatus, self).setUp()
        self.created = []
        self.addCleanup(self.delete_committed_data)
        with self.committed_env() as env:
            company = env.ref("base.main_company")
            Setup = env["interaction.template.setup"]
            self.old_setups = [(setup.document_type, setup.template_id.id) for setup in
                               Setup.search([("company_id", "=", company.id)])]
            group = env["interaction.group"].create({
                "code": "SMTPGRP", "name": "SMTP test", "company_id": company.id})
            self.created.append(group)
            templates = setup_conversation_templates(env, company, group)
            self.created += list(templates.values())
            self.group_id, self.template_ids = group.id, [t.id for t in templates.values()]
            self.company_id = company.id
            self.partner_id = env["res.partner"].create({
                "name": "SMTP Contact", "email": "smtp.contact@example.com"}).id

    def delete_committed_data(self):
        with self.committed_env() as env:
            entries = env["interaction.log.entry"].search([("partner_id", "=", self.partner_id)])
            messages = entries.mapped("mail_message_id")
            env.cr.execute("DELETE FROM interaction_log_entry WHERE id IN %s",
                           [tuple(entries.ids) or (0,)])
            env["mail.mail"].search([("mail_message_id", "in", messages.ids)]).unlink()
            messages.unlink()
            env["ir.mail_server"].search([("name", "=like", "IL test SMTP%")]).unlink()
            Setup = env["interaction.template.setup"]
            Setup.search([("template_id", "in", self.template_ids)]).unlink()
            for document_type, template_id in self.old_setups:
                if not Setup.search([("company_id", "=", self.company_id),
                                     ("document_type", "=", document_type)]):
                    Setup.create({"company_id": self.company_id,
                                  "document_type": document_type, "template_id": template_id})
            env["interaction.template"].browse(self.template_ids).unlink()
            env["interaction.group"].browse(self.group_id).unlink()
            env["res.partner"].browse(self.partner_id).unlink()

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

    def post_email(self):
        """Post a message to the contact, queued (not sent yet); return its
        id and its entry's delivery status."""
        with self.committed_env() as env:
            partner = env["res.partner"].browse(self.partner_id)
            message = partner.with_context(mail_notify_force_send=False).message_post(
                body="<p>Delivery test</p>", subject="Delivery test", message_type="comment",
                subtype="mail.mt_comment", partner_ids=[self.partner_id])
            entry = env["interaction.log.entry"].search([("mail_message_id", "=", message.id)])
            self.assertEqual(len(entry), 1)
            return message.id, entry.delivery_status

    def in_another_thread(self, function):
        """Run function(env) in a thread of its own with its own cursor, as
        Odoo's post-commit sending and the cron do (not a test thread: the
        email really leaves through SMTP)."""
        def run():
            with self.committed_env() as env:
                function(env)
        self.assertEqual(self.run_in_threads(run), [None])

    def status_of(self, message_id):
        with self.committed_env() as env:
            return env["interaction.log.entry"].search(
                [("mail_message_id", "=", message_id)]).delivery_status

    def test_accepted_email_is_delivered(self):
        sink = SmtpSink()
        self.smtp_server(sink)
        message_id, status = self.post_email()
        self.assertEqual(status, "in_progress", "queued: not sent yet")
        self.in_another_thread(lambda env: env["mail.mail"].search(
            [("mail_message_id", "=", message_id)]).send())
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
            self.in_another_thread(lambda env: env["mail.mail"].search(
                [("mail_message_id", "=", message_id)]).send())
        self.assertEqual(self.status_of(message_id), "error")
