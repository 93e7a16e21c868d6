# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import threading
from contextlib import contextmanager

from psycopg2 import IntegrityError

from odoo import SUPERUSER_ID, api
from odoo.exceptions import AccessError
from odoo.tests.common import SavepointCase, TransactionCase
from odoo.tools import mute_logger


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
    def _create_user(cls, login, group_xmlids, company=None):
        company = company or cls.company
        return cls.env["res.users"].create({
            "name": login.replace("_", " ").title(),
            "login": login,
            "email": "%s@example.com" % login,
            "company_id": company.id,
            "company_ids": [(6, 0, company.ids)],
            "groups_id": [(6, 0, [cls.env.ref(xmlid).id for xmlid in group_xmlids])],
        })

    @classmethod
    def _create_company(cls, name, code):
        """Another company with a group and a template of its own:
        (company, group, template)."""
        company = cls.env["res.company"].create({"name": name})
        group = cls.env["interaction.group"].create({
            "code": code, "name": "%s group" % name, "company_id": company.id})
        template = cls.env["interaction.template"].create({
            "code": code, "name": "%s letter" % name, "group_id": group.id,
            "company_id": company.id})
        return company, group, template

    @classmethod
    def _create_interaction_records(cls, template, partner, label):
        """{model: one record} of every interaction model in the company of
        ``template``, about ``partner``, and "canceled": a canceled entry."""
        company = template.company_id
        Setup = cls.env["interaction.template.setup"]
        Setup.search([("company_id", "=", company.id), ("document_type", "=", "meeting")]).unlink()
        canceled = cls.Entry.log_interactions(partner, template, description="Canceled")
        canceled.action_switch_canceled()
        Segment = cls.env["interaction.segment"]
        segment = {"template_id": template.id, "company_id": company.id,
                   "partner_ids": [(6, 0, partner.ids)]}
        return {
            "interaction.group": template.group_id,
            "interaction.template": template,
            "interaction.template.setup": Setup.create({
                "company_id": company.id, "document_type": "meeting",
                "template_id": template.id}),
            "interaction.segment": Segment.create(dict(segment, name="%s segment" % label)),
            "interaction.logged.segment": Segment.create(
                dict(segment, name="%s logged segment" % label)).action_log(),
            "interaction.log.entry": cls.Entry.log_interactions(partner, template),
            "canceled": canceled,
        }

    def log(self, partners=None, template=None, **values):
        return self.Entry.log_interactions(
            partners if partners is not None else self.customer,
            template or self.template, **values)

    def assertSqlConstraintRefuses(self, constraint, message, model, values):
        """The database refuses ``values`` with ``constraint``, and a user of
        the web client or RPC gets ``message`` (Odoo's RPC layer turns the
        constraint into that ValidationError)."""
        with self.assertRaisesRegex(IntegrityError, constraint), mute_logger("odoo.sql_db"):
            with self.env.cr.savepoint():
                self.env[model].create(values)
        self.assertIn(message, self.registry._sql_error[constraint])

    @contextmanager
    def assertAccessRefused(self, **subtest):
        """An access right or a record rule refuses what the block does (in a
        subtest named by ``subtest``)."""
        with self.subTest(**subtest), self.assertRaisesRegex(
                AccessError, "Sorry, you are not allowed to|due to security restrictions"):
            yield

    def assertSwitchCanceledTwice(self, records):
        """Switch Canceled cancels ``records``; a second switch restores them."""
        for canceled in (True, False):
            records.action_switch_canceled()
            self.assertEqual(set(records.mapped("canceled")), {canceled})

    def assertFields(self, record, **expected):
        """Each field of ``record`` named in ``expected`` has that value."""
        self.assertEqual({name: record[name] for name in expected}, expected)

    def assertTemplateDefaults(self, record):
        """``record`` has the defaults of the letter template."""
        self.assertFields(record, description="Test letter", cost=2.5, duration=10.0,
                          information_flow="outbound", initiated_by="us",
                          correspondence_type="hard_copy", salesperson_id=self.salesman)


class EntriesCase(InteractionCase):
    """An entry of the letter template for the customer, its contact and
    the other customer."""

    @classmethod
    def setUpFixtures(cls):
        cls.entries = cls.Entry.log_interactions(
            cls.customer | cls.contact | cls.other_customer, cls.template)


