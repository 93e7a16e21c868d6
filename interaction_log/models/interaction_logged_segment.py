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
        self.check_access_rights("unlink")
        if self.env["interaction.log.entry"].search_count([("logged_segment_id", "in", self.ids)]):
            raise UserError(
                _("A logged segment that still has entries cannot be deleted: cancel it "
                  "instead."))
        return super(InteractionLoggedSegment, self).unlink()

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
