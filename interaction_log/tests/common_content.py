# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import subprocess

from odoo import tools

from .common import InteractionCase

LETTER_EN = ("<p>Dear ${object.name},</p><p>Our spring catalogue is enclosed.</p>"
             "<p>${user.company_id.name}</p>")
#: the letter's French translation, paragraph by paragraph
LETTER_FR = {"Dear ${object.name},": "Cher ${object.name},",
             "Our spring catalogue is enclosed.": "Notre catalogue de printemps est joint."}


def document_text(content):
    """The text a reader sees in a printed document: a PDF read with
    pdftotext (poppler-utils), or the HTML Odoo renders reports as where
    it does not call wkhtmltopdf (its test mode)."""
    if content.startswith(b"%PDF"):
        done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
                              input=content, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=60, check=True)
        return done.stdout.decode("utf-8")
    return tools.html2plaintext(content.decode("utf-8"))


def translate(env, record, field, value, lang="fr_FR"):
    """Translate ``field`` of ``record`` as the translation dialog does:
    ``value`` is the translation, or {term: translation} for a field
    translated term by term (a letter: Odoo's html_translate)."""
    terms = value if isinstance(value, dict) else {record[field]: value}
    for src, translation in terms.items():
        env["ir.translation"].create({
            "type": "model", "name": "%s,%s" % (record._name, field), "lang": lang,
            "res_id": record.id, "src": src, "value": translation, "state": "translated"})
    record.invalidate_cache()


class ContentCase(InteractionCase):
    """The letter template with a letter in English and French, a catalogue
    attached, and two contacts: one French, one English."""

    @classmethod
    def setUpFixtures(cls):
        cls.env.ref("base.lang_fr").active = True
        cls.catalogue = cls.env["ir.attachment"].create({
            "name": "Spring catalogue.txt", "datas_fname": "Spring catalogue.txt",
            "datas": "U3ByaW5nIGNhdGFsb2d1ZQ==",  # "Spring catalogue"
            "res_model": "interaction.template", "res_id": cls.template.id})
        cls.template.write({"letter_body": LETTER_EN,
                            "attachment_ids": [(6, 0, cls.catalogue.ids)]})
        translate(cls.env, cls.template, "letter_body", LETTER_FR)
        Partner = cls.env["res.partner"]
        cls.french = Partner.create({"name": "Jeanne Moreau", "lang": "fr_FR",
                                     "email": "jeanne.moreau@example.com"})
        cls.english = Partner.create({"name": "Anna Walsh", "lang": "en_US",
                                      "email": "anna.walsh@example.com"})
