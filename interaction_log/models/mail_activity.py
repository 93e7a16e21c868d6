# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Where a call marked done becomes an interaction log entry, and where a
task planned with Create Task logs its feedback."""
from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import AccessError

from ..recording import log_by_kind, recording_never_fails

#: the links Create Task sets on its to-do (only the system sets them)
TASK_FIELDS = ("interaction_entry_id", "interaction_feedback_template_id")


class MailActivity(models.Model):
    _inherit = "mail.activity"

    interaction_entry_id = fields.Many2one(
        "interaction.log.entry", string="Interaction", ondelete="set null", readonly=True,
        help="Interaction this task was planned from (Create Task).")
    interaction_feedback_template_id = fields.Many2one(
        "interaction.template", string="Log Feedback With", ondelete="set null",
        readonly=True,
        help="When the task is marked done, its feedback is logged as an interaction "
             "with this template.")

    @api.model
    def create(self, vals):
        self._check_task_fields(vals)
        return super(MailActivity, self).create(vals)

    @api.multi
    def write(self, vals):
        self._check_task_fields(vals)
        return super(MailActivity, self).write(vals)

    @api.model
    def _check_task_fields(self, vals):
        """Only Create Task (as the system) links a task to an interaction."""
        if self.env.uid != SUPERUSER_ID and any(vals.get(name) for name in TASK_FIELDS):
            raise AccessError(_("The interaction of a task is set by Create Task: plan "
                                "the task from the interaction or the contact."))

    @api.multi
    def action_feedback(self, feedback=False):
        """Record the "Call" activities marked done as phone calls with the
        contact of their record, the feedback as the entry's notes; the
        tasks of Create Task that asked for it log their feedback with their
        template, linked to the entry they were planned from. Recording
        never fails marking the activity done."""
        tasks = self._interaction_log_task_rows(feedback)
        calls = self._interaction_log_call_rows(feedback)
        message_id = super(MailActivity, self).action_feedback(feedback=feedback)
        if calls:
            with recording_never_fails(self.env, "the calls %s" % self.ids):
                if len(calls) == 1 and message_id:
                    calls[0]["mail_message_id"] = message_id
                log_by_kind(self.env, "phone_call", calls, self.env.user)
        for template, row in tasks:
            with recording_never_fails(self.env, "the feedback of a task"):
                # sudo: the task was planned by an Interactions user with
                # this template (Create Task); who marks it done has it
                # recorded on their behalf, with values from server code
                self.env["interaction.log.entry"].sudo()._log_interactions(
                    [row.pop("partner_id")], template, dict(row, user_id=self.env.uid),
                    trusted=True)
        return message_id

    @api.multi
    def _interaction_log_task_rows(self, feedback):
        """(template, entry values) of the tasks that log their feedback
        (read before they are deleted)."""
        rows = []
        # sudo: the activities the user just marked done (Odoo checked that)
        for activity in self.sudo().filtered("interaction_feedback_template_id"):
            partner, values = activity._interaction_log_activity_values()
            if not partner:
                continue
            template = activity.interaction_feedback_template_id
            values.update({
                "partner_id": partner.id,
                "company_id": template.company_id.id,
                "description": activity.summary or None,
                "note": feedback or None,
                "task_origin_entry_id": activity.interaction_entry_id.id or None,
            })
            rows.append((template, values))
        return rows

    @api.multi
    def _interaction_log_call_rows(self, feedback):
        """Entry values of the call activities (read before they are
        deleted); tasks that log their feedback are left to it."""
        call_type = self.env["ir.model.data"].xmlid_to_res_id("mail.mail_activity_data_call")
        rows = []
        # sudo: the activities the user just marked done (Odoo checked that),
        # read to record the call on their behalf (log_by_kind)
        for activity in self.sudo().filtered(
                lambda act: act.activity_type_id.id == call_type
                and not act.interaction_feedback_template_id):
            partner, values = activity._interaction_log_activity_values()
            if not partner:
                continue
            record = self.env[activity.res_model].browse(activity.res_id)
            rows.append(dict(values, **{
                "partner_id": partner.id,
                "company_id": record._interaction_log_company_id(partner.company_id.id),
                "description": activity.summary or None,
                "subject": activity.summary or None,
                "note": feedback or None,
            }))
        return rows

    @api.multi
    def _interaction_log_activity_values(self):
        """(contact, entry values) of an interaction about this activity's
        record: its contact, source document and the record's own links
        (an opportunity); no contact when the record has none."""
        self.ensure_one()
        record = self.env[self.res_model].browse(self.res_id).exists()
        if not hasattr(record, "_interaction_log_call_partner"):
            return self.env["res.partner"], {}  # not a mail.thread: no contact to find
        partner = record._interaction_log_call_partner()
        if not partner:
            return partner, {}
        return partner, dict(record._interaction_log_row_values(),
                             document_ref=record._interaction_log_source(partner.id))
