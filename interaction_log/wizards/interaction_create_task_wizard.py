# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from .interaction_create_wizard import activity_deadline


class InteractionCreateTaskWizard(models.TransientModel):
    """Business Central's "Create Task": plan a to-do on the contact of an
    interaction (or on the contact itself), assigned to a user; the entry
    links the task, and the task's feedback can be logged as a new
    interaction when it is marked done."""
    _name = "interaction.create.task.wizard"
    _description = "Create Task"

    entry_id = fields.Many2one(
        "interaction.log.entry", string="Interaction", readonly=True,
        help="Interaction the task is planned from; it links the task.")
    partner_id = fields.Many2one(
        "res.partner", string="Contact", required=True,
        help="Contact the task is about: the task is planned on the contact.")
    activity_type_id = fields.Many2one(
        "mail.activity.type", string="Activity Type", required=True,
        default=lambda self: self.env.ref("mail.mail_activity_data_todo", False),
        domain="['|', ('res_model_id', '=', False), ('res_model_id.model', '=', 'res.partner')]")
    summary = fields.Char(required=True)
    note = fields.Html()
    date_deadline = fields.Date(
        string="Due Date", required=True, default=fields.Date.context_today)
    user_id = fields.Many2one(
        "res.users", string="Assigned to", required=True,
        default=lambda self: self.env.user)
    log_feedback = fields.Boolean(
        string="Log Feedback as Interaction",
        help="When the task is marked done, its feedback is logged as a new interaction "
             "with the contact, linked to the interaction the task was planned from.")
    feedback_template_id = fields.Many2one(
        "interaction.template", string="Feedback Template",
        help="Template of the interaction that logs the task's feedback.")

    @api.model
    def default_get(self, field_names):
        values = super(InteractionCreateTaskWizard, self).default_get(field_names)
        entry = self.env["interaction.log.entry"].browse(values.get("entry_id"))
        if entry:
            values.setdefault("partner_id", entry.partner_id.id)
            values.setdefault("summary", _("Follow up: %s") % entry.description)
            values.setdefault("feedback_template_id", entry.template_id.id)
        return values

    @api.onchange("activity_type_id")
    def _onchange_activity_type_id(self):
        if self.activity_type_id:
            self.date_deadline = activity_deadline(self, self.activity_type_id)

    @api.multi
    def action_create_task(self):
        """Plan the task (Odoo checks the user may change the record it is
        planned on), link it to the interaction and open nothing more."""
        self.ensure_one()
        self.env["interaction.log.entry"].check_access_rights("create")
        entry = self._task_entry()
        template = self.feedback_template_id if self.log_feedback else self.env[
            "interaction.template"]
        if self.log_feedback:
            if not template:
                raise UserError(_("Choose the template of the interaction that logs the "
                                  "task's feedback, or untick Log Feedback as Interaction."))
            template.check_access_rights("read")
            template.check_access_rule("read")
        record = self._task_record()
        # sudo: the id of a model, which any user may know
        model = self.env["ir.model"].sudo()._get(record._name)
        activity = self.env["mail.activity"].create({
            "res_model_id": model.id,
            "res_id": record.id,
            "activity_type_id": self.activity_type_id.id,
            "summary": self.summary,
            "note": self.note,
            "date_deadline": self.date_deadline,
            "user_id": self.user_id.id,
        })
        if entry or template:
            # sudo: the links only Create Task sets, to the entry the user
            # may change (checked) and the template they may read (checked)
            activity.sudo().write({"interaction_entry_id": entry.id,
                                   "interaction_feedback_template_id": template.id})
        if entry:
            # sudo: the task link is set by the system (_entry_field_rules)
            entry.sudo().write({"task_activity_id": activity.id})
        return {"type": "ir.actions.act_window_close"}

    @api.multi
    def _task_entry(self):
        """The interaction the task is planned from, checked: the user may
        change it, and it is recorded."""
        entry = self.entry_id
        if not entry:
            return entry
        entry.check_access_rights("write")
        entry.check_access_rule("write")
        if entry.canceled or entry.postponed:
            raise UserError(_("Entry %s is canceled or postponed: restore or log it before "
                              "planning a task from it.") % (entry.entry_no or entry.description))
        if entry.partner_id != self.partner_id:
            raise UserError(_("A task planned from an interaction is about its contact: "
                              "keep the contact %s.") % entry.partner_id.display_name)
        return entry

    @api.multi
    def _task_record(self):
        """The record the task is planned on: the contact (bridges plan it
        on the interaction's opportunity)."""
        return self.partner_id
