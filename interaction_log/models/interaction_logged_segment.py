# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

#: what a logging was: never rewritten (``canceled`` changes through
#: action_switch_canceled only, with the entries: _write_canceled)
FROZEN_FIELDS = ("segment_id", "template_id", "company_id", "date", "user_id", "canceled")


class InteractionLoggedSegment(models.Model):
    """One logging of a segment: the entries it created, canceled or restored
    together (Business Central's Logged Segments)."""
    _name = "interaction.logged.segment"
    _description = "Logged Segment"
    _order = "date desc, id desc"
    _rec_name = "description"
    #: entries switched per ORM write by action_switch_canceled
    _switch_batch_size = 10000

    segment_id = fields.Many2one(
        "interaction.segment", string="Segment", required=True, readonly=True,
        ondelete="restrict", index=True)
    description = fields.Char(
        required=True, readonly=True,
        help="Description of the logging: the entry description of the segment, or its name.")
    template_id = fields.Many2one(
        "interaction.template", string="Interaction Template", readonly=True,
        ondelete="restrict")
    date = fields.Datetime(
        string="Logged On", required=True, readonly=True, default=fields.Datetime.now,
        help="When the segment was logged.")
    user_id = fields.Many2one(
        "res.users", string="Logged By", required=True, readonly=True,
        default=lambda self: self.env.user)
    entry_ids = fields.One2many(
        "interaction.log.entry", "logged_segment_id", string="Entries", readonly=True)
    entry_count = fields.Integer(
        string="Number of Entries", compute="_compute_entry_count",
        help="Entries created by this logging, canceled ones included.")
    canceled = fields.Boolean(
        readonly=True, copy=False,
        help="The logging was canceled: all its entries are canceled and cannot be restored "
             "one by one. Restore the logged segment to restore them.")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, readonly=True,
        default=lambda self: self.env["res.company"]._company_default_get(
            "interaction.logged.segment"))

    def _compute_entry_count(self):
        counts = self.env["interaction.log.entry"]._count_by("logged_segment_id", self.ids)
        for logged_segment in self:
            logged_segment.entry_count = counts.get(logged_segment.id, 0)

    @api.multi
    def write(self, vals):
        frozen = [name for name in FROZEN_FIELDS if name in vals]
        if frozen:
            if frozen == ["canceled"]:
                raise UserError(_(
                    "Cancel or restore a logged segment with Switch Canceled: it switches "
                    "all its entries with it."))
            raise UserError(_(
                "The %s of a logged segment cannot be changed: it tells how the entries "
                "were made.") % self._fields[frozen[0]].string)
        return super(InteractionLoggedSegment, self).write(vals)

    @api.multi
    def unlink(self):
        """Delete canceled logged segments (Business Central's Delete Logged
        Segments): their entries are kept, detached from them. A logged
        segment that is not canceled tells how entries that count were made:
        it is never deleted."""
        self.check_access_rights("unlink")
        self.check_access_rule("unlink")
        not_canceled = self.filtered(lambda logged: not logged.canceled)
        if not_canceled:
            raise UserError(
                _("The logged segment \"%s\" is not canceled and cannot be deleted: its "
                  "entries count. To delete it, cancel it instead (Cancel Logging), then "
                  "delete it; its entries are kept.") % not_canceled[0].description)
        self._detach_entries()
        return super(InteractionLoggedSegment, self).unlink()

    def _detach_entries(self):
        """Empty the logged segment of the entries of these (canceled,
        deletable) logged segments: the entries stay, canceled, with their
        segment. The entries' logged segment is fixed for every caller
        (ENTRY_FIELD_RULES): this is the one trusted path that changes it,
        in SQL, right before the logged segments are deleted."""
        if not self.ids:
            return
        self.env.cr.execute(
            "UPDATE interaction_log_entry SET logged_segment_id = NULL "
            "WHERE logged_segment_id IN %s", [tuple(self.ids)])
        self.env["interaction.log.entry"].invalidate_cache(["logged_segment_id"])
        self.invalidate_cache(["entry_ids"], self.ids)

    @api.multi
    def action_switch_canceled(self):
        """Cancel a logged segment with all its entries, or restore them all.

        The entries are switched with one ORM write (the checks and access
        rules of the entry model apply) per ``_switch_batch_size`` entries,
        never one write per entry; the cache is emptied between batches so
        memory does not grow with the logged segment. The entries' chatters
        get no tracking message each (one message per entry would cost more
        than the switch itself): the logged segment records the switch.
        """
        Entry = self.env["interaction.log.entry"].with_context(tracking_disable=True)
        for logged_segment in self:
            canceled = not logged_segment.canceled
            # first the logged segment: restoring entries checks it
            logged_segment._write_canceled(canceled)
            domain = [("logged_segment_id", "=", logged_segment.id), ("canceled", "!=", canceled)]
            last_id = 0
            while True:
                entries = Entry.search(domain + [("id", ">", last_id)], order="id",
                                       limit=self._switch_batch_size)
                if not entries:
                    break
                entries.write({"canceled": canceled})
                last_id = entries.ids[-1]
                Entry.invalidate_cache(ids=entries.ids)
        return True

    @api.multi
    def _write_canceled(self, canceled):
        """Switch ``canceled`` past the frozen fields' check of write(): the
        one path that changes it, from action_switch_canceled, which
        switches the entries with it. A method, not a context key: no
        client reaches it."""
        self.check_access_rights("write")
        self.check_access_rule("write")
        return super(InteractionLoggedSegment, self).write({"canceled": canceled})

    @api.multi
    def action_view_entries(self):
        self.ensure_one()
        return self.env["interaction.log.entry"]._action_view_entries_of(self, "logged_segment_id")

    @api.multi
    def action_create_follow_up_segment(self):
        """Create Follow-up Segment: a wizard making a new segment of the
        logged segment's contacts."""
        self.ensure_one()
        self.check_access_rights("read")
        self.check_access_rule("read")
        return {
            "type": "ir.actions.act_window",
            "res_model": "interaction.segment.follow.up.wizard",
            "view_mode": "form",
            "target": "new",
            "name": _("Create Follow-up Segment"),
            "context": {
                "default_logged_segment_id": self.id,
                "default_name": _("Follow-up: %s") % self.description,
                "default_template_id": self.template_id.id,
            },
        }

    def _follow_up_partner_ids(self, contacts, evaluation=None):
        """Ids of the contacts of the logging's entries (not canceled, read
        with the user's rights) that a follow-up segment takes: ``contacts``
        all, those whose entry has ``evaluation``, whose attempt failed, or
        who sent no response (an inbound entry, not canceled, of the
        logging's company) since the logging."""
        self.ensure_one()
        self.check_access_rights("read")
        self.check_access_rule("read")
        Entry = self.env["interaction.log.entry"]
        domain = [("logged_segment_id", "=", self.id), ("canceled", "=", False)]
        if contacts == "evaluation":
            domain.append(("evaluation", "=", evaluation))
        elif contacts == "attempt_failed":
            domain.append(("attempt_failed", "=", True))
        query = Entry._where_calc(domain)
        Entry._apply_ir_rules(query, "read")
        from_clause, where_clause, params = query.get_sql()
        if contacts == "no_response":
            where_clause += """ AND NOT EXISTS (
                SELECT 1 FROM interaction_log_entry response
                 WHERE response.partner_id = "interaction_log_entry".partner_id
                   AND response.information_flow = 'inbound'
                   AND response.canceled IS NOT TRUE AND response.postponed IS NOT TRUE
                   AND response.company_id = %s AND response.date >= %s)"""
            params = params + [self.company_id.id, self.date]
        self.env.cr.execute(
            'SELECT DISTINCT "interaction_log_entry".partner_id FROM %s WHERE %s '
            'ORDER BY 1' % (from_clause, where_clause), params)
        return [row[0] for row in self.env.cr.fetchall()]

    @api.model
    def _delete_canceled(self, domain):
        """Delete the canceled logged segments matching ``domain`` (Delete
        Logged Segments) and return how many were deleted; their entries
        are kept, detached."""
        logged_segments = self.search(list(domain) + [("canceled", "=", True)])
        count = len(logged_segments)
        logged_segments.unlink()
        return count
