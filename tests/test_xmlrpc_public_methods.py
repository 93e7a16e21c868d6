"""Every public method of the addons answers external clients.

A real Odoo server over a copy of the freshly installed test database (the
snapshot ``bin/test`` takes before any test runs, ``<test db>_browser``).
The administrator creates, over XML-RPC, a user with Interactions / User
rights (plus Employee and Sales / User: Own Documents Only). As that user,
every public method of the six addons (every method of their models whose
name does not start with ``_``) is called through Odoo's documented external
API, ``xmlrpc/2/common`` + ``xmlrpc/2/object`` ``execute_kw``, and once more
over JSON-RPC (``/jsonrpc``, service ``object``, ``execute_kw``). Each call
returns a value the protocol can send, or, where the user lacks the right, a
clean access or user error with a message: never a marshalling error or a
Python traceback.

The same calls, made by an Employee without any Interactions or Sales right
(``EMPLOYEE``), are refused, except the few Odoo methods we override that
such a user may call (``EMPLOYEE_MAY_CALL``); none of them records an entry
that user could not have made. The records such a call needs are made by
the administrator when the employee may not make them.

``CALLS`` lists the calls; ``test_every_public_method_has_an_rpc_call``
parses the addons' Python files and fails when a public method has none.
"""
import ast
import contextlib
import glob
import itertools
import os
import socket
import sys
import xmlrpc.client
from xml.parsers.expat import ExpatError

import pytest
import requests
from odoo.tools import config

import harness

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDONS = ("interaction_log", "interaction_log_report_hook", "interaction_log_calendar",
          "interaction_log_crm", "interaction_log_purchase", "interaction_log_stock",
          "interaction_log_base_partner_merge", "interaction_log_sale_crm",
          "interaction_log_mail_tracking", "interaction_log_queue_job",
          "interaction_log_web_timeline")
ODOO_BIN = os.path.join(os.path.dirname(sys.executable), "odoo")
ADMIN = ("admin", "admin")
USER = ("rpc_interaction_user", "rpc-user-pass")
#: the fewest rights: Employee only (no Interactions group, no Sales group)
EMPLOYEE = ("rpc_employee", "rpc-employee-pass")
#: seconds an RPC call may take before the client gives up
TIMEOUT = 120
#: fault codes of Odoo 11's XML-RPC (odoo/service/wsgi_server.py): a
#: UserError or MissingError (2), an AccessError (4); 1 carries a traceback
CLEAN_FAULT_CODES = (2, 4)
OK, REFUSED = "ok", "refused"
#: the call ran, but the protocol could not carry its bytes to the client
UNSENDABLE_BYTES = "unsendable bytes"
#: the server did not answer within the client's timeout
NO_ANSWER = "no answer"
#: the records the call needs could not be made: the call was not made
NO_FIXTURES = "no fixtures"

