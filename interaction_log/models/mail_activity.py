# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Where a call marked done becomes an interaction log entry."""
from odoo import api, models

from ..recording import log_by_kind, recording_never_fails


class MailActivity(models.Model):
    _inherit = "mail.activity"

    @api.multi
    def action_feedback(self, feedback=False):
        """Record the "Call" activities marked done as phone calls with the
        contact of their record, the feedback as the entry's notes.
        Recording never fails marking the activity done."""
        calls = self._interaction_log_call_rows(feedback)
        message_id = super(MailActivity, self).action_feedback(feedback=feedback)
        if calls:
            with recording_never_fails(self.env, "the calls %s" % self.ids):
                if len(calls) == 1 and message_id:
                    calls[0]["mail_message_id"] = message_id
                log_by_kind(self.env, "phone_call", calls, self.env.user)
        return message_id

    @api.multi
    def _interaction_log_call_rows(self, feedback):
        """Entry values of the call activities (read before they are deleted)."""
        call_type = self.env["ir.model.data"].xmlid_to_res_id("mail.mail_activity_data_call")
        rows = []
        # sudo: the activities the user just marked done (Odoo checked that),
        # read to record the call on their behalf (log_by_kind)
        for activity in self.sudo().filtered(lambda act: act.activity_type_id.id == call_type):
            record = self.env[activity.res_model].browse(activity.res_id).exists()
            if not hasattr(record, "_interaction_log_call_partner"):
                continue  # not a mail.thread: no contact to find
            partner = record._interaction_log_call_partner()
            if not partner:
                continue
            rows.append(dict({
                "partner_id": partner.id,
                "company_id": record._interaction_log_company_id(partner.company_id.id),
                "description": activity.summary or None,
                "subject": activity.summary or None,
                "note": feedback or None,
                "document_ref": record._interaction_log_source(partner.id),
            }, **record._interaction_log_row_values()))
        return rows
