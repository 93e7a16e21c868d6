# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import AccessError, UserError, ValidationError

from .common import InteractionCase


class TestLogInteractionsTrust(InteractionCase):
    """log_interactions is public (RPC): as an Interactions user it takes
    only what that user may read and do; the system sets the rest."""

    @classmethod
    def setUpFixtures(cls):
        cls.UserEntry = cls.Entry.sudo(cls.user)
        cls.private_channel = cls.env["mail.channel"].create({
            "name": "Board of directors (private)", "public": "private"})
        cls.other_company, _group, cls.other_template = cls._create_company(
            "Trust Other Co", "TRUSTO")

    def log_as_user(self, **values):
        return self.UserEntry.log_interactions(self.customer.ids, self.template.id, **values)

    def test_unreadable_source_document_is_refused(self):
        with self.assertRaisesRegex(AccessError, "does not exist or you may not read it"):
            self.log_as_user(document_ref="mail.channel,%d" % self.private_channel.id)
        self.assertFalse(self.Entry.search([("document_name", "=", self.private_channel.name)]))

    def test_missing_source_document_is_refused(self):
        with self.assertRaisesRegex(AccessError, "does not exist or you may not read it"):
            self.log_as_user(document_ref="res.partner,999999999")

    def test_readable_source_document_is_linked_with_its_name(self):
        entry = self.log_as_user(document_ref="res.partner,%d" % self.other_customer.id)
        self.assertEqual(entry.document_name, self.other_customer.display_name)

    def test_malformed_document_reference_is_a_user_error(self):
        for ref in ("res.partner,abc", "res.partner", "res.partner,-3", "res.partner,1,2"):
            with self.subTest(ref=ref), self.assertRaisesRegex(UserError, "model,id"):
                self.log_as_user(document_ref=ref)

    def test_another_user_is_refused_for_a_user(self):
        with self.assertRaisesRegex(AccessError, "on behalf of another user"):
            self.log_as_user(user_id=self.manager.id)
        self.assertEqual(self.log_as_user(user_id=self.user.id).user_id, self.user)

    def test_another_user_is_allowed_for_a_manager_and_the_superuser(self):
        entry = self.Entry.sudo(self.manager).log_interactions(
            self.customer.ids, self.template.id, user_id=self.user.id)
        self.assertEqual(entry.user_id, self.user)
        self.assertEqual(self.log(user_id=self.user.id).user_id, self.user)

    def test_entry_no_occurrence_and_group_are_set_by_the_system(self):
        other_group = self.env["interaction.group"].create({"code": "TRUSTG", "name": "Other"})
        for name, value in (("entry_no", 1), ("occurrence_no", 77),
                            ("group_id", other_group.id)):
            with self.subTest(field=name), self.assertRaisesRegex(UserError, "can be set"):
                self.log_as_user(**{name: value})
        entry = self.log_as_user(document_ref="res.partner,%d" % self.other_customer.id)
        self.assertEqual(entry.group_id, self.template.group_id)
        self.assertEqual(entry.occurrence_no, 1)

    def test_unreadable_attachment_is_refused(self):
        attachment = self.env["ir.attachment"].create({
            "name": "minutes.pdf", "datas": base64.b64encode(b"%PDF-1.4 minutes"),
            "res_model": "mail.channel", "res_id": self.private_channel.id})
        with self.assertAccessRefused():
            self.log_as_user(attachment_id=attachment.id)

    def test_attachment_of_another_company_is_refused(self):
        attachment = self.env["ir.attachment"].create({
            "name": "offer.pdf", "datas": base64.b64encode(b"%PDF-1.4 offer"),
            "company_id": self.other_company.id})
        with self.assertRaisesRegex(ValidationError, "its own company"):
            self.log(attachment_id=attachment.id)

    def test_segment_of_another_company_is_refused(self):
        segment = self.env["interaction.segment"].create({
            "name": "Other company mailing", "template_id": self.other_template.id,
            "company_id": self.other_company.id})
        with self.assertRaisesRegex(ValidationError, "its own company"):
            self.log(segment_id=segment.id)

    def test_missing_logged_segment_is_refused(self):
        with self.assertRaisesRegex(UserError, "does not exist"):
            self.log(logged_segment_id=999999999)
