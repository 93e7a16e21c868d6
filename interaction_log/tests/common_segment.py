# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import SavepointCase


class SegmentCase(SavepointCase):
    """Fixtures of the segment tests: a template, contacts of our company and
    of another one, and users with and without the Interactions groups."""

    @classmethod
    def setUpClass(cls):
        super(SegmentCase, cls).setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True,
                                       no_reset_password=True))
        cls.company = cls.env.ref("base.main_company")
        cls.other_company = cls.env["res.company"].create({"name": "Segment Other Co"})
        cls.group = cls.env["interaction.group"].create({
            "code": "SEGTEST", "name": "Segment tests", "company_id": cls.company.id})
        cls.template = cls.env["interaction.template"].create({
            "code": "SEGLETTER", "name": "Segment letter", "group_id": cls.group.id,
            "unit_cost": 2.5, "unit_duration": 3, "company_id": cls.company.id})
        other_group = cls.env["interaction.group"].create({
            "code": "SEGOTHER", "name": "Other", "company_id": cls.other_company.id})
        cls.other_template = cls.env["interaction.template"].create({
            "code": "SEGOTHER", "name": "Other letter", "group_id": other_group.id,
            "company_id": cls.other_company.id})
        Partner = cls.env["res.partner"]
        cls.partners = Partner
        for index in range(3):
            cls.partners |= Partner.create({
                "name": "Segtest Contact %d" % index, "company_id": cls.company.id})
        cls.shared_partner = Partner.create({"name": "Segtest Shared", "company_id": False})
        cls.archived_partner = Partner.create({
            "name": "Segtest Archived", "company_id": cls.company.id, "active": False})
        cls.foreign_partner = Partner.create({
            "name": "Segtest Foreign", "company_id": cls.other_company.id})

        group_user = cls.env.ref("interaction_log.group_interaction_user")
        group_manager = cls.env.ref("interaction_log.group_interaction_manager")
        Users = cls.env["res.users"]
        cls.user = Users.create({
            "name": "Segment User", "login": "segment_user", "email": "su@example.com",
            "company_id": cls.company.id, "company_ids": [(6, 0, cls.company.ids)],
            "groups_id": [(6, 0, [group_user.id])]})
        cls.manager = Users.create({
            "name": "Segment Manager", "login": "segment_manager",
            "company_id": cls.company.id, "company_ids": [(6, 0, cls.company.ids)],
            "groups_id": [(6, 0, [group_manager.id])]})
        cls.employee = Users.create({
            "name": "Segment Employee", "login": "segment_employee",
            "company_id": cls.company.id, "company_ids": [(6, 0, cls.company.ids)],
            "groups_id": [(6, 0, [cls.env.ref("base.group_user").id])]})
        cls.Segment = cls.env["interaction.segment"]
        cls.LoggedSegment = cls.env["interaction.logged.segment"]
        cls.Entry = cls.env["interaction.log.entry"]

    def create_segment(self, **values):
        values.setdefault("name", "Segtest mailing")
        values.setdefault("template_id", self.template.id)
        values.setdefault("company_id", self.company.id)
        if values.get("contact_source", "list") == "list":
            values.setdefault("partner_ids", [(6, 0, self.partners.ids)])
        return self.Segment.create(values)

    def assertNothingLogged(self, segment):
        """No logged segment, no entry, segment still loggable."""
        segment.invalidate_cache()
        self.assertFalse(self.LoggedSegment.search([("segment_id", "=", segment.id)]))
        self.assertFalse(self.Entry.search([("segment_id", "=", segment.id)]))
        self.assertFalse(segment.logged)
