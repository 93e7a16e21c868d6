# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import AutomationMixin, SegmentCase


class TestAutomatedActions(AutomationMixin, SegmentCase):
    """Entries inserted in bulk run the automated actions (base_automation)
    an integrator sets up on Interaction Log Entries, once per entry, as
    entries created one by one through the ORM would."""

    def test_on_creation_runs_for_entries_logged_in_bulk(self):
        self.create_automation("on_create")
        entries = self.Entry.sudo(self.user).log_interactions(self.partners, self.template)
        self.assertEqual(self.automated_entry_ids("on_create"), sorted(entries.ids))

    def test_on_creation_and_update_runs_for_a_logged_segment(self):
        self.create_automation("on_create_or_write")
        logged = self.create_segment().sudo(self.user).action_log()
        self.assertEqual(len(logged.entry_ids), len(self.partners))
        self.assertEqual(self.automated_entry_ids("on_create_or_write"),
                         sorted(logged.entry_ids.ids))

    def test_on_creation_runs_for_the_create_interaction_wizard(self):
        self.create_automation("on_create")
        wizard = self.env["interaction.create.wizard"].sudo(self.user).create({
            "partner_id": self.partners[0].id, "template_id": self.template.id,
            "description": "Phoned about the offer"})
        wizard.action_create()
        entry = self.Entry.search([("partner_id", "=", self.partners[0].id)])
        self.assertEqual(self.automated_entry_ids("on_create"), entry.ids)

    def test_orm_create_runs_the_action_once(self):
        self.create_automation("on_create")
        entry = self.Entry.sudo(self.user).create({
            "partner_id": self.partners[0].id, "template_id": self.template.id})
        self.assertEqual(self.automated_entry_ids("on_create"), entry.ids)

    def test_delete_canceled_runs_on_deletion_for_deleted_entries_only(self):
        self.create_automation("on_unlink")
        entries = self.Entry.log_interactions(self.partners, self.template)
        entries[:2].action_switch_canceled()
        deleted = self.Entry.sudo(self.manager)._delete_canceled(
            [("id", "in", entries.ids)])
        self.assertEqual(deleted, 2)
        self.assertEqual(self.automated_entry_ids("on_unlink"), sorted(entries[:2].ids))
        self.assertEqual(self.Entry.search([("id", "in", entries.ids)]), entries[2:])
