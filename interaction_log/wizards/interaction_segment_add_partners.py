# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError


class InteractionSegmentAddPartners(models.TransientModel):
    """"Add to Segment" action of the contact list: adds the selected contacts
    to the fixed list of a segment that has not been logged yet; "Exclude
    from Segment" excludes them from a segment, whatever its list, filter or
    criteria steps add."""
    _name = "interaction.segment.add.partners"
    _description = "Add Contacts to a Segment"

    mode = fields.Selection(
        [("add", "Add to Segment"), ("exclude", "Exclude from Segment")],
        required=True, default="add")
    segment_id = fields.Many2one(
        "interaction.segment", string="Segment", required=True, ondelete="cascade",
        domain="[('logged', '=', False)] + ([('contact_source', '=', 'list')] "
               "if mode == 'add' else [])",
        help="Segment not logged yet: with a fixed list of contacts to add contacts to it; "
             "any to exclude contacts from it.")
    partner_ids = fields.Many2many(
        "res.partner", "interaction_segment_add_partners_rel", "wizard_id", "partner_id",
        string="Contacts", default=lambda self: self._default_partner_ids())

    @api.model
    def _default_partner_ids(self):
        if self.env.context.get("active_model") == "res.partner":
            return [(6, 0, self.env.context.get("active_ids") or [])]
        return []

    @api.multi
    def action_add_partners(self):
        self.ensure_one()
        segment = self.segment_id
        if segment.logged:
            raise UserError(
                _("The segment \"%s\" has already been logged: contacts cannot be added to it. "
                  "Duplicate it and add the contacts to the copy.") % segment.name)
        if segment.contact_source != "list":
            raise UserError(
                _("The segment \"%s\" takes its contacts from a filter: choose a segment with "
                  "a fixed list, or change the segment's Contacts setting to Fixed list.")
                % segment.name)
        if not self.partner_ids:
            raise UserError(_("Select the contacts to add to the segment in the contact list."))
        segment.write({"partner_ids": [(4, partner_id) for partner_id in self.partner_ids.ids]})
        return self._open_segment()

    @api.multi
    def action_exclude_partners(self):
        """Exclude the contacts from the segment: never logged by it."""
        self.ensure_one()
        segment = self.segment_id
        if segment.logged:
            raise UserError(
                _("The segment \"%s\" has already been logged: contacts cannot be excluded "
                  "from it. Duplicate it and exclude the contacts from the copy.")
                % segment.name)
        if not self.partner_ids:
            raise UserError(
                _("Select the contacts to exclude from the segment in the contact list."))
        segment.write({"excluded_partner_ids": [
            (4, partner_id) for partner_id in self.partner_ids.ids]})
        return self._open_segment()

    def _open_segment(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": "interaction.segment",
            "res_id": self.segment_id.id,
            "view_type": "form",
            "view_mode": "form",
            "target": "current",
        }