#: (model the method is defined on, method, model called, args(fixtures), kwargs,
#: expected, or {protocol: expected}): ``args`` makes the records the call
#: needs, as the user; a context value naming a fixture (``"partner"``) is
#: replaced by its id, a function of the Fixtures by what it returns.
CALLS = [
    ("calendar.event", "create", "calendar.event",
     lambda c: [c.event_values()], {}, OK),
    ("calendar.event", "write", "calendar.event",
     lambda c: [[c.event()], {"name": "Moved RPC meeting"}], {}, OK),
    ("calendar.event", "unlink", "calendar.event", lambda c: [[c.event()]], {}, OK),
    ("crm.lead", "action_create_interaction", "crm.lead", lambda c: [[c.lead()]], {}, OK),
    ("crm.lead", "action_view_interactions", "crm.lead", lambda c: [[c.lead()]], {}, OK),
    ("interaction.create.wizard", "default_get", "interaction.create.wizard",
     lambda c: [["partner_id", "template_id", "description", "company_id"]],
     {"context": {"default_partner_id": "partner"}}, OK),
    ("interaction.create.wizard", "action_create", "interaction.create.wizard",
     lambda c: [[c.create_wizard()]], {}, OK),
    ("interaction.create.wizard", "action_save_for_later", "interaction.create.wizard",
     lambda c: [[c.create_wizard()]], {}, OK),
    # the defaults of Create Task read the interaction it is planned from
    ("interaction.create.task.wizard", "default_get", "interaction.create.task.wizard",
     lambda c: [["entry_id", "partner_id", "summary", "feedback_template_id",
                 "opportunity_id"]],
     {"context": {"default_entry_id": lambda c: c.entry()}}, OK),
    # planned on the contact: the user may change contacts (Sales / User with CRM)
    ("interaction.create.task.wizard", "action_create_task", "interaction.create.task.wizard",
     lambda c: [[c.create("interaction.create.task.wizard", c.task_values())]], {}, OK),
    ("interaction.delete.canceled.wizard", "action_delete",
     "interaction.delete.canceled.wizard",
     lambda c: [[c.create("interaction.delete.canceled.wizard", {})]], {}, REFUSED),
    ("interaction.delete.canceled.wizard", "action_view_jobs",
     "interaction.delete.canceled.wizard",
     lambda c: [[c.create("interaction.delete.canceled.wizard", {})]], {}, REFUSED),
    ("interaction.evaluate.wizard", "action_confirm", "interaction.evaluate.wizard",
     lambda c: [[c.create("interaction.evaluate.wizard", {
         "entry_ids": [(6, 0, [c.entry()])], "evaluation": "positive"})]], {}, OK),
    ("interaction.group", "name_get", "interaction.group", lambda c: [[c.ids["group"]]], {},
     OK),
    ("interaction.group", "unlink", "interaction.group", lambda c: [[c.ids["group"]]], {},
     REFUSED),
    ("interaction.job.settings", "action_rebuild_statistics", "interaction.job.settings",
     lambda c: [[c.create("interaction.job.settings", {})]], {}, REFUSED),
    ("interaction.job.settings", "action_save", "interaction.job.settings",
     lambda c: [[c.create("interaction.job.settings", {})]], {}, REFUSED),
    ("interaction.job.settings", "action_view_rebuild_jobs", "interaction.job.settings",
     lambda c: [[c.create("interaction.job.settings", {})]], {}, REFUSED),
    ("interaction.log.document", "action_open_interactions", "sale.order",
     lambda c: [[c.ids["order"]]], {}, OK),
    ("interaction.log.entry", "action_create_opportunity", "interaction.log.entry",
     lambda c: [[c.entry()]], {}, OK),
    ("interaction.log.entry", "action_discard_postponed", "interaction.log.entry",
     lambda c: [[c.postponed_entry()]], {}, OK),
    ("interaction.log.entry", "action_open_document", "interaction.log.entry",
     lambda c: [[c.entry(document_ref="sale.order,%d" % c.ids["order"])]], {}, OK),
    ("interaction.log.entry", "action_resume", "interaction.log.entry",
     lambda c: [[c.postponed_entry()]], {}, OK),
    ("interaction.log.entry", "action_resend", "interaction.log.entry",
     lambda c: [[c.printed_entry()]], {}, OK),
    ("interaction.log.entry", "action_switch_canceled", "interaction.log.entry",
     lambda c: [[c.entry()]], {}, OK),
    ("interaction.log.entry", "action_what_was_sent", "interaction.log.entry",
     lambda c: [[c.printed_entry()]], {}, OK),
    # an entry that kept no copy: a clean UserError
    ("interaction.log.entry", "action_what_was_sent", "interaction.log.entry",
     lambda c: [[c.entry()]], {}, REFUSED),
    ("interaction.log.entry", "create", "interaction.log.entry",
     lambda c: [{"partner_id": c.ids["partner"], "template_id": c.ids["template"]}], {}, OK),
    ("interaction.log.entry", "init", "interaction.log.entry", lambda c: [[]], {}, REFUSED),
    ("interaction.log.entry", "log_interactions", "interaction.log.entry",
     lambda c: [[c.ids["partner"], c.ids["partner"]], c.ids["template"]],
     {"description": "Logged over RPC"}, OK),
    ("interaction.log.entry", "message_post", "interaction.log.entry",
     lambda c: [[c.entry()]], {"body": "A note over RPC", "message_type": "comment"}, OK),
    ("interaction.log.entry", "name_get", "interaction.log.entry",
     lambda c: [[c.entry()]], {}, OK),
    ("interaction.log.entry", "unlink", "interaction.log.entry",
     lambda c: [[c.entry(canceled=True)]], {}, REFUSED),
    ("interaction.log.entry", "write", "interaction.log.entry",
     lambda c: [[c.entry()], {"evaluation": "neutral"}], {}, OK),
    ("interaction.logged.segment", "action_create_follow_up_segment",
     "interaction.logged.segment", lambda c: [[c.logged_segment()]], {}, OK),
    ("interaction.logged.segment", "action_switch_canceled", "interaction.logged.segment",
     lambda c: [[c.logged_segment()]], {}, OK),
    ("interaction.logged.segment", "action_view_entries", "interaction.logged.segment",
     lambda c: [[c.logged_segment()]], {}, OK),
    ("interaction.logged.segment", "action_view_jobs", "interaction.logged.segment",
     lambda c: [[c.logged_segment()]], {}, OK),
    ("interaction.logged.segment", "unlink", "interaction.logged.segment",
     lambda c: [[c.logged_segment()]], {}, REFUSED),
    ("interaction.logged.segment", "write", "interaction.logged.segment",
     lambda c: [[c.logged_segment()], {"description": "Renamed over RPC"}], {}, OK),
    # managers only
    ("interaction.logged.segment.delete.wizard", "action_delete",
     "interaction.logged.segment.delete.wizard",
     lambda c: [[c.create("interaction.logged.segment.delete.wizard", {})]], {}, REFUSED),
    ("interaction.schedule.activity.wizard", "action_confirm",
     "interaction.schedule.activity.wizard",
     lambda c: [[c.create("interaction.schedule.activity.wizard", {
         "entry_ids": [(6, 0, [c.entry()])], "activity_type_id": c.ids["activity_type"],
         "user_id": c.uid})]], {}, OK),
    ("interaction.segment", "action_add_contacts", "interaction.segment",
     lambda c: [[c.steps_segment()]], {}, OK),
    ("interaction.segment", "action_go_back", "interaction.segment",
     lambda c: [[c.steps_segment(steps=1)]], {}, OK),
    ("interaction.segment", "action_log", "interaction.segment",
     lambda c: [[c.segment()]], {}, OK),
    ("interaction.segment", "action_reduce_contacts", "interaction.segment",
     lambda c: [[c.steps_segment()]], {}, OK),
    ("interaction.segment", "action_refine_contacts", "interaction.segment",
     lambda c: [[c.steps_segment()]], {}, OK),
    ("interaction.segment", "action_reuse_criteria", "interaction.segment",
     lambda c: [[c.steps_segment()]], {}, OK),
    ("interaction.segment", "action_save_criteria", "interaction.segment",
     lambda c: [[c.steps_segment(steps=1)]], {}, OK),
    ("interaction.segment", "action_send_and_log", "interaction.segment",
     lambda c: [[c.segment(template="mail_template_interaction")]], {}, OK),
    ("interaction.segment", "action_view_entries", "interaction.segment",
     lambda c: [[c.segment()]], {}, OK),
    # a segment not logged in the background has no jobs: a clean UserError
    ("interaction.segment", "action_view_jobs", "interaction.segment",
     lambda c: [[c.segment()]], {}, REFUSED),
    ("interaction.segment", "action_view_logged_segments", "interaction.segment",
     lambda c: [[c.segment()]], {}, OK),
    ("interaction.segment", "copy", "interaction.segment", lambda c: [[c.segment()]], {}, OK),
    ("interaction.segment", "unlink", "interaction.segment", lambda c: [[c.segment()]], {},
     REFUSED),
    ("interaction.segment", "write", "interaction.segment",
     lambda c: [[c.segment()], {"name": "Renamed RPC segment"}], {}, OK),
    ("interaction.segment.add.partners", "action_add_partners",
     "interaction.segment.add.partners",
     lambda c: [[c.create("interaction.segment.add.partners", {
         "segment_id": c.segment(), "partner_ids": [(6, 0, [c.ids["partner"]])]})]], {}, OK),
    ("interaction.segment.add.partners", "action_exclude_partners",
     "interaction.segment.add.partners",
     lambda c: [[c.create("interaction.segment.add.partners", {
         "mode": "exclude", "segment_id": c.segment(),
         "partner_ids": [(6, 0, [c.ids["partner"]])]})]], {}, OK),
    ("interaction.segment.criteria.line", "create", "interaction.segment.criteria.line",
     lambda c: [c.criteria_line_values()], {}, OK),
    ("interaction.segment.criteria.line", "unlink", "interaction.segment.criteria.line",
     lambda c: [[c.criteria_line()]], {}, OK),
    ("interaction.segment.criteria.line", "write", "interaction.segment.criteria.line",
     lambda c: [[c.criteria_line()], {"action": "refine"}], {}, OK),
    ("interaction.segment.criteria.wizard", "action_apply",
     "interaction.segment.criteria.wizard",
     lambda c: [[c.create("interaction.segment.criteria.wizard", {
         "segment_id": c.steps_segment(), "mode": "add", "domain": "[]"})]], {}, OK),
    ("interaction.segment.criteria.wizard", "action_apply",
     "interaction.segment.criteria.wizard",
     lambda c: [[c.create("interaction.segment.criteria.wizard", {
         "segment_id": c.steps_segment(steps=1), "mode": "save",
         "name": c.name("RPC criteria")})]], {}, OK),
    ("interaction.segment.follow.up.wizard", "action_create_segment",
     "interaction.segment.follow.up.wizard",
     lambda c: [[c.create("interaction.segment.follow.up.wizard", {
         "logged_segment_id": c.logged_segment(), "name": c.name("Follow-up RPC")})]], {},
     OK),
    ("interaction.statistics.mixin", "action_view_interactions", "interaction.group",
     lambda c: [[c.ids["group"]]], {}, OK),
    ("interaction.statistics.mixin", "get_interaction_statistics", "interaction.template",
     lambda c: [[c.ids["template"]]], {}, OK),
    # within dates, the statistics come from another query
    ("interaction.statistics.mixin", "get_interaction_statistics", "interaction.group",
     lambda c: [[c.ids["group"]]],
     {"date_from": "2000-01-01 00:00:00", "date_to": "2100-01-01 00:00:00"}, OK),
    ("interaction.statistics.period.wizard", "action_open_statistics",
     "interaction.statistics.period.wizard",
     lambda c: [[c.create("interaction.statistics.period.wizard", {
         "statistics_of": "salesperson", "date_from": "2026-01-01",
         "date_to": "2026-12-31"})]], {}, OK),
    ("interaction.switch.canceled.wizard", "action_confirm",
     "interaction.switch.canceled.wizard",
     lambda c: [[c.create("interaction.switch.canceled.wizard", {
         "entry_ids": [(6, 0, [c.entry()])]})]], {}, OK),
    ("interaction.template", "create", "interaction.template",
     lambda c: [{"code": "RPCNEW", "name": "New over RPC",
                 "group_id": c.ids["group"]}], {}, REFUSED),
    ("interaction.template", "name_get", "interaction.template",
     lambda c: [[c.ids["template"]]], {}, OK),
    ("interaction.template", "name_search", "interaction.template", lambda c: ["RPC"], {}, OK),
    ("interaction.template", "unlink", "interaction.template",
     lambda c: [[c.ids["template"]]], {}, REFUSED),
    ("interaction.template", "write", "interaction.template",
     lambda c: [[c.ids["template"]], {"name": "Changed"}], {}, REFUSED),
    ("interaction.template.setup", "create", "interaction.template.setup",
     lambda c: [{"document_type": "phone_call", "template_id": c.ids["template"]}], {},
     REFUSED),
    ("interaction.template.setup", "get_template", "interaction.template.setup",
     lambda c: ["sale_quote"], {}, OK),
    ("interaction.template.setup", "unlink", "interaction.template.setup",
     lambda c: [[c.ids["setup"]]], {}, REFUSED),
    ("interaction.template.setup", "write", "interaction.template.setup",
     lambda c: [[c.ids["setup"]], {"template_id": c.ids["template"]}], {}, REFUSED),
    # Odoo 11's XML-RPC sends bytes as a string (odoo/service/wsgi_server.py,
    # dump_bytes): a PDF's control characters make the response ill-formed
    # XML, whichever method returns it. The print is made and recorded; JSON-RPC
    # clients get the PDF.
    ("ir.actions.report", "render_qweb_pdf", "ir.actions.report",
     lambda c: [[c.ids["quotation_report"]], [c.ids["order"]]], {},
     {"XML-RPC": UNSENDABLE_BYTES, "JSON-RPC": OK}),
    # a kept copy of what was sent is proof: nobody changes it (reading it
    # answers None, which Odoo 11's XML-RPC cannot send, as for any attachment)
    ("ir.attachment", "check", "ir.attachment", lambda c: [[c.sent_copy()], "write"], {},
     REFUSED),
    # public in Odoo 11: only the mail queue sends, only the gateway reports
    # bounces (an email.message.Message, which no client can send)
    ("ir.mail_server", "send_email", "ir.mail_server", lambda c: [{}], {}, REFUSED),
    ("mail.thread", "message_receive_bounce", "res.partner",
     lambda c: [[c.ids["partner"]], "x@example.com", [c.ids["partner"]]], {"mail_id": "1"},
     REFUSED),
    ("mail.activity", "action_feedback", "mail.activity",
     lambda c: [[c.create("mail.activity", {
         "res_model_id": c.ids["entry_model"], "res_id": c.entry(),
         "activity_type_id": c.ids["activity_type"], "user_id": c.uid})]],
     {"feedback": "Done over RPC"}, OK),
    ("mail.activity", "create", "mail.activity", lambda c: [c.activity_values()], {}, OK),
    # the links of Create Task are the system's
    ("mail.activity", "create", "mail.activity",
     lambda c: [c.activity_values(interaction_entry_id=c.entry())], {}, REFUSED),
    # the administrator's to-do on an entry: Odoo lets who may change the
    # entry change it (and an Employee it is assigned to, by Odoo's rule)
    ("mail.activity", "write", "mail.activity",
     lambda c: [[c.activity()], {"summary": "Changed over RPC"}], {}, OK),
    ("mail.activity", "write", "mail.activity",
     lambda c: [[c.activity()], {"interaction_feedback_template_id": c.ids["template"]}],
     {}, REFUSED),
    ("mail.compose.message", "send_mail", "mail.compose.message",
     lambda c: [[c.create("mail.compose.message", {
         "model": "res.partner", "res_id": c.ids["partner"], "composition_mode": "comment",
         "subject": "Over RPC", "body": "<p>Hello</p>",
         "partner_ids": [(6, 0, [c.ids["partner"]])]})]], {}, OK),
    ("mail.mail", "send", "mail.mail", lambda c: [[c.ids["mail"]]], {}, REFUSED),
    ("mail.template", "generate_email", "mail.template",
     lambda c: [[c.ids["mail_template"]], c.ids["partner"]], {}, OK),
    # mail_tracking's rows: its own code writes them as superuser, its
    # access rules let only administrators (interaction_log_mail_tracking
    # follows them on the entries)
    ("mail.tracking.email", "write", "mail.tracking.email",
     lambda c: [[c.ids["tracking"]], {"state": "opened"}], {}, REFUSED),
    ("mail.tracking.event", "create", "mail.tracking.event",
     lambda c: [{"tracking_email_id": c.ids["tracking"], "event_type": "open"}], {}, REFUSED),
    ("mail.thread", "message_post", "res.partner",
     lambda c: [[c.ids["partner"]]], {"body": "A note over RPC", "message_type": "comment"},
     OK),
    # only message_process's parsed email is routed, which no RPC client can send
    ("mail.thread", "message_route_process", "res.partner",
     lambda c: [{}, {}, []], {}, REFUSED),
    # without the template whose letter it prints: a clean UserError
    ("report.interaction_log.report_interaction_letter", "get_report_values",
     "report.interaction_log.report_interaction_letter",
     lambda c: [[c.ids["partner"]]], {"data": {}}, REFUSED),
    # the company's settings: administrators only
    ("res.company", "write", "res.company",
     lambda c: [[c.ids["company"]], {"interaction_keep_print_copies": True}], {}, REFUSED),
    ("res.partner", "action_create_interaction", "res.partner",
     lambda c: [[c.ids["partner"]]], {}, OK),
    ("res.partner", "action_view_interactions", "res.partner",
     lambda c: [[c.ids["partner"]]], {}, OK),
    ("res.partner", "unlink", "res.partner", lambda c: [[c.ids["partner"]]], {}, REFUSED),
    ("res.users", "action_view_salesperson_interactions", "res.users",
     lambda c: [[c.uid]], {}, OK),
    ("utm.campaign", "action_activate", "utm.campaign", lambda c: [[c.campaign()]], {}, OK),
    ("utm.campaign", "action_done", "utm.campaign",
     lambda c: [[c.campaign(active=True)]], {}, OK),
    ("utm.campaign", "action_view_interactions", "utm.campaign",
     lambda c: [[c.ids["campaign"]]], {}, OK),
    ("utm.campaign", "action_view_responses", "utm.campaign",
     lambda c: [[c.campaign()]], {}, OK),
    ("utm.campaign", "action_view_targets", "utm.campaign", lambda c: [[c.campaign()]], {}, OK),
    # Odoo's rights: Employees create and change campaigns, nobody but
    # administrators deletes them
    ("utm.campaign", "create", "utm.campaign",
     lambda c: [{"name": c.name("RPC campaign")}], {}, OK),
    ("utm.campaign", "unlink", "utm.campaign", lambda c: [[c.campaign()]], {}, REFUSED),
    ("utm.campaign", "write", "utm.campaign",
     lambda c: [[c.campaign()], {"name": c.name("Renamed RPC campaign")}], {}, OK),
]

