# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError


class InteractionGroup(models.Model):
    """A family of interaction templates (letters, sales documents, calls)."""
    _name = "interaction.group"
    _inherit = "interaction.statistics.mixin"
    _description = "Interaction Group"
    _order = "code"
    _interaction_entry_field = "group_id"

    code = fields.Char(
        required=True,
        help="Short code that identifies the group within its company, e.g. SALES.")
    name = fields.Char(
        required=True, translate=True)
    description = fields.Text(
        help="What the interactions of this group have in common.")
    active = fields.Boolean(
        default=True,
        help="Archive a group that is no longer used instead of deleting it: "
             "its log entries keep pointing at it.")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, ondelete="restrict",
        default=lambda self: self.env["res.company"]._company_default_get("interaction.group"))
    template_ids = fields.One2many(
        "interaction.template", "group_id", string="Templates")

    _sql_constraints = [
        ("code_company_uniq", "unique (code, company_id)",
         "An interaction group with this code already exists in this company: "
         "choose another code."),
    ]

    @api.multi
    def unlink(self):
        """A group that templates or entries refer to is archived instead."""
        self.check_access_rights("unlink")
        self.check_access_rule("unlink")
        if self.ids:
            self.env.cr.execute("""
                SELECT group_id FROM interaction_template WHERE group_id IN %(ids)s
                UNION SELECT group_id FROM interaction_log_entry WHERE group_id IN %(ids)s
                LIMIT 1""", {"ids": tuple(self.ids)})
            used = self.env.cr.fetchone()
            if used:
                raise UserError(_(
                    "The interaction group %s has templates or interaction log entries: "
                    "archive it instead (untick Active), so that they keep it.")
                    % self.browse(used[0]).code)
        return super(InteractionGroup, self).unlink()

    def name_get(self):
        return [(group.id, "[%s] %s" % (group.code, group.name)) for group in self]
