# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

#: what a criteria step does with the contacts of the steps before it
STEP_ACTIONS = [
    ("add", "Add Contacts"),
    ("reduce", "Reduce Contacts"),
    ("refine", "Refine Contacts"),
]


class InteractionSegmentCriteria(models.Model):
    """Saved criteria (Business Central's Save Criteria): copies of a
    segment's criteria steps under a name, to reuse on other segments."""
    _name = "interaction.segment.criteria"
    _description = "Saved Segment Criteria"
    _order = "name, id"

    name = fields.Char(required=True, help="Name of the saved criteria, e.g. 'US customers'.")
    line_ids = fields.One2many(
        "interaction.segment.criteria.line", "criteria_id", string="Criteria Steps",
        copy=True)
    step_count = fields.Integer(string="Number of Steps", compute="_compute_step_count")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True,
        default=lambda self: self.env["res.company"]._company_default_get(
            "interaction.segment.criteria"))

    @api.depends("line_ids")
    def _compute_step_count(self):
        for criteria in self:
            criteria.step_count = len(criteria.line_ids)


class InteractionSegmentCriteriaLine(models.Model):
    """One step of a segment's criteria, or of saved criteria: a filter on
    contacts and what it does with the contacts of the steps before it."""
    _name = "interaction.segment.criteria.line"
    _description = "Segment Criteria Step"
    _order = "sequence, id"

    segment_id = fields.Many2one(
        "interaction.segment", string="Segment", ondelete="cascade", index=True)
    criteria_id = fields.Many2one(
        "interaction.segment.criteria", string="Saved Criteria", ondelete="cascade",
        index=True)
    sequence = fields.Integer(default=1, help="Steps are applied in this order.")
    action = fields.Selection(
        STEP_ACTIONS, required=True, default="add",
        help="Add Contacts: the contacts matching the filter are added.\n"
             "Reduce Contacts: the contacts matching the filter are removed.\n"
             "Refine Contacts: only the contacts matching the filter are kept.")
    domain = fields.Char(
        string="Contact Filter", required=True, default="[]",
        help="Filter on contacts, evaluated when the segment is logged.")

    _sql_constraints = [
        ("one_owner", "CHECK ((segment_id IS NULL) != (criteria_id IS NULL))",
         "A criteria step belongs either to a segment or to saved criteria."),
    ]

    @api.constrains("domain")
    def _check_domain(self):
        # sudo: the step's own filter and its segment's name; the filter is
        # evaluated for the user, never under sudo
        names = {line.id: (line.segment_id or line.criteria_id).name for line in self.sudo()}
        for line in self:
            self.env["interaction.segment"]._parse_partner_domain(line.domain, names[line.id])

    @api.model
    def create(self, vals):
        line = super(InteractionSegmentCriteriaLine, self).create(vals)
        line._check_segment_editable()
        return line

    @api.multi
    def write(self, vals):
        self._check_segment_editable()
        if {"segment_id", "criteria_id"} & set(vals):
            raise UserError(_("A criteria step cannot be moved to another segment or saved "
                              "criteria: add a step there instead."))
        return super(InteractionSegmentCriteriaLine, self).write(vals)

    @api.multi
    def unlink(self):
        self._check_segment_editable()
        return super(InteractionSegmentCriteriaLine, self).unlink()

    def _check_segment_editable(self):
        """The steps of a logged segment tell how its entries were made:
        never changed, whoever writes (the segment's own write checks the
        same for its fields)."""
        # sudo: whether the steps' segments are logged, whoever may read them
        logged = self.sudo().mapped("segment_id").filtered("logged")
        if logged:
            raise UserError(
                _("The segment \"%s\" has been logged: its criteria steps can no longer be "
                  "changed. Duplicate the segment (Action > Duplicate) to change them.")
                % logged[0].name)
        segments = self.mapped("segment_id")
        segments.check_access_rights("write")
        segments.check_access_rule("write")

    def _step_values(self):
        """The values of a copy of the step (Save and Reuse Criteria)."""
        self.ensure_one()
        return {"sequence": self.sequence, "action": self.action, "domain": self.domain}