#: {(model called, method): kinds (document_type) of the entries the system
#: may record on their behalf} of the calls an Employee without any
#: Interactions or Sales right may make. Every other call of CALLS is refused
#: to such a user; so are, by Odoo's own rules, posting on a contact
#: (res.partner message_post, mail.compose.message send_mail: that needs
#: Contact Creation) and printing a quotation they may not read.
EMPLOYEE_MAY_CALL = {
    # Odoo's own methods we override: their own meetings (a meeting with an
    # outside contact is recorded on their behalf), the email a template
    # makes (not sent: nothing recorded)
    ("calendar.event", "create"): ("meeting",),
    ("calendar.event", "write"): ("meeting",),
    ("calendar.event", "unlink"): ("meeting",),
    ("mail.template", "generate_email"): (),
    # the defaults of Create Interaction, from the context only
    ("interaction.create.wizard", "default_get"): (),
    # window actions: they read no record, and the entries (or the wizard)
    # they open are refused to the user
    ("crm.lead", "action_view_interactions"): (),
    ("interaction.group", "action_view_interactions"): (),
    ("res.partner", "action_create_interaction"): (),
    ("res.partner", "action_view_interactions"): (),
    ("sale.order", "action_open_interactions"): (),
    ("utm.campaign", "action_view_interactions"): (),
    ("res.users", "action_view_salesperson_interactions"): (),
    ("utm.campaign", "action_view_responses"): (),
    ("utm.campaign", "action_view_targets"): (),
    # Odoo's own rights on campaigns (their status is refused to them)
    ("utm.campaign", "create"): (),
    ("utm.campaign", "write"): (),
    # statistics of the entries the user may read: none (an empty answer)
    ("interaction.group", "get_interaction_statistics"): (),
    ("interaction.template", "get_interaction_statistics"): (),
}
#: of EMPLOYEE_MAY_CALL, the calls whose answer must be empty
EMPLOYEE_GETS_NOTHING = {("interaction.group", "get_interaction_statistics"),
                         ("interaction.template", "get_interaction_statistics")}


