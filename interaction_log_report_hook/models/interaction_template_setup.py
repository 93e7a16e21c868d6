# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

#: the invoice kinds this addon records besides the sales ones of
#: interaction_log (Business Central's names in brackets in the README)
INVOICE_DOCUMENT_TYPES = [
    ("draft_invoice", "Draft Customer Invoice"),
    ("in_invoice", "Vendor Bill"),
    ("in_refund", "Vendor Credit Note"),
]


class InteractionTemplateSetup(models.Model):
    _inherit = "interaction.template.setup"

    document_type = fields.Selection(selection_add=INVOICE_DOCUMENT_TYPES)
    log_on_print = fields.Boolean(
        string="Record automatically", default=True,
        help="Record an interaction each time this happens: a document of this kind "
             "is printed or sent by email (Business Central's \"Log Interaction\" print "
             "option); for Email, an email is sent from a chatter or a document is "
             "emailed; for Inbound Email, Phone Call and Meeting, an email is received, "
             "a call activity is done, a meeting is held. Untick to stop recording this "
             "kind automatically: nothing is recorded for it, and interactions created "
             "by hand are recorded as always.")

    @api.multi
    def _records_automatically(self):
        return self.log_on_print
