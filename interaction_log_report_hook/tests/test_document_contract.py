# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest import mock

from odoo_test_helper import FakeModelLoader

from odoo.addons.interaction_log import recording

from .common import PrintCase, create_pdf_report, setup_print_templates


class TestDocumentContract(PrintCase):
    """Any model that inherits interaction.log.document and says what its
    entry is (``_interaction_log_values``) records its prints, from any PDF
    report of its own, with no other code (readme/DEVELOP.rst)."""

    @classmethod
    def setUpClass(cls):
        super(TestDocumentContract, cls).setUpClass()
        cls.loader = FakeModelLoader(cls.env, cls.__module__)
        cls.loader.backup_registry()
        from .fake_documents import FakeLetter, FakeMemo, InteractionTemplateSetup
        cls.loader.update_registry((InteractionTemplateSetup, FakeLetter, FakeMemo))
        cls.letter_template = setup_print_templates(
            cls.env, cls.company, kinds=("fake_letter",), code_prefix="TFAKE",
            names={"fake_letter": "Letter"})["fake_letter"]
        cls.letter_report = create_pdf_report(
            cls.env, "interaction.fake.letter", "fake_letter_report", "Letter")
        cls.memo_report = create_pdf_report(
            cls.env, "interaction.fake.memo", "fake_memo_report", "Memo")

    @classmethod
    def tearDownClass(cls):
        cls.loader.restore_registry()
        super(TestDocumentContract, cls).tearDownClass()

    def create_letters(self, count):
        Letter = self.env["interaction.fake.letter"]
        return Letter.browse([Letter.create({
            "name": "LETTER/%d" % index, "partner_id": self.contact.id}).id
            for index in range(count)])

    def test_printing_a_fake_document_records_entries_with_occurrences(self):
        letter = self.create_letters(1)
        self.letter_report.render_qweb_pdf(letter.ids)
        content, _type = self.letter_report.render_qweb_pdf(letter.ids)
        self.assertIn(b"LETTER/0", content)
        entries = self.entries_of(letter)
        self.assertEqual(entries.mapped("occurrence_no"), [1, 2])
        self.assertEqual(entries.mapped("template_id"), self.letter_template)
        self.assertEqual(entries.mapped("partner_id"), self.contact)
        self.assertEqual(entries.mapped("report_id"), self.letter_report)
        self.assertEqual(entries.mapped("document_type"), ["fake_letter"] * 2)
        self.assertEqual(entries[0].description, "Letter LETTER/0")
        self.assertEqual(letter.interaction_count, 2)

    def test_batch_print_of_fake_documents_records_each(self):
        letters = self.create_letters(3)
        self.letter_report.render_qweb_pdf(letters.ids)
        self.assertEqual(self.entries_of(letters).mapped("document_ref"), letters)
        Letter = self.env["interaction.fake.letter"]
        self.assertEqual(Letter.search([("interaction_printed", "=", True)]), letters)

    def test_fake_document_without_partner_prints_and_records_nothing(self):
        """Nobody to record the interaction with: no entry, and no warning
        either (nothing went wrong)."""
        memo = self.env["interaction.fake.memo"].create({"name": "MEMO/1"})
        with mock.patch.object(recording._logger, "warning") as warning:
            content, _type = self.memo_report.render_qweb_pdf(memo.ids)
        warning.assert_not_called()
        self.assertIn(b"MEMO/1", content)
        self.assertFalse(self.entries_of(memo))
        self.assertEqual(memo.interaction_count, 0)