class SegmentCase(InteractionCase):
    """Segment contacts: three of our company, one shared by every company,
    one archived, one of another company (which has a template of its own)."""

    @classmethod
    def setUpFixtures(cls):
        cls.other_company, _group, cls.other_template = cls._create_company(
            "Segment Other Co", "SEGOTHER")
        Partner = cls.env["res.partner"]
        cls.partners = Partner.browse([
            Partner.create({"name": "Segtest Contact %d" % index, "company_id": cls.company.id}).id
            for index in range(3)])
        cls.shared_partner = Partner.create({"name": "Segtest Shared", "company_id": False})
        cls.archived_partner = Partner.create({
            "name": "Segtest Archived", "company_id": cls.company.id, "active": False})
        cls.foreign_partner = Partner.create({
            "name": "Segtest Foreign", "company_id": cls.other_company.id})
        cls.Segment = cls.env["interaction.segment"]
        cls.LoggedSegment = cls.env["interaction.logged.segment"]

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


class RightsCase(InteractionCase):
    """One record of every interaction model (an entry, a canceled entry,
    a meeting setup line, a segment, a logged segment), a portal user and
    the public user."""

    @classmethod
    def setUpFixtures(cls):
        cls.records = cls._create_interaction_records(cls.template, cls.other_customer, "Rights")
        cls.entry = cls.records["interaction.log.entry"]
        cls.canceled_entry = cls.records.pop("canceled")
        cls.setup_line = cls.records["interaction.template.setup"]
        cls.segment = cls.records["interaction.segment"]
        cls.logged_segment = cls.records["interaction.logged.segment"]
        cls.portal_user = cls._create_user("il_portal", ["base.group_portal"])
        cls.public_user = cls.env.ref("base.public_user")

    def configuration(self):
        """{model: one record} of every configuration model."""
        return {model: self.records[model] for model in (
            "interaction.group", "interaction.template", "interaction.template.setup")}


class CommittedCase(TransactionCase):
    """Tests that commit their data, for other transactions and threads to
    see it as Odoo's workers would; they delete it again in a cleanup."""

    @contextmanager
    def committed_env(self):
        """A superuser environment on a cursor of its own, committed at the end."""
        with self.registry.cursor() as cr:
            yield api.Environment(cr, SUPERUSER_ID, {
                "tracking_disable": True, "mail_create_nolog": True, "no_reset_password": True})

    def delete_committed(self, template_id, group_id, partner_ids=(), user_ids=()):
        """Delete what a test committed: the entries and the Delete Canceled
        wizards of its template, its users, its contacts (the users' too),
        the template and its group."""
        with self.committed_env() as env:
            env.cr.execute("DELETE FROM interaction_log_entry WHERE template_id = %s",
                           [template_id])
            env["interaction.delete.canceled.wizard"].search([
                ("template_id", "=", template_id)]).unlink()
            users = env["res.users"].browse(user_ids)
            partners = users.mapped("partner_id") | env["res.partner"].browse(partner_ids)
            users.unlink()
            partners.unlink()
            env["interaction.template"].browse(template_id).unlink()
            env["interaction.group"].browse(group_id).unlink()

    def run_in_threads(self, *functions):
        """Run the functions at once, each in a thread of its own; return what
        each returned, or the repr of what it raised."""
        outcome = [None] * len(functions)

        def run(index):
            with api.Environment.manage():
                try:
                    outcome[index] = functions[index]()
                except Exception as error:  # reported by the test, not lost in the thread
                    outcome[index] = repr(error)

        threads = [threading.Thread(target=run, args=(index,)) for index in range(len(functions))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        self.assertFalse([thread for thread in threads if thread.is_alive()],
                         "a thread took over a minute")
        return outcome

    def print_concurrently_while_folding(self, prints, partner_ids, template_id, prefix):
        """``prints`` recordings of ``template_id`` for ``partner_ids``, each
        in a transaction of its own (document names ``prefix``-N), that all
        took their snapshot before any commits, while the cron folds the
        statistics: each recording and the fold succeed."""
        barrier = threading.Barrier(prints + 1)

        def print_document(index):
            def log():
                with self.committed_env() as env:
                    env.cr.execute("SELECT 1")  # every snapshot before any commit
                    barrier.wait(timeout=30)
                    env["interaction.log.entry"].log_interactions(
                        partner_ids, template_id, document_name="%s-%d" % (prefix, index))
                return "logged"
            return log

        def fold():
            barrier.wait(timeout=30)
            with self.committed_env() as env:
                env["interaction.statistics.store"]._cron_fold_statistics()
            return "folded"

        outcome = self.run_in_threads(*[print_document(index) for index in range(prints)], fold)
        self.assertEqual(outcome, ["logged"] * prints + ["folded"])


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
        # the new registry has empty caches (ormcache), as after the test
        self.registry.clear_caches()
        self.addCleanup(self.registry.clear_caches)
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
