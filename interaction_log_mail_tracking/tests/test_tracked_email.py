# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import xmlrpc.client
from email.utils import formatdate

from werkzeug.test import Client
from werkzeug.wrappers import Response

from odoo import fields
from odoo.service.wsgi_server import application
from odoo.tests.common import at_install, post_install

from odoo.addons.interaction_log.tests import test_email_delivery_status as delivery

USER_LOGIN, USER_PASSWORD = "il_tracking_user", "tracking-user-pass"
#: a webmail in Firefox on Linux shows the email and loads its images
WEBMAIL = "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0"


@at_install(False)  # real SMTP sending and committed data: after the install
@post_install(True)
class TestTrackedEmail(delivery.EmailDeliveryCase):
    """A real email, sent by the mail queue to a local SMTP server with
    mail_tracking installed, then opened through mail_tracking's open pixel
    (``/mail/tracking/open/<db>/<tracking id>/blank.gif``) and bounced
    through the mail gateway (``message_process`` of a delivery status
    notification), as a mail client and a mail server would do. The data is
    committed (the core's delivery status tests: at post_install) and the
    requests go through Odoo's WSGI application in threads of their own,
    as its HTTP server runs them."""

    def setUp(self):
        super(TestTrackedEmail, self).setUp()
        self.addCleanup(self.delete_trackings)  # before the core's cleanup
        self.sink = delivery.SmtpSink()
        self.smtp_server(self.sink)
        with self.committed_env() as env:
            self.user_id = env["res.users"].create({
                "name": "Tracking Interactions User", "login": USER_LOGIN,
                "password": USER_PASSWORD, "email": "tracking.user@example.com",
                "groups_id": [(6, 0, [env.ref("base.group_user").id, env.ref(
                    "interaction_log.group_interaction_user").id])]}).id

    def delete_trackings(self):
        with self.committed_env() as env:
            env["mail.tracking.email"].search([("partner_id", "in", self.partner_ids)]).unlink()
            user = env["res.users"].browse(self.user_id)
            partner = user.partner_id
            user.unlink()
            partner.unlink()

    def sent_email(self):
        """Post the email to the test contact and send it; return its
        message id and the contact's tracking id."""
        message_id, _status = self.post_email()
        self.send_queued(message_id)
        with self.committed_env() as env:
            tracking = env["mail.tracking.email"].search([
                ("mail_message_id", "=", message_id), ("partner_id", "=", self.partner_id)])
            self.assertEqual(tracking.state, "sent")
            return message_id, tracking.id

    def entry_of(self, env, message_id):
        return env["interaction.log.entry"].search([
            ("mail_message_id", "=", message_id), ("partner_id", "=", self.partner_id)])

    def request(self, path, data=None):
        """The response of Odoo to a request, in a thread of its own."""
        def run():
            client = Client(application, Response)
            if data is None:
                return client.get(path, headers={"User-Agent": WEBMAIL})
            return client.post(path, data=data, content_type="text/xml")
        response, = self.run_in_threads(run)
        self.assertIsInstance(response, Response, response)
        return response

    def open_pixel(self, tracking_id):
        with self.committed_env() as env:
            db = env.cr.dbname
        response = self.request("/mail/tracking/open/%s/%d/blank.gif" % (db, tracking_id))
        self.assertEqual((response.status_code, response.mimetype), (200, "image/gif"))

    def test_opened_email_reads_opened_with_the_date(self):
        message_id, tracking_id = self.sent_email()
        self.assertEqual(self.status_of(message_id), "delivered")
        before = fields.Datetime.now()
        self.open_pixel(tracking_id)
        with self.committed_env() as env:
            entry = self.entry_of(env, message_id)
            self.assertEqual(entry.delivery_status, "opened")
            self.assertGreaterEqual(entry.opened_date, before)
            self.assertLessEqual(entry.opened_date, fields.Datetime.now())

    def test_entry_shows_the_tracking_events_to_an_interactions_user(self):
        message_id, tracking_id = self.sent_email()
        self.open_pixel(tracking_id)
        with self.committed_env() as env:
            events = self.entry_of(env, message_id).sudo(self.user_id).tracking_event_ids
            self.assertEqual(events.mapped("event_type"), ["sent", "open"])
            self.assertEqual(events[0].smtp_server, "127.0.0.1")
            self.assertEqual((events[1].ua_family, events[1].os_family), ("firefox", "linux"))

    def test_bounce_through_the_mail_gateway_is_a_hard_bounce(self):
        """The contact's mail server sends the email back to its bounce
        address: mail_tracking records a hard bounce (and flags the
        contact's address), the entry reads Bounced."""
        with self.committed_env() as env:
            env["ir.config_parameter"].set_param("mail.catchall.domain", "odoo.example.com")
        message_id, tracking_id = self.sent_email()
        envelope, = self.sink.envelopes
        with self.committed_env() as env:
            env["mail.thread"].message_process(False, delivery.DSN.format(
                bounce_address=envelope.mail_from, recipient="smtp.contact@example.com",
                date=formatdate(), original=envelope.content.decode().replace("\r\n", "\n")))
        with self.committed_env() as env:
            tracking = env["mail.tracking.email"].browse(tracking_id)
            self.assertEqual(tracking.state, "bounced")
            self.assertEqual(tracking.tracking_event_ids.mapped("event_type"),
                             ["hard_bounce", "sent"])
            self.assertTrue(tracking.partner_id.email_bounced)
            entry = self.entry_of(env, message_id)
            self.assertEqual(entry.delivery_status, "bounced")
            self.assertTrue(entry.bounce_date)

    def test_interactions_user_cannot_set_the_open_date_over_xmlrpc(self):
        message_id, _tracking_id = self.sent_email()
        with self.committed_env() as env:
            db, entry_id = env.cr.dbname, self.entry_of(env, message_id).id
        response = self.request("/xmlrpc/2/object", xmlrpc.client.dumps((
            db, self.user_id, USER_PASSWORD, "interaction.log.entry", "write",
            [[entry_id], {"opened_date": "2026-01-01 00:00:00"}]), "execute_kw"))
        with self.assertRaisesRegex(xmlrpc.client.Fault, "set by the system"):
            xmlrpc.client.loads(response.data)
        with self.committed_env() as env:
            self.assertFalse(self.entry_of(env, message_id).opened_date)

