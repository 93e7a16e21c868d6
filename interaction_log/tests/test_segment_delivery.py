# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import AccessError

from .common import SegmentCase, create_mail_template

LETTER = "<p>Dear ${object.name}, here is our spring catalogue.</p>"


class TestSegmentDelivery(SegmentCase):
    """Send and Log delivers the template's content to each contact in their
    correspondence type: emails through the mail queue, letters in one
    document to print, in contact order; opted-out contacts and contacts to
    email without address (when there is no letter) are skipped, and the
    logged segment says how many."""

    @classmethod
    def setUpFixtures(cls):
        super(TestSegmentDelivery, cls).setUpFixtures()
        cls.template.write({"mail_template_id": create_mail_template(cls.env).id,
                            "letter_body": LETTER})
        Partner = cls.env["res.partner"]
        cls.ann, cls.bob, cls.cid = cls.partners
        cls.ann.write({"email": "ann@example.com", "correspondence_type": "email"})
        cls.bob.write({"email": "bob@example.com", "correspondence_type": "hard_copy"})
        cls.cid.write({"email": "cid@example.com", "correspondence_type": "email"})
        cls.dee = Partner.create({"name": "Segtest Dee", "company_id": cls.company.id,
                                  "correspondence_type": "hard_copy"})

    def send_and_log(self, partners, user=None):
        segment = self.create_segment(partner_ids=[(6, 0, partners.ids)])
        logged = segment.sudo(user or self.user).action_send_and_log()
        entries = self.Entry.search([("logged_segment_id", "=", logged.id)], order="partner_id")
        return segment, logged.sudo(), entries

    def mails_of(self, entries):
        return self.env["mail.mail"].search(
            [("mail_message_id", "in", entries.mapped("mail_message_id").ids)])

    def test_contacts_who_prefer_email_are_emailed_through_the_mail_queue(self):
        _segment, logged, entries = self.send_and_log(self.ann | self.bob)
        emailed = entries.filtered(lambda entry: entry.partner_id == self.ann)
        self.assertFields(emailed, correspondence_type="email", delivery_status="in_progress")
        mail = self.mails_of(emailed)
        self.assertEqual(mail.state, "outgoing", "in the mail queue")
        self.assertEqual(mail.recipient_ids, self.ann)
        self.assertEqual(mail.subject, "Spring offer for Segtest Contact 0")
        self.assertEqual(logged.emailed_count, 1)

    def test_hard_copy_letters_come_in_one_document_in_contact_order(self):
        _segment, logged, entries = self.send_and_log(self.ann | self.bob | self.dee)
        letters = logged.letter_attachment_ids
        self.assertEqual(len(letters), 1)
        text = base64.b64decode(letters.datas).decode()
        self.assertLess(text.index("Dear Segtest Contact 1,"), text.index("Dear Segtest Dee,"))
        self.assertNotIn("Segtest Contact 0", text)
        printed = entries.filtered(lambda entry: entry.correspondence_type == "hard_copy")
        self.assertEqual(printed.mapped("partner_id"), self.bob | self.dee)
        self.assertEqual(printed.mapped("sent_copy_id"), letters)
        self.assertFalse(printed.mapped("mail_message_id"))
        self.assertEqual(logged.printed_count, 2)

    def test_opted_out_contacts_get_nothing_and_are_counted(self):
        self.cid.opt_out = True
        _segment, logged, entries = self.send_and_log(self.ann | self.cid)
        self.assertEqual(entries.mapped("partner_id"), self.ann)
        self.assertEqual(self.mails_of(entries).mapped("recipient_ids"), self.ann)
        self.assertEqual((logged.emailed_count, logged.skipped_opt_out_count), (1, 1))

    def test_contact_without_email_address_gets_the_letter_instead(self):
        self.cid.email = False
        _segment, logged, entries = self.send_and_log(self.cid)
        self.assertFields(entries, correspondence_type="hard_copy",
                          sent_copy_id=logged.letter_attachment_ids)
        self.assertEqual(logged.printed_count, 1)

    def test_contact_without_email_address_is_skipped_when_there_is_no_letter(self):
        self.template.letter_body = False
        self.cid.email = False
        _segment, logged, entries = self.send_and_log(self.ann | self.cid)
        self.assertEqual(entries.mapped("partner_id"), self.ann)
        self.assertEqual((logged.emailed_count, logged.skipped_no_email_count), (1, 1))

    def test_segment_form_says_how_many_were_emailed_printed_and_skipped(self):
        self.cid.opt_out = True
        segment, _logged, _entries = self.send_and_log(self.ann | self.bob | self.cid)
        self.assertEqual(
            segment.sudo(self.user).delivery_summary,
            "1 emailed, 1 printed, 1 skipped (1 opted out, 0 without email address).")

    def test_delivery_counts_are_set_by_the_system_only(self):
        _segment, logged, _entries = self.send_and_log(self.ann)
        with self.assertRaisesRegex(AccessError, "set by its delivery"):
            logged.sudo(self.user).write({"emailed_count": 5})
        self.assertEqual(logged.emailed_count, 1)

    def test_log_segment_without_send_delivers_nothing(self):
        segment = self.create_segment(partner_ids=[(6, 0, (self.ann | self.bob).ids)])
        logged = segment.sudo(self.user).action_log()
        entries = self.Entry.search([("logged_segment_id", "=", logged.id)])
        self.assertEqual(len(entries), 2)
        self.assertFalse(entries.mapped("mail_message_id"))
        self.assertFalse(entries.mapped("sent_copy_id"))
        self.assertFalse(logged.sudo().letter_attachment_ids)

    def test_send_and_log_of_a_template_with_a_letter_only_prints_every_contact(self):
        self.template.mail_template_id = False
        _segment, logged, entries = self.send_and_log(self.ann | self.bob)
        self.assertEqual(set(entries.mapped("correspondence_type")), {"hard_copy"})
        self.assertEqual((logged.emailed_count, logged.printed_count), (0, 2))
