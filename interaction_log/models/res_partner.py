# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..recording import recording_never_fails


class ResPartner(models.Model):
    _inherit = "res.partner"

    interaction_count = fields.Integer(
        string="Interactions", compute="_compute_interaction_count",
        help="Interaction log entries that are not canceled, of the contact and "
             "of its contacts when it is a company.")

    last_interaction_date = fields.Datetime(
        string="Date of Last Interaction", compute="_compute_interaction_statistics",
        search="_search_last_interaction_date",
        help="Date of the latest interaction that is neither canceled nor a failed "
             "attempt, of the contact and of its contacts when it is a company.")
    last_attempt_date = fields.Datetime(
        string="Last Date Attempted", compute="_compute_interaction_statistics",
        search="_search_last_attempt_date",
        help="Date of the latest interaction that is not canceled, failed attempts "
             "included, of the contact and of its contacts when it is a company.")
    interaction_cost = fields.Float(
        string="Cost of Interactions", compute="_compute_interaction_statistics",
        digits=0,
        help="Total cost of the interactions that are not canceled, of the contact "
             "and of its contacts when it is a company.")
    interaction_duration = fields.Float(
        string="Duration of Interactions (Min.)",
        compute="_compute_interaction_statistics",
        help="Total duration in minutes of the interactions that are not canceled, "
             "of the contact and of its contacts when it is a company.")

    @api.multi
    def _compute_interaction_statistics(self):
        """One query for the whole recordset: sums from the maintained totals
        (interaction.statistics.store), last dates from the indexes."""
        partners = self.filtered("id")
        statistics = {}
        if partners and self.env["interaction.log.entry"].check_access_rights(
                "read", raise_exception=False):
            statistics = self.env["interaction.statistics.store"]._partner_statistics(
                partners.ids)
        for partner in self:
            _count, cost, duration, last_interaction, last_attempt = statistics.get(
                partner.id, (0, 0.0, 0.0, False, False))
            partner.interaction_cost = cost
            partner.interaction_duration = duration
            partner.last_interaction_date = last_interaction or False
            partner.last_attempt_date = last_attempt or False

    @api.model
    def _search_last_interaction_date(self, operator, value):
        return self._search_last_date("interaction", operator, value)

    @api.model
    def _search_last_attempt_date(self, operator, value):
        return self._search_last_date("attempt", operator, value)

    @api.model
    def _search_last_date(self, which, operator, value):
        """Contacts whose last interaction (or attempt) date compares to
        ``value``; ``= False``: contacts without one."""
        operators = ("<", "<=", ">", ">=", "=", "!=")
        if operator not in operators:
            raise UserError(_("Contacts cannot be searched by the date of their last "
                              "interaction with %(operator)s: use one of %(operators)s.") % {
                                  "operator": operator, "operators": " ".join(operators)})
        if not self.env["interaction.log.entry"].check_access_rights(
                "read", raise_exception=False):
            return [("id", "=", 0)] if value or operator == "!=" else []
        Store = self.env["interaction.statistics.store"]
        if value is False or value is None:
            if operator not in ("=", "!="):
                return [("id", "=", 0)]
            dated = Store._search_partners_by_last_date(which, ">", "0001-01-01")
            return [("id", "not in" if operator == "=" else "in", dated)]
        return [("id", "in", Store._search_partners_by_last_date(which, operator, value))]

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
                # sudo: a contact of self, which the user may delete (checked)
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
        return self.env["interaction.log.entry"]._action_view_entries(
            [("partner_id", "child_of", self.id), ("postponed", "=", False)],
            {"search_default_not_canceled": 1, "default_partner_id": self.id})

    @api.multi
    def action_create_interaction(self):
        """Open the Create Interaction wizard for this contact."""
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_create_wizard").read()[0]
        action["context"] = {"default_partner_id": self.id}
        return action

    @api.multi
    def _interaction_log_merge_into(self, dst_partner, merge):
        """Merge these contacts into ``dst_partner`` with ``merge`` (a
        callable: the foreign-key step of a contact merge wizard, crm's or
        OCA's base_partner_merge, which moves every link in SQL, the
        entries' contacts included: the maintained totals follow through
        their triggers), move the entries whose source document is one of
        them to it, and say in the kept contact's chatter how many
        interaction log entries moved. Returns what ``merge`` returns."""
        self.env.cr.execute(
            "SELECT count(*) FROM interaction_log_entry WHERE partner_id = ANY(%s)",
            [list(self.ids)])
        moved = self.env.cr.fetchone()[0]
        # the source documents that are merged contacts: moved here, in SQL
        # as the wizard moves every link, since no write may change what an
        # entry records (and the wizard's own pass then finds none left)
        self.env.cr.execute(
            "UPDATE interaction_log_entry SET document_ref = %s WHERE document_ref = ANY(%s)",
            ["res.partner,%d" % dst_partner.id,
             ["res.partner,%d" % partner_id for partner_id in self.ids]])
        result = merge()
        self.env["interaction.log.entry"].invalidate_cache()
        if moved:
            with recording_never_fails(self.env, "the merge note of %s" % dst_partner.id):
                dst_partner.message_post(body=_(
                    "%(count)d interaction log entries moved to this contact from the merged "
                    "contacts %(names)s.") % {
                        "count": moved,
                        "names": ", ".join(self.mapped("display_name"))})
        return result