def public_methods():
    """{(model, method)} of every public method in the addons' Python files."""
    found = set()
    for addon in ADDONS:
        for path in glob.glob(os.path.join(ROOT, addon, "**", "*.py"), recursive=True):
            if os.sep + "tests" + os.sep in path:
                continue
            with open(path) as source:
                tree = ast.parse(source.read(), path)
            for node in ast.walk(tree):
                if not isinstance(node, ast.ClassDef):
                    continue
                attributes = {target.id: item.value for item in node.body
                              if isinstance(item, ast.Assign)
                              for target in item.targets if isinstance(target, ast.Name)}
                model = attributes.get("_name") or attributes.get("_inherit")
                if model is None:
                    continue
                model = ast.literal_eval(model)
                model = model[0] if isinstance(model, list) else model
                found.update((model, item.name) for item in node.body
                             if isinstance(item, ast.FunctionDef)
                             and not item.name.startswith("_"))
    return found


def test_every_public_method_has_an_rpc_call():
    listed = {(model, method) for model, method, *_rest in CALLS}
    missing = sorted(public_methods() - listed)
    assert not missing, "public methods without an RPC call in CALLS: %s" % missing


class RpcError(Exception):
    """A call refused (``code``: the XML-RPC fault code, or its JSON-RPC
    equivalent) or that got no usable answer; ``name``: the server's
    exception class, e.g. ``odoo.exceptions.ValidationError``, when known."""

    def __init__(self, code, message, name=None):
        super(RpcError, self).__init__(message)
        self.code, self.message, self.name = code, message, name


