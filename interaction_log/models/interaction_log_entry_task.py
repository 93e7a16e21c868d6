# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Business Central's tasks of an interaction: the to-do planned from an
entry (Create Task), and the entry that logged its feedback."""
from odoo import api, fields, models

from .interaction_log_pipeline import SYSTEM, FieldRule


class InteractionLogEntry(models.Model):
    # one file per feature (the entry's own fields are in interaction_log_entry.py)
    _inherit = "interaction.log.entry"  # pylint: disable=consider-merging-classes-inherited

    task_activity_id = fields.Many2one(
        "mail.activity", string="Task", ondelete="set null", readonly=True, copy=False,
        help="To-do planned from this interaction with Create Task, until it is done.")
    task_origin_entry_id = fields.Many2one(
        "interaction.log.entry", string="Feedback of Task of", ondelete="set null",
        readonly=True, copy=False, index=True,
        help="This interaction logs the feedback of a task planned from that entry.")
    task_feedback_entry_ids = fields.One2many(
        "interaction.log.entry", "task_origin_entry_id", string="Task Feedback",
        readonly=True,
        help="Interactions that logged the feedback of the tasks planned from this entry.")

    @api.model
    def _entry_field_rules(self):
        rules = super(InteractionLogEntry, self)._entry_field_rules()
        # Create Task links the task, marking it done links the feedback
        rules["task_activity_id"] = FieldRule(SYSTEM)
        rules["task_origin_entry_id"] = FieldRule(SYSTEM, fixed=True)
        return rules
