# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from .interaction_selections import CORRESPONDENCE_TYPES


class ResPartner(models.Model):
    """A contact's preferred correspondence type (Business Central's
    Correspondence Type on the contact card)."""
    _inherit = "res.partner"

    correspondence_type = fields.Selection(
        CORRESPONDENCE_TYPES,
        help="How the contact wants to receive what interactions deliver: a letter "
             "printed (Hard Copy) or an email. Empty: the interaction template's "
             "correspondence type. A template with \"Ignore Contact Corres. Type\" "
             "always uses its own.")