class TimeoutTransport(xmlrpc.client.Transport):
    """An XML-RPC transport whose connections give up after ``timeout`` seconds."""

    def __init__(self, timeout=TIMEOUT):
        super(TimeoutTransport, self).__init__()
        self.timeout = timeout

    def make_connection(self, host):
        connection = super(TimeoutTransport, self).make_connection(host)
        connection.timeout = self.timeout
        if connection.sock:  # a kept-alive connection
            connection.sock.settimeout(self.timeout)
        return connection


class XmlRpcClient(object):
    """Odoo's documented external API: xmlrpc/2/common + xmlrpc/2/object."""
    protocol = "XML-RPC"

    def __init__(self, url, db, login, password):
        self.url, self.db, self.password = url, db, password
        self.transport = TimeoutTransport()
        common = xmlrpc.client.ServerProxy(url + "/xmlrpc/2/common",
                                           transport=TimeoutTransport())
        self.uid = common.authenticate(db, login, password, {})
        assert self.uid, "%s could not log in over XML-RPC" % login
        self.proxy = xmlrpc.client.ServerProxy(url + "/xmlrpc/2/object",
                                               transport=self.transport)

    def execute(self, model, method, args, kwargs=None, timeout=TIMEOUT):
        """``execute_kw``; RpcError when refused or not answered in ``timeout`` s."""
        self.transport.timeout = timeout
        try:
            return self.proxy.execute_kw(self.db, self.uid, self.password, model, method,
                                         args, kwargs or {})
        except xmlrpc.client.Fault as fault:
            # code 1 carries a traceback whose last line names the exception
            last_line = fault.faultString.strip().splitlines()[-1:] or [""]
            name = last_line[0].split(":")[0] if fault.faultCode == 1 else None
            raise RpcError(fault.faultCode, fault.faultString, name)
        except ExpatError as error:
            raise RpcError(UNSENDABLE_BYTES, "the response is no well-formed XML: %s" % error)
        except socket.timeout:
            self.transport.close()  # the connection still waits for that answer
            raise RpcError(NO_ANSWER, "no answer within %s s" % timeout)


