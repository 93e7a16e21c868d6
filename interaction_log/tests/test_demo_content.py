# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.tests.common import TransactionCase

from .common_content import document_text
from .test_create_interaction_delivery import new_wizard


class TestDemoContent(TransactionCase):
    """The demo's spring catalogue: emailed with the catalogue PDF, printed
    as a letter for Lucille Martin (Delta PC), who prefers hard copy."""

    def setUp(self):
        super(TestDemoContent, self).setUp()
        self.template = self.env.ref("interaction_log.demo_template_catalogue")

    def test_demo_template_has_letter_email_and_catalogue(self):
        self.assertIn("${object.name}", self.template.letter_body)
        self.assertTrue(self.template.mail_template_id)
        catalogue = self.template.attachment_ids
        self.assertEqual(catalogue.datas_fname, "Spring Catalogue 2026.pdf")
        self.assertIn("Spring Catalogue 2026", document_text(base64.b64decode(catalogue.datas)))

    def test_lucille_martin_gets_the_catalogue_as_a_printed_letter(self):
        lucille = self.env.ref("interaction_log.demo_partner_lucille_martin")
        self.assertEqual(self.template._delivery_type(lucille), "hard_copy")
        Entry = self.env["interaction.log.entry"]
        domain = [("partner_id", "=", lucille.id), ("template_id", "=", self.template.id)]
        before = Entry.search(domain)
        new_wizard(self.env, lucille, self.template).action_create()
        entry = Entry.search(domain) - before
        self.assertIn("Dear Lucille Martin,",
                      document_text(base64.b64decode(entry.sent_copy_id.datas)))
