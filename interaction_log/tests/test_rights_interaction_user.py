# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import RightsCase


class TestRightsInteractionUser(RightsCase):
    """Interactions / User records, cancels and restores interactions, but
    deletes nothing and configures nothing."""

    def test_user_reads_every_interaction_record(self):
        for model, record in self.records.items():
            with self.subTest(model=model):
                self.assertIn(record, self.env[model].sudo(self.user).search([]))
                self.assertTrue(record.sudo(self.user).read(["display_name"]))

    def test_user_records_interactions(self):
        entry = self.Entry.sudo(self.user).log_interactions(self.customer, self.template)
        self.assertEqual(entry.user_id, self.user)
        created = self.Entry.sudo(self.user).create({
            "partner_id": self.contact.id, "template_id": self.template_call.id})
        self.assertEqual(created.user_id, self.user)

    def test_user_creates_and_logs_a_segment(self):
        segment = self.env["interaction.segment"].sudo(self.user).create({
            "name": "Segment of a user", "template_id": self.template.id,
            "partner_ids": [(6, 0, (self.customer | self.contact).ids)]})
        logged = segment.action_log()
        self.assertEqual(logged.user_id, self.user)
        self.assertEqual(logged.entry_count, 2)
        self.assertEqual(set(logged.entry_ids.mapped("user_id")), {self.user})

    def test_user_records_with_the_create_wizard(self):
        wizard = self.env["interaction.create.wizard"].sudo(self.user).create({
            "partner_id": self.customer.id, "template_id": self.template.id,
            "description": "Visit by a user"})
        wizard.action_create()
        self.assertTrue(self.Entry.search([("description", "=", "Visit by a user"),
                                           ("user_id", "=", self.user.id)]))

    def test_user_cancels_and_restores_entries(self):
        self.assertSwitchCanceledTwice(self.entry.sudo(self.user))

    def test_user_cannot_delete_entries(self):
        for entry in (self.entry, self.canceled_entry):
            with self.assertAccessRefused(canceled=entry.canceled):
                entry.sudo(self.user).unlink()
        self.assertTrue(self.canceled_entry.exists())

    def test_user_cannot_run_the_delete_canceled_wizard(self):
        wizard = self.env["interaction.delete.canceled.wizard"].sudo(self.user).create({})
        with self.assertAccessRefused():
            wizard.action_delete()
        self.assertTrue(self.canceled_entry.exists())

    def test_user_cannot_configure(self):
        values = {
            "interaction.group": {"code": "USERGRP", "name": "Refused"},
            "interaction.template": {"code": "USERTPL", "name": "Refused",
                                     "group_id": self.group.id},
            "interaction.template.setup": {"document_type": "email",
                                           "template_id": self.template.id},
        }
        for model, record in self.configuration().items():
            with self.assertAccessRefused(model=model, operation="create"):
                self.env[model].sudo(self.user).create(values[model])
            with self.assertAccessRefused(model=model, operation="write"):
                record.sudo(self.user).write({"company_id": self.company.id})
            with self.assertAccessRefused(model=model, operation="unlink"):
                record.sudo(self.user).unlink()

    def test_user_cannot_delete_segments(self):
        for record in (self.segment, self.logged_segment):
            with self.assertAccessRefused(model=record._name):
                record.sudo(self.user).unlink()
        self.assertTrue(self.segment.exists())

    def test_only_a_logging_makes_a_logged_segment(self):
        """A logged segment says who logged what: users and managers log a
        segment, they cannot make a logged segment up."""
        for user in (self.user, self.manager):
            with self.assertAccessRefused(user=user.login):
                self.env["interaction.logged.segment"].sudo(user).create({
                    "segment_id": self.segment.id, "description": "Made up",
                    "user_id": self.user_plain.id})
