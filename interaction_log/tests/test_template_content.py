# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import AccessError, UserError

from .common_content import ContentCase, document_text


class TestTemplateContent(ContentCase):
    """A template's letter: printed in the company's layout, one letter per
    contact in the order given, each in the contact's language, in one
    document."""

    def test_letter_fills_in_contact_and_company(self):
        text = document_text(self.template._letters_pdf(self.english))
        self.assertIn("Dear Anna Walsh,", text)
        self.assertIn("Our spring catalogue is enclosed.", text)
        self.assertIn(self.env.user.company_id.name, text)
        self.assertNotIn("${", text)

    def test_letters_follow_contact_language_in_given_order(self):
        text = document_text(self.template._letters_pdf(self.french | self.english))
        self.assertIn("Cher Jeanne Moreau,", text)
        self.assertIn("Dear Anna Walsh,", text)
        self.assertNotIn("Dear Jeanne", text)
        self.assertLess(text.index("Jeanne Moreau,"), text.index("Anna Walsh,"))
        text = document_text(self.template._letters_pdf(self.english | self.french))
        self.assertLess(text.index("Anna Walsh,"), text.index("Jeanne Moreau,"))

    def test_letter_is_printed_in_the_company_layout(self):
        content = self.template._letters_pdf(self.english)
        if not content.startswith(b"%PDF"):
            # Odoo's test mode renders the HTML given to wkhtmltopdf
            self.assertIn(b"o_report_layout_standard", content)
        self.assertIn(self.company.name, document_text(content))

    def test_template_without_letter_refuses_to_print(self):
        with self.assertRaisesRegex(UserError, "has no letter to print: write one"):
            self.template_call._letters_pdf(self.english)

    def test_letter_placeholders_are_sandboxed(self):
        """The placeholders run in mail.template's sandbox: no way out to
        Python internals."""
        self.template.letter_body = "<p>${object.__class__.__mro__}</p>"
        with self.assertRaisesRegex(UserError, "Failed to render template"):
            self.template._letters_pdf(self.english)

    def test_user_without_interaction_rights_cannot_print_letters(self):
        with self.assertRaisesRegex(AccessError, "not allowed"):
            self.template.sudo(self.user_plain)._letters_pdf(self.english)

    def test_template_refuses_a_file_its_author_may_not_read(self):
        """The template's files go out with its emails: an Interactions
        manager cannot link, by id, a file attached to a record they may not
        read (a scheduled action's, here)."""
        cron = self.env.ref("interaction_log.ir_cron_fold_interaction_statistics")
        secret = self.env["ir.attachment"].create({
            "name": "secret.txt", "datas": base64.b64encode(b"not for managers"),
            "res_model": "ir.cron", "res_id": cron.id})
        template = self.template.sudo(self.manager)
        with self.assertRaises(AccessError), self.env.cr.savepoint():
            template.write({"attachment_ids": [(4, secret.id)]})
        self.template.invalidate_cache()
        self.assertNotIn(secret, self.template.attachment_ids)
