# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import SavepointCase


def create_mail_template(env):
    return env["mail.template"].create({
        "name": "Spring offer (test)",
        "model_id": env["ir.model"]._get("res.partner").id,
        "subject": "Spring offer for ${object.name}",
        "body_html": "<p>Dear ${object.name}, our spring offer.</p>",
        "email_from": "sales@example.com",
    })


class InteractionCase(SavepointCase):
    """Fixtures shared by the interaction tests: a group, two templates,
    contacts and three users (no interaction rights, user, manager)."""

    @classmethod
    def setUpClass(cls):
        super(InteractionCase, cls).setUpClass()
        try:
            cls.setUpCommonFixtures()
            cls.setUpFixtures()
        except BaseException:
            # unittest skips tearDownClass when setUpClass fails: roll the
            # class transaction back, or the next test classes wait on its locks
            cls.tearDownClass()
            raise

    @classmethod
    def setUpFixtures(cls):
        """Create the records of the test class (override it)."""

    @classmethod
    def setUpCommonFixtures(cls):
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True,
                                       mail_create_nolog=True, no_reset_password=True))
        cls.company = cls.env.ref("base.main_company")
        cls.Entry = cls.env["interaction.log.entry"]
        cls.group = cls.env["interaction.group"].create({
            "code": "TESTGRP", "name": "Test letters", "company_id": cls.company.id,
        })
        cls.template = cls.env["interaction.template"].create({
            "code": "TESTLTR", "name": "Test letter", "group_id": cls.group.id,
            "unit_cost": 2.5, "unit_duration": 10.0,
            "information_flow": "outbound", "initiated_by": "us",
            "correspondence_type": "hard_copy", "company_id": cls.company.id,
        })
        cls.template_call = cls.env["interaction.template"].create({
            "code": "TESTCALL", "name": "Test call", "group_id": cls.group.id,
            "unit_cost": 0.0, "unit_duration": 5.0,
            "information_flow": "inbound", "initiated_by": "them",
            "correspondence_type": False, "company_id": cls.company.id,
        })
        Partner = cls.env["res.partner"]
        cls.salesman = cls._create_user("il_salesman", [])
        cls.customer = Partner.create({
            "name": "Interaction Customer", "is_company": True,
            "user_id": cls.salesman.id,
        })
        cls.contact = Partner.create({
            "name": "Interaction Contact", "parent_id": cls.customer.id,
        })
        cls.other_customer = Partner.create({"name": "Other Interaction Customer"})
        cls.user_plain = cls._create_user("il_plain", ["base.group_user"])
        cls.user = cls._create_user(
            "il_user", ["base.group_user", "interaction_log.group_interaction_user"])
        cls.manager = cls._create_user(
            "il_manager", ["base.group_user", "interaction_log.group_interaction_manager"])

    @classmethod
    def _create_user(cls, login, group_xmlids):
        return cls.env["res.users"].create({
            "name": login.replace("_", " ").title(),
            "login": login,
            "email": "%s@example.com" % login,
            "company_id": cls.company.id,
            "company_ids": [(6, 0, [cls.company.id])],
            "groups_id": [(6, 0, [cls.env.ref(xmlid).id for xmlid in group_xmlids])],
        })

    def log(self, partners=None, template=None, **values):
        return self.Entry.log_interactions(
            partners if partners is not None else self.customer,
            template or self.template, **values)


class AutomationMixin(object):
    """Automated actions (base_automation) on interaction log entries, set
    up as the registry would after creating them: each action creates a
    contact named after the entry it ran on, which the tests count."""

    def create_automation(self, trigger):
        if "base.automation" not in self.env.registry:
            self.skipTest("base_automation is not installed")
        # import_file: no commit and no registry reload in the middle of a test
        automation = self.env["base.automation"].with_context(import_file=True).create({
            "name": "Interaction test automation (%s)" % trigger,
            "model_id": self.env.ref("interaction_log.model_interaction_log_entry").id,
            "trigger": trigger,
            "state": "code",
            "code": "for record in records:\n"
                    "    env['res.partner'].sudo().create("
                    "{'name': 'IL automation %s %%d' %% record.id})"
                    % trigger,
        })
        # patch create/_write/unlink as base_automation does when the
        # registry loads; undone after the test
        Entry = type(self.env["interaction.log.entry"])
        originals = {name: Entry.__dict__.get(name) for name in ("create", "_write", "unlink")}
        self.addCleanup(self._revert_automation_patches, Entry, originals)
        self.env["base.automation"]._register_hook()
        return automation

    @staticmethod
    def _revert_automation_patches(model_class, originals):
        for name, original in originals.items():
            if original is None:
                if name in model_class.__dict__:
                    delattr(model_class, name)
            else:
                setattr(model_class, name, original)

    def automated_entry_ids(self, trigger):
        """Ids of the entries the automated action of ``trigger`` ran on,
        once per run."""
        prefix = "IL automation %s " % trigger
        names = self.env["res.partner"].with_context(active_test=False).search(
            [("name", "=like", prefix + "%")]).mapped("name")
        return sorted(int(name[len(prefix):]) for name in names)
