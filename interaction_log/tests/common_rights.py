# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import InteractionCase


class RightsCase(InteractionCase):
    """The InteractionCase fixtures plus what every rights test needs: an
    entry, a canceled entry, a template setup line, a segment with a logged
    segment, and a portal user and the public user."""

    @classmethod
    def setUpFixtures(cls):
        cls.entry = cls.Entry.log_interactions(cls.customer, cls.template)
        cls.canceled_entry = cls.Entry.log_interactions(cls.other_customer, cls.template)
        cls.canceled_entry.action_switch_canceled()
        Setup = cls.env["interaction.template.setup"]
        Setup.search([("company_id", "=", cls.company.id),
                      ("document_type", "=", "meeting")]).unlink()
        cls.setup_line = Setup.create({
            "company_id": cls.company.id, "document_type": "meeting",
            "template_id": cls.template_call.id})
        cls.segment = cls.env["interaction.segment"].create({
            "name": "Rights segment", "template_id": cls.template.id,
            "partner_ids": [(6, 0, cls.other_customer.ids)]})
        cls.logged_segment = cls.env["interaction.segment"].create({
            "name": "Rights logged segment", "template_id": cls.template.id,
            "partner_ids": [(6, 0, cls.contact.ids)]}).action_log()
        cls.portal_user = cls._create_user("il_portal", ["base.group_portal"])
        cls.public_user = cls.env.ref("base.public_user")

    def configuration(self):
        """{model: one record} of every configuration model."""
        return {
            "interaction.group": self.group,
            "interaction.template": self.template,
            "interaction.template.setup": self.setup_line,
        }

    def all_records(self):
        """{model: one record} of every interaction model."""
        records = dict(self.configuration())
        records.update({
            "interaction.log.entry": self.entry,
            "interaction.segment": self.segment,
            "interaction.logged.segment": self.logged_segment,
        })
        return records