class JsonRpcClient(XmlRpcClient):
    """The same service over JSON-RPC (/jsonrpc)."""
    protocol = "JSON-RPC"

    def __init__(self, url, db, login, password):
        self.url, self.db, self.password = url, db, password
        self.uid = self.call("common", "authenticate", [db, login, password, {}])
        assert self.uid, "%s could not log in over JSON-RPC" % login

    def call(self, service, method, args, timeout=TIMEOUT):
        try:
            response = requests.post(self.url + "/jsonrpc", json={
                "jsonrpc": "2.0", "method": "call", "id": 1,
                "params": {"service": service, "method": method, "args": args}},
                timeout=timeout)
        except requests.Timeout:
            raise RpcError(NO_ANSWER, "no answer within %s s" % timeout)
        response.raise_for_status()
        body = response.json()
        if body.get("error"):
            data = body["error"].get("data", {})
            code = 4 if "AccessError" in data.get("name", "") else (
                2 if data.get("exception_type") in ("user_error", "missing_error")
                else 1)
            raise RpcError(code, data.get("message") or body["error"].get("message"),
                           data.get("name"))
        return body.get("result")

    def execute(self, model, method, args, kwargs=None, timeout=TIMEOUT):
        return self.call("object", "execute_kw", [self.db, self.uid, self.password, model,
                                                  method, args, kwargs or {}], timeout)


class Fixtures(object):
    """The records a call needs, made through the client (as its user). With
    ``admin`` (a client of the administrator), what that user may not make
    is made by the administrator instead: the call itself stays the user's."""
    _names = itertools.count(1)

    def __init__(self, client, ids, admin=None):
        self.client, self.ids, self.uid, self.admin = client, ids, client.uid, admin

    def made(self, make):
        """``make(client)`` as the user, else as the administrator (with ``admin``)."""
        try:
            return make(self.client)
        except RpcError:
            if self.admin is None:
                raise
            return make(self.admin)

    def create(self, model, values, context=None):
        kwargs = {"context": context} if context else {}
        return self.made(lambda client: client.execute(model, "create", [values], kwargs))

    def name(self, prefix):
        return "%s %s %d" % (prefix, self.client.protocol, next(self._names))

    def entry(self, canceled=False, **values):
        values.setdefault("description", self.name("RPC entry"))

        def make(client):
            [entry_id] = client.execute("interaction.log.entry", "log_interactions",
                                        [[self.ids["partner"]], self.ids["template"]], values)
            if canceled:
                client.execute("interaction.log.entry", "action_switch_canceled", [[entry_id]])
            return entry_id
        return self.made(make)

    def _create_wizard(self, client, description):
        return client.execute("interaction.create.wizard", "create", [{
            "partner_id": self.ids["partner"], "template_id": self.ids["template"],
            "description": description}])

    def create_wizard(self, description=None):
        description = description or self.name("RPC wizard")
        return self.made(lambda client: self._create_wizard(client, description))

    def postponed_entry(self):
        description = self.name("RPC postponed")

        def make(client):
            client.execute("interaction.create.wizard", "action_save_for_later",
                           [[self._create_wizard(client, description)]])
            [entry_id] = client.execute("interaction.log.entry", "search", [[
                ("postponed", "=", True), ("description", "=", description)]])
            return entry_id
        return self.made(make)

    def _segment(self, client, template):
        return client.execute("interaction.segment", "create", [{
            "name": self.name("RPC segment"), "template_id": self.ids[template],
            "partner_ids": [(6, 0, [self.ids["partner"]])]}])

    def segment(self, template="template"):
        return self.made(lambda client: self._segment(client, template))

    def logged_segment(self):
        return self.made(lambda client: client.execute(
            "interaction.segment", "action_log", [[self._segment(client, "template")]])[0])

    def printed_entry(self):
        """The entry of a print of the fixtures' quotation, with its kept copy."""
        def make(client):
            try:
                client.execute("ir.actions.report", "render_qweb_pdf",
                               [[self.ids["quotation_report"]], [self.ids["order"]]])
            except RpcError as error:
                if error.code != UNSENDABLE_BYTES:  # the print was made all the same
                    raise
            return client.execute("interaction.log.entry", "search", [[
                ("document_ref", "=", "sale.order,%d" % self.ids["order"]),
                ("sent_copy_id", "!=", False)]], {"order": "id desc", "limit": 1})[0]
        return self.made(make)

    def sent_copy(self):
        """The kept copy (an attachment) of a print of the quotation."""
        entry_id = self.printed_entry()
        return self.made(lambda client: client.execute(
            "interaction.log.entry", "read", [[entry_id], ["sent_copy_id"]])[0]["sent_copy_id"][0])

    def steps_segment(self, steps=0):
        """A segment whose contacts come from ``steps`` criteria steps."""
        return self.create("interaction.segment", {
            "name": self.name("RPC steps segment"), "template_id": self.ids["template"],
            "contact_source": "steps", "criteria_line_ids": [
                (0, 0, {"sequence": step, "action": "add", "domain": "[]"})
                for step in range(1, steps + 1)]})

    def criteria_line_values(self):
        return {"segment_id": self.steps_segment(), "action": "add", "domain": "[]"}

    def criteria_line(self):
        return self.create("interaction.segment.criteria.line", self.criteria_line_values())

    def activity_values(self, **values):
        """A to-do on an entry, for the user."""
        return dict({"res_model_id": self.ids["entry_model"], "res_id": self.entry(),
                     "activity_type_id": self.ids["activity_type"], "user_id": self.uid,
                     "summary": self.name("RPC to-do")}, **values)

    def activity(self):
        return self.create("mail.activity", self.activity_values(
            user_id=self.ids["admin_user"]))

    def task_values(self):
        """Create Task from an entry, logging the task's feedback."""
        return {"entry_id": self.entry(), "partner_id": self.ids["partner"],
                "activity_type_id": self.ids["activity_type"], "user_id": self.uid,
                "summary": self.name("RPC task"), "date_deadline": "2026-12-31",
                "log_feedback": True, "feedback_template_id": self.ids["template"]}

    def campaign(self, active=False):
        """A planned campaign, or an active one."""
        def make(client):
            campaign_id = client.execute("utm.campaign", "create", [{
                "name": self.name("RPC campaign")}])
            if active:
                client.execute("utm.campaign", "action_activate", [[campaign_id]])
            return campaign_id
        return self.made(make)

    def event_values(self):
        return {"name": self.name("RPC meeting"), "start": "2026-03-02 10:00:00",
                "stop": "2026-03-02 11:00:00",
                "partner_ids": [(6, 0, [self.ids["partner"]])]}

    def event(self):
        return self.create("calendar.event", self.event_values())

    def lead(self):
        return self.create("crm.lead", {"name": self.name("RPC lead"),
                                        "partner_id": self.ids["partner"]})


