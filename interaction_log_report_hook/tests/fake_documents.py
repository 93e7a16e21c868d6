# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Test-only document models (loaded with odoo-test-helper's FakeModelLoader):
everything a model needs to be recorded when printed (readme/DEVELOP.rst)."""
from odoo import api, fields, models

FAKE_DOCUMENT_TYPES = [("fake_letter", "Letter (test)")]


class InteractionTemplateSetup(models.Model):
    _inherit = "interaction.template.setup"

    document_type = fields.Selection(selection_add=FAKE_DOCUMENT_TYPES)


class FakeLetter(models.Model):
    """A letter to a contact: the whole contract is the mixin and one method."""
    _name = "interaction.fake.letter"
    _inherit = "interaction.log.document"
    _description = "Letter (test)"

    name = fields.Char(required=True)
    partner_id = fields.Many2one("res.partner")
    company_id = fields.Many2one(
        "res.company", default=lambda self: self.env.user.company_id)

    @api.multi
    def _interaction_log_values(self):
        self.ensure_one()
        return {
            "document_type": "fake_letter",
            "partner_id": self.partner_id.id,
            "document_name": self.name,
            "company_id": self.company_id.id,
        }


class FakeMemo(models.Model):
    """An internal memo: a document of the mixin that has no partner."""
    _name = "interaction.fake.memo"
    _inherit = "interaction.log.document"
    _description = "Memo (test)"

    name = fields.Char(required=True)

    @api.multi
    def _interaction_log_values(self):
        self.ensure_one()
        return {"document_type": "fake_letter", "partner_id": False,
                "document_name": self.name, "company_id": self.env.user.company_id.id}
