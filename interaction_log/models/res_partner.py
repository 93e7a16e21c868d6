# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError


class ResPartner(models.Model):
    _inherit = "res.partner"

    interaction_count = fields.Integer(
        string="Interactions", compute="_compute_interaction_count",
        help="Interaction log entries that are not canceled, of the contact and "
             "of its contacts when it is a company.")

    @api.multi
    def _compute_interaction_count(self):
        """Count with one grouped query over the partners and all their
        descendants (record rules of the entries applied), then add each
        descendant's count to its ancestors. In SQL: read_group would read the
        display name of every descendant, and walking ``parent_id`` through
        the ORM every field of every ancestor."""
        Entry = self.env["interaction.log.entry"]
        partners = self.filtered("id")
        counts = {}
        if partners and Entry.check_access_rights("read", raise_exception=False):
            query = Entry._where_calc(
                [("partner_id", "child_of", partners.ids), ("canceled", "=", False),
                 ("postponed", "=", False)])
            Entry._apply_ir_rules(query, "read")
            from_clause, where_clause, params = query.get_sql()
            self.env.cr.execute(
                'SELECT "interaction_log_entry".partner_id, count(*) FROM %s WHERE %s '
                'GROUP BY "interaction_log_entry".partner_id' % (from_clause, where_clause),
                params)
            found = dict(self.env.cr.fetchall())
            parents = {}
            missing = set(found)
            while missing:  # one query per level of the hierarchy
                self.env.cr.execute("SELECT id, parent_id FROM res_partner WHERE id = ANY(%s)",
                                    [list(missing)])
                rows = self.env.cr.fetchall()
                parents.update(rows)
                missing = {parent_id for _id, parent_id in rows
                           if parent_id and parent_id not in parents}
            wanted = set(partners.ids)
            for partner_id, count in found.items():
                while partner_id:
                    if partner_id in wanted:
                        counts[partner_id] = counts.get(partner_id, 0) + count
                    partner_id = parents.get(partner_id)
        for partner in self:
            partner.interaction_count = counts.get(partner.id, 0)

    @api.multi
    def unlink(self):
        """Contacts with interaction log entries (their own, or of their
        contacts for a company) are archived, never deleted: the log keeps
        what was said to whom. One query, whoever deletes."""
        self.check_access_rights("unlink")
        self.check_access_rule("unlink")
        if self.ids:
            self.env.cr.execute("""
                SELECT CASE WHEN partner_id IN %(ids)s THEN partner_id
                            ELSE commercial_partner_id END
                  FROM interaction_log_entry
                 WHERE partner_id IN %(ids)s OR commercial_partner_id IN %(ids)s
                 LIMIT 1""", {"ids": tuple(self.ids)})
            used = self.env.cr.fetchone()
            if used:
                partner = self.browse(used[0]).sudo()
                raise UserError(_(
                    "%s has interaction log entries and cannot be deleted: archive the "
                    "contact instead (Action > Archive); the entries are kept.")
                    % partner.display_name)
        return super(ResPartner, self).unlink()

    @api.multi
    def action_view_interactions(self):
        """Open the entries of the contact and of its contacts."""
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_log_entry").read()[0]
        action["domain"] = [("partner_id", "child_of", self.id), ("postponed", "=", False)]
        action["context"] = {
            "search_default_not_canceled": 1,
            "default_partner_id": self.id,
        }
        return action

    @api.multi
    def action_create_interaction(self):
        """Open the Create Interaction wizard for this contact."""
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_create_wizard").read()[0]
        action["context"] = {"default_partner_id": self.id}
        return action