@contextlib.contextmanager
def running_server(suffix):
    """A threaded Odoo server over ``<test db>_<suffix>``, a copy of the
    snapshot of the freshly installed test database, with the fixtures of
    admin_fixtures: yields (server, {fixture: id})."""
    with harness.snapshot_copy(config.rcfile, config["db_name"], suffix) as db:
        if db is None:
            pytest.skip("no snapshot of the freshly installed database: run bin/test")
        log = os.path.join(os.path.dirname(config.rcfile), "logs", "rpc-%s.log" % db.name)
        with harness.OdooServer(ODOO_BIN, config.rcfile, db.name, 0, log) as odoo_server:
            harness.set_report_url(db, odoo_server.url)
            yield odoo_server, admin_fixtures(odoo_server)


@pytest.fixture(scope="module")
def server():
    with running_server("rpc") as started:
        yield started


def admin_fixtures(odoo_server):
    """The users and the records only an administrator may create, over XML-RPC."""
    admin = XmlRpcClient(odoo_server.url, odoo_server.db, *ADMIN)

    def ref(xmlid):
        return admin.execute("ir.model.data", "xmlid_to_res_id", [xmlid])

    def model_id(model):
        return admin.execute("ir.model", "search", [[("model", "=", model)]])[0]

    ids = {}
    groups = [ref("base.group_user"), ref("interaction_log.group_interaction_user"),
              ref("sales_team.group_sale_salesman")]
    for name, (login, password), user_groups in [
            ("RPC Interaction User", USER, groups),
            ("RPC Employee", EMPLOYEE, [ref("base.group_user")])]:
        admin.execute("res.users", "create", [{
            "name": name, "login": login, "password": password,
            "email": "%s@example.com" % login, "groups_id": [(6, 0, user_groups)]}],
            {"context": {"no_reset_password": True}})
    ids["partner"] = admin.execute("res.partner", "create", [{
        "name": "RPC Customer", "email": "rpc.customer@example.com"}])
    ids["group"] = admin.execute("interaction.group", "create", [{
        "code": "RPCGROUP", "name": "RPC group"}])
    ids["template"] = admin.execute("interaction.template", "create", [{
        "code": "RPCCALL", "name": "RPC call", "group_id": ids["group"]}])
    ids["mail_template"] = admin.execute("mail.template", "create", [{
        "name": "RPC mailing", "model_id": model_id("res.partner"),
        "subject": "News for ${object.name}", "body_html": "<p>Hello ${object.name}</p>"}])
    ids["mail_template_interaction"] = admin.execute("interaction.template", "create", [{
        "code": "RPCMAIL", "name": "RPC mailing", "group_id": ids["group"],
        "correspondence_type": "email", "mail_template_id": ids["mail_template"]}])
    product = admin.execute("product.product", "search", [[("sale_ok", "=", True)]],
                            {"limit": 1})[0]
    ids["order"] = admin.execute("sale.order", "create", [{
        "partner_id": ids["partner"], "user_id": False,
        "order_line": [(0, 0, {"product_id": product, "product_uom_qty": 1})]}])
    ids["mail"] = admin.execute("mail.mail", "create", [{
        "subject": "RPC", "body_html": "<p>RPC</p>", "email_to": "rpc.customer@example.com"}])
    ids["tracking"] = admin.execute("mail.tracking.email", "create", [{
        "name": "RPC", "partner_id": ids["partner"], "recipient": "rpc.customer@example.com"}])
    ids["quotation_report"] = ref("sale.action_report_saleorder")
    ids["activity_type"] = ref("mail.mail_activity_data_todo")
    ids["entry_model"] = model_id("interaction.log.entry")
    ids["campaign"] = admin.execute("utm.campaign", "create", [{"name": "RPC campaign"}])
    ids["company"] = ref("base.main_company")
    ids["admin_user"] = admin.uid
    ids["setup"] = admin.execute("interaction.template.setup", "search", [[]],
                                 {"limit": 1})[0]
    return ids


