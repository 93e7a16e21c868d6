# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import SegmentCase, create_mail_template


class TestSegmentSendAndLog(SegmentCase):
    """Send and Log emails the template's email to each contact who did not
    opt out, and logs an entry per email."""

    def test_send_and_log_skips_opted_out_contacts(self):
        self.template.mail_template_id = create_mail_template(self.env)
        for index, partner in enumerate(self.partners):
            partner.email = "segtest%d@example.com" % index
        self.partners[0].opt_out = True
        segment = self.create_segment(partner_ids=[(6, 0, self.partners.ids)])
        logged = segment.action_send_and_log()
        entries = self.Entry.search([("logged_segment_id", "=", logged.id)])
        self.assertEqual(entries.mapped("partner_id"), self.partners[1:])
        self.assertEqual(set(entries.mapped("delivery_status")), {"in_progress"})
        self.assertEqual(set(entries.mapped("correspondence_type")), {"email"})
        mails = self.env["mail.mail"].search(
            [("mail_message_id", "in", entries.mapped("mail_message_id").ids)])
        self.assertEqual(mails.mapped("recipient_ids"), self.partners[1:])
        self.assertTrue(segment.logged)

    def test_send_and_log_needs_an_email_template(self):
        segment = self.create_segment(partner_ids=[(6, 0, self.partners.ids)])
        with self.assertRaisesRegex(UserError, "has no email template: link one"):
            segment.action_send_and_log()
        self.assertFalse(segment.logged)
