# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import sql

from odoo import api, fields, models

from odoo.addons.interaction_log.models.interaction_log_pipeline import SYSTEM, FieldRule

#: index of the printed documents: the Printed / Never Printed filters of
#: the document lists look up entries by model prefix (LIKE 'sale.order,%')
PRINTED_DOCUMENTS_INDEX = "interaction_log_entry_printed_document_ref_index"


class InteractionLogEntry(models.Model):
    _inherit = "interaction.log.entry"

    report_id = fields.Many2one(
        "ir.actions.report", string="Printed Report", ondelete="set null", readonly=True,
        help="Report (layout) whose print recorded this entry; empty for entries "
             "not recorded by a print.")

    @api.model
    def _entry_field_rules(self):
        rules = super(InteractionLogEntry, self)._entry_field_rules()
        rules["report_id"] = FieldRule(SYSTEM, fixed=True)  # only a print sets it
        return rules

    @api.multi
    def _resend_values(self):
        """A print resent (its PDF offered again) records the same report."""
        values = super(InteractionLogEntry, self)._resend_values()
        if self.report_id:
            values["report_id"] = self.report_id.id
        return values

    @api.model_cr
    def init(self):
        result = super(InteractionLogEntry, self).init()
        self.env.cr.execute(sql.SQL("""
            CREATE INDEX IF NOT EXISTS {} ON interaction_log_entry
                (document_ref varchar_pattern_ops)
             WHERE report_id IS NOT NULL AND canceled IS NOT TRUE
        """).format(sql.Identifier(PRINTED_DOCUMENTS_INDEX)))
        return result