def outcome(client, ids, row, admin=None):
    """(status, detail) of one row of CALLS, called as the client's user; with
    ``admin``, the records that user may not make are made by the administrator."""
    _model, method, model, args, kwargs, _expected = row
    fixtures = Fixtures(client, ids, admin)
    kwargs = dict(kwargs)
    try:
        if "context" in kwargs:
            kwargs["context"] = {
                key: value(fixtures) if callable(value) else ids.get(value, value)
                for key, value in kwargs["context"].items()}
        call_args = args(fixtures)
    except RpcError as error:  # not the call's refusal: its records could not be made
        return NO_FIXTURES, error
    try:
        result = client.execute(model, method, call_args, kwargs)
    except RpcError as error:
        return (UNSENDABLE_BYTES if error.code == UNSENDABLE_BYTES else REFUSED), error
    return OK, result


def unexpected(name, status, expected, detail):
    """What is wrong with the outcome of the call ``name``, or None."""
    if status == REFUSED and (detail.code not in CLEAN_FAULT_CODES
                              or "Traceback" in detail.message):
        return ("%s ended in a fault that is no clean error (code %s): %s"
                % (name, detail.code, detail.message[-1500:]))
    if status != expected:
        return ("%s: expected %s, got %s: %s"
                % (name, expected, status, repr(getattr(detail, "message", detail))[:300]))
    if status == REFUSED and not detail.message.strip():
        return "%s was refused without a message" % name
    return None


def printed(client, ids):
    """How many entries record a print of the fixtures' quotation."""
    return client.execute("interaction.log.entry", "search_count", [[
        ("document_ref", "=", "sale.order,%d" % ids["order"]),
        ("report_id", "=", ids["quotation_report"])]])


@pytest.mark.parametrize("client_class", [XmlRpcClient, JsonRpcClient],
                         ids=["xmlrpc", "jsonrpc"])
def test_every_public_method_answers_an_interactions_user(server, client_class):
    odoo_server, ids = server
    client = client_class(odoo_server.url, odoo_server.db, *USER)
    problems = []
    for row in CALLS:
        model, method, expected = row[2], row[1], row[5]
        if isinstance(expected, dict):
            expected = expected[client.protocol]
        printed_before = printed(client, ids) if method == "render_qweb_pdf" else None
        status, detail = outcome(client, ids, row)
        if printed_before is not None and printed(client, ids) != printed_before + 1:
            problems.append("%s did not record the print of the quotation" % method)
        problem = unexpected("%s.%s" % (model, method), status, expected, detail)
        if problem:
            problems.append(problem)
    assert not problems, "%s as an Interactions user:\n%s\n--- server log ---\n%s" % (
        client.protocol, "\n".join(problems), odoo_server.log_tail(30))


@pytest.mark.parametrize("client_class", [XmlRpcClient, JsonRpcClient],
                         ids=["xmlrpc", "jsonrpc"])
def test_every_public_method_refuses_an_employee_without_interaction_rights(
        server, client_class):
    odoo_server, ids = server
    client = client_class(odoo_server.url, odoo_server.db, *EMPLOYEE)
    admin = XmlRpcClient(odoo_server.url, odoo_server.db, *ADMIN)
    problems = []
    for row in CALLS:
        model, method = row[2], row[1]
        name = "%s.%s" % (model, method)
        kinds = EMPLOYEE_MAY_CALL.get((model, method))
        last_entry = admin.execute("interaction.log.entry", "search", [[]],
                                   {"order": "id desc", "limit": 1}) or [0]
        status, detail = outcome(client, ids, row, admin)
        problem = unexpected(name, status, REFUSED if kinds is None else OK, detail)
        if problem:
            problems.append(problem)
        elif (model, method) in EMPLOYEE_GETS_NOTHING and detail:
            problems.append("%s answered what the employee may not read: %r" % (name, detail))
        # the administrator's fixtures record as the administrator; what the
        # employee's call recorded is recorded for the employee
        recorded = admin.execute("interaction.log.entry", "search_read", [[
            ("id", ">", last_entry[0]), ("user_id", "!=", admin.uid)]],
            {"fields": ["document_type", "description"]})
        wrong = [entry for entry in recorded if entry["document_type"] not in (kinds or ())]
        if wrong:
            problems.append("%s (%s) recorded entries the employee could not have made: %s"
                            % (name, status, wrong))
    assert not problems, (
        "%s as an Employee without Interactions rights:\n%s\n--- server log ---\n%s"
        % (client.protocol, "\n".join(problems), odoo_server.log_tail(30)))
