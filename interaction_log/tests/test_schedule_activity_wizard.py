# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError

from .common import EntriesCase


class TestScheduleActivityWizard(EntriesCase):

    @classmethod
    def setUpFixtures(cls):
        super(TestScheduleActivityWizard, cls).setUpFixtures()
        cls.call_type = cls.env.ref("mail.mail_activity_data_call")

    def schedule(self, entries, user=None, **values):
        Wizard = self.env["interaction.schedule.activity.wizard"].with_context(
            active_model=self.Entry._name, active_ids=entries.ids)
        if user:
            Wizard = Wizard.sudo(user)
        values = dict({"activity_type_id": self.call_type.id, "summary": "Call back",
                       "date_deadline": "2030-03-01", "user_id": self.manager.id}, **values)
        return Wizard.create(values).action_confirm()

    def test_schedule_activity_creates_one_activity_per_entry(self):
        self.schedule(self.entries[:2], self.user)
        for entry in self.entries[:2]:
            activity = entry.activity_ids
            self.assertEqual(len(activity), 1)
            self.assertFields(activity, res_model=self.Entry._name, summary="Call back",
                              user_id=self.manager, date_deadline="2030-03-01")
        self.assertFalse(self.entries[2].activity_ids)
        mine = self.Entry.sudo(self.manager).search(
            [("activity_ids.user_id", "=", self.manager.id)])
        self.assertEqual(set(mine.ids), set(self.entries[:2].ids))

    def test_activity_type_gives_summary_and_due_date(self):
        self.call_type.write({"summary": "Call the contact", "days": 3})
        wizard = self.env["interaction.schedule.activity.wizard"].new(
            {"activity_type_id": self.call_type.id})
        wizard._onchange_activity_type_id()
        self.assertEqual(wizard.summary, "Call the contact")
        today = fields.Date.from_string(fields.Date.context_today(wizard))
        self.assertEqual(wizard.date_deadline,
                         fields.Date.to_string(today + timedelta(days=3)))

    def test_schedule_activity_refuses_canceled_entries(self):
        self.entries[0].action_switch_canceled()
        with self.assertRaisesRegex(UserError, "Canceled entries cannot get activities"):
            self.schedule(self.entries, self.user)
        self.assertFalse(self.entries.mapped("activity_ids"))

    def test_schedule_activity_without_interaction_rights_is_refused(self):
        with self.assertAccessRefused():
            self.schedule(self.entries, self.user_plain)
        self.assertFalse(self.entries.mapped("activity_ids"))
