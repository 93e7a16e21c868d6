"""Security of the addons over Odoo's external API, as real low-rights users
(issue 21).

A real Odoo server over a copy of the freshly installed test database (the
snapshot ``bin/test`` takes before any test runs, ``<test db>_browser``),
started as ``test_xmlrpc_public_methods.py`` starts it, with its fixtures.
The administrator (uid 1, the superuser in 11.0) creates, over XML-RPC, the
records each case needs and, for each test, a new user with Interactions /
User rights (plus Employee and Sales / User: Own Documents Only): what a
test manages to grant that user cannot leak into the next test. As that
user, each test calls Odoo's documented external API (``xmlrpc/2/object``
``execute_kw``, and over JSON-RPC, ``/jsonrpc``, where that is cheap) the
way an attacker would, and checks what a user would notice afterwards,
read back by the administrator: rights granted, entries changed or hidden,
names shown, prints and emails recorded or not.

Refusals must be clean errors: an access or user error (fault code 4 or
2), or a ValidationError (11.0 sends it over XML-RPC as fault 1 with its
traceback), answered at once.
"""
import datetime
import itertools
import time

import pytest
from dateutil.relativedelta import relativedelta
from odoo.tools.safe_eval import safe_eval

from test_xmlrpc_public_methods import (
    ADMIN, CLEAN_FAULT_CODES, EMPLOYEE, UNSENDABLE_BYTES, Fixtures, JsonRpcClient, RpcError,
    XmlRpcClient, printed, running_server)

ENTRY = "interaction.log.entry"
SEGMENT = "interaction.segment"
PASSWORD = "security-user-pass"
LOGINS = itertools.count(1)
#: seconds within which a refusal must come: a filter must not make the server wait
FAST = 10
#: server exceptions that are a clean refusal whatever their fault code
CLEAN_EXCEPTIONS = ("odoo.exceptions.ValidationError", "odoo.exceptions.UserError",
                    "odoo.exceptions.AccessError", "odoo.exceptions.MissingError")
#: the name of a contact of another company, which the user may not read
SECRET_NAME = "Secret Other-Company Contact"
#: the description of the entries the automated action notes
AUTOMATED = "Automated security check"

#: a filter (segment ``domain``) that calls ``write`` on a user to add a group
GRANT = "browse(%(uid)d).write({'groups_id': [(4, %(group)d)]})"
#: the routes by which a filter could reach an environment or a record and
#: grant the user Settings rights: every value of the evaluation context,
#: attribute chains, and methods of records reached any way
GRANTING_FILTERS = {
    "user.env": "user.env['res.users']." + GRANT,
    "env": "env['res.users']." + GRANT,
    "context_today().env": "context_today().env['res.users']." + GRANT,
    "uid.env": "uid.env['res.users']." + GRANT,
    "user.id": "user.browse(user.id).env['res.users']." + GRANT,
    "user.company_id.env": "user.company_id.env['res.users']." + GRANT,
    "user.sudo()": "user.sudo()." + GRANT,
    "user.partner_id.sudo().env": "user.partner_id.sudo().env['res.users']." + GRANT,
}
#: filters that would keep the server busy for half a minute
WAITING_FILTERS = {
    "time.sleep": "time.sleep(30)",
    "datetime._time.sleep": "datetime._time.sleep(30)",
}
#: filters as Odoo's filter editor saves them: they keep working
EDITOR_FILTERS = [
    "[('customer', '=', True)]",
    "[('user_id', '=', uid)]",
    "[('create_date', '>=', context_today().strftime('%Y-%m-%d'))]",
    "[('create_date', '>=', (context_today() - relativedelta(days=7)).strftime('%Y-%m-%d'))]",
    "[('create_date', '>=', time.strftime('%Y-01-01'))]",
    "[('create_date', '>=', datetime.datetime.combine(context_today(), "
    "datetime.time(0, 0, 0)).strftime('%Y-%m-%d %H:%M:%S'))]",
    "[('company_id', 'in', company_ids)]",
]
#: fields of an entry only the system sets: {field: value a user could try,
#: from (Fixtures as the user, administrator client)}
SYSTEM_FIELD_VALUES = {
    "delivery_status": lambda fixtures, admin: "delivered",
    "report_id": lambda fixtures, admin: fixtures.ids["quotation_report"],
    "document_type": lambda fixtures, admin: "sale_quote",
    "mail_message_id": lambda fixtures, admin: note(admin, "res.partner",
                                                    fixtures.ids["partner"]),
    "entry_no": lambda fixtures, admin: 424242,
    "logged_segment_id": lambda fixtures, admin: fixtures.logged_segment(),
    "segment_id": lambda fixtures, admin: fixtures.segment(),
    "bounce_date": lambda fixtures, admin: "2026-01-01 00:00:00",
    "mail_mail_id_int": lambda fixtures, admin: fixtures.ids["mail"],
    "mail_template_id": lambda fixtures, admin: fixtures.ids["mail_template"],
    "followup_summary": lambda fixtures, admin: "Made up follow-up",
}
PROTOCOLS = [XmlRpcClient, JsonRpcClient]
XMLRPC_ONLY = pytest.mark.parametrize("user", [XmlRpcClient], ids=["xmlrpc"], indirect=True)


# ----------------------------------------------------------------------
# The server, the administrator and the user
# ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def server():
    with running_server("rpc_security") as started:
        yield started


@pytest.fixture(scope="module")
def admin(server):
    odoo_server, _ids = server
    return XmlRpcClient(odoo_server.url, odoo_server.db, *ADMIN)


@pytest.fixture(scope="module")
def ids(server, admin):
    """The fixtures of test_xmlrpc_public_methods, and the groups."""
    ids = dict(server[1])
    ids["system_group"] = ref(admin, "base.group_system")
    ids["user_groups"] = [ref(admin, "base.group_user"),
                          ref(admin, "interaction_log.group_interaction_user"),
                          ref(admin, "sales_team.group_sale_salesman")]
    return ids


@pytest.fixture(params=PROTOCOLS, ids=["xmlrpc", "jsonrpc"])
def user(request, server, admin, ids):
    """A new Interactions user (Sales: own documents only) of the main
    company, connected over the protocol."""
    odoo_server, _ids = server
    login = "security_user_%d" % next(LOGINS)
    admin.execute("res.users", "create", [{
        "name": "Security User %s" % login, "login": login, "password": PASSWORD,
        "email": "%s@example.com" % login, "groups_id": [(6, 0, ids["user_groups"])]}],
        {"context": {"no_reset_password": True}})
    return request.param(odoo_server.url, odoo_server.db, login, PASSWORD)


# ----------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------

def ref(client, xmlid):
    return client.execute("ir.model.data", "xmlid_to_res_id", [xmlid])


def refusal(call):
    """The RpcError ``call()`` ends in, or None when it is accepted."""
    try:
        call()
    except RpcError as error:
        return error
    return None


def summary(error):
    """What the user reads of ``error``: the message, the last line of a traceback."""
    lines = error.message.strip().splitlines() or [""]
    return lines[-1] if "Traceback" in error.message else error.message


def assert_refused(error, what):
    """``error`` (from refusal()) is a clean refusal: not None, a clean fault."""
    assert error is not None, "%s was accepted" % what
    assert error.code in CLEAN_FAULT_CODES or error.name in CLEAN_EXCEPTIONS, (
        "%s was not refused with a clean error (code %s, %s): %s"
        % (what, error.code, error.name, error.message[-1500:]))
    return error


def refused(what, call):
    return assert_refused(refusal(call), what)


def accepted(what, call):
    """``call()``'s result; fails the test when the call is refused."""
    try:
        return call()
    except RpcError as error:
        refused_with = error
    pytest.fail("%s was refused: %s" % (what, summary(refused_with)))


def read(client, model, record_id, field):
    [values] = client.execute(model, "read", [[record_id], [field]])
    return values[field]


def new_partner(admin):
    """A new contact, made by the administrator: its counts start at zero."""
    return admin.execute("res.partner", "create", [{
        "name": "Security Customer", "email": "security.customer@example.com",
        "customer": True}])


def log(client, ids, partner_id, **values):
    """log_interactions of one entry with the fixtures' template: its id."""
    values.setdefault("description", "Security check")
    [entry_id] = client.execute(ENTRY, "log_interactions",
                                [[partner_id], ids["template"]], values)
    return entry_id


def entries_of(admin, partner_id, *domain):
    """How many entries of the contact, canceled and postponed ones included."""
    return admin.execute(ENTRY, "search_count", [[("partner_id", "=", partner_id)]
                                                 + list(domain)])


def interaction_count(admin, partner_id):
    """The contact's Interactions smart button."""
    return read(admin, "res.partner", partner_id, "interaction_count")


def note(admin, model, record_id):
    """An internal note the administrator posts on the record: its message id."""
    return admin.execute(model, "message_post", [[record_id]], {
        "body": "Internal note", "message_type": "comment", "subtype": "mail.mt_note"})


def in_group(admin, uid, group_id):
    return bool(admin.execute("res.users", "search_count", [[
        ("id", "=", uid), ("groups_id", "in", [group_id])]]))


def filter_segment(ids, domain):
    return {"name": "Filter segment", "contact_source": "filter", "domain": domain,
            "template_id": ids["template"]}


def save_filter(client, ids, domain, operation, timeout):
    """Save ``domain`` as a segment's filter: ``create`` a segment with it,
    or ``write`` it on a segment saved with a plain filter."""
    if operation == "create":
        return client.execute(SEGMENT, "create", [filter_segment(ids, domain)],
                              timeout=timeout)
    segment = client.execute(SEGMENT, "create", [filter_segment(ids, EDITOR_FILTERS[0])])
    client.execute(SEGMENT, "write", [[segment], {"domain": domain}], timeout=timeout)
    return segment


def editor_meaning(domain, uid, company_ids):
    """The filter as the filter editor means it, evaluated here."""
    return safe_eval(domain, {
        "uid": uid, "company_ids": company_ids, "context_today": datetime.date.today,
        "relativedelta": relativedelta, "time": time, "datetime": datetime})


# ----------------------------------------------------------------------
# 1. A segment's filter is data: it runs no code
# ----------------------------------------------------------------------

@pytest.mark.parametrize("operation", ["create", "write"])
@pytest.mark.parametrize("route", sorted(GRANTING_FILTERS))
def test_segment_filter_grants_no_rights(admin, ids, user, route, operation):
    expression = GRANTING_FILTERS[route] % {"uid": user.uid, "group": ids["system_group"]}
    error = refusal(lambda: save_filter(user, ids, "[('id', '!=', %s)]" % expression,
                                        operation, FAST))
    assert not in_group(admin, user.uid, ids["system_group"]), (
        "saving a filter through %s made the Interactions user a Settings administrator"
        % route)
    assert_refused(error, "saving the filter through %s" % route)


@pytest.mark.parametrize("operation", ["create", "write"])
@pytest.mark.parametrize("route", sorted(WAITING_FILTERS))
def test_segment_filter_cannot_make_the_server_wait(ids, user, route, operation):
    domain = "[('id', '!=', %s)]" % WAITING_FILTERS[route]
    refused("saving a filter calling %s" % route,
            lambda: save_filter(user, ids, domain, operation, FAST))


@pytest.mark.parametrize("domain", EDITOR_FILTERS)
def test_segment_filter_of_the_filter_editor_counts_its_contacts(ids, user, domain):
    segment = accepted("saving the filter %s" % domain, lambda: user.execute(
        SEGMENT, "create", [filter_segment(ids, domain)]))
    company_ids = read(user, "res.users", user.uid, "company_ids")
    expected = user.execute("res.partner", "search_count", [
        editor_meaning(domain, user.uid, company_ids)])
    assert read(user, SEGMENT, segment, "contact_count") == expected


# ----------------------------------------------------------------------
# 2. Only the system postpones an entry
# ----------------------------------------------------------------------

def test_logged_entry_cannot_be_marked_postponed(admin, ids, user):
    partner_id = new_partner(admin)
    entry = log(user, ids, partner_id)
    error = refusal(lambda: user.execute(ENTRY, "write", [[entry], {"postponed": True}]))
    assert read(admin, ENTRY, entry, "postponed") is False, "the logged entry is postponed"
    assert interaction_count(admin, partner_id) == 1, "the logged entry is no longer counted"
    assert_refused(error, "marking a logged entry postponed")


def test_logged_entry_cannot_be_discarded(admin, ids, user):
    partner_id = new_partner(admin)
    entry = log(user, ids, partner_id)
    refused("discarding a logged entry",
            lambda: user.execute(ENTRY, "action_discard_postponed", [[entry]]))
    assert entries_of(admin, partner_id, ("id", "=", entry)) == 1, "the entry was deleted"


def test_logging_a_postponed_entry_is_refused(admin, ids, user):
    partner_id = new_partner(admin)
    refused("logging a postponed entry", lambda: log(user, ids, partner_id, postponed=True))
    assert entries_of(admin, partner_id) == 0


def test_save_for_later_resume_and_discard_still_work(admin, ids, user):
    partner_id = new_partner(admin)
    wizard = user.execute("interaction.create.wizard", "create", [{
        "partner_id": partner_id, "template_id": ids["template"],
        "description": "Call back later"}])
    user.execute("interaction.create.wizard", "action_save_for_later", [[wizard]])
    [entry] = user.execute(ENTRY, "search", [[("partner_id", "=", partner_id)]])
    assert read(user, ENTRY, entry, "postponed") is True
    assert interaction_count(admin, partner_id) == 0, "a postponed entry is counted"
    action = user.execute(ENTRY, "action_resume", [[entry]])
    assert (action["type"], action["res_model"]) == (
        "ir.actions.act_window", "interaction.create.wizard")
    user.execute(ENTRY, "action_discard_postponed", [[entry]])
    assert entries_of(admin, partner_id) == 0


# ----------------------------------------------------------------------
# 3. System fields are set by the system
# ----------------------------------------------------------------------

@pytest.mark.parametrize("field", sorted(SYSTEM_FIELD_VALUES))
def test_system_field_of_an_entry_cannot_be_written(admin, ids, user, field):
    entry = log(admin, ids, new_partner(admin), correspondence_type="email",
                delivery_status="error")
    before = read(admin, ENTRY, entry, field)
    value = SYSTEM_FIELD_VALUES[field](Fixtures(user, ids), admin)
    error = refusal(lambda: user.execute(ENTRY, "write", [[entry], {field: value}]))
    assert read(admin, ENTRY, entry, field) == before, "the user changed %s" % field
    assert_refused(error, "writing %s on an entry" % field)


@pytest.mark.parametrize("field", sorted(SYSTEM_FIELD_VALUES))
def test_system_field_cannot_be_given_when_logging(admin, ids, user, field):
    partner_id = new_partner(admin)
    value = SYSTEM_FIELD_VALUES[field](Fixtures(user, ids), admin)
    error = refusal(lambda: log(user, ids, partner_id, **{field: value}))
    assert entries_of(admin, partner_id) == 0, "an entry was logged with %s=%r" % (field, value)
    assert_refused(error, "logging an entry with %s" % field)


# ----------------------------------------------------------------------
# 4. An entry links only what its user may read
# ----------------------------------------------------------------------

@pytest.fixture
def unreadable(admin, ids, user):
    """An opportunity of the administrator's, which a Sales user of his own
    documents may not read, an attachment and a note on it."""
    lead = admin.execute("crm.lead", "create", [{
        "name": "The administrator's opportunity", "type": "opportunity",
        "user_id": admin.uid}])
    records = {
        "crm.lead": lead,
        "ir.attachment": admin.execute("ir.attachment", "create", [{
            "name": "offer.txt", "datas_fname": "offer.txt", "datas": "b2ZmZXI=",
            "res_model": "crm.lead", "res_id": lead}]),
        "mail.message": note(admin, "crm.lead", lead),
    }
    for model, record_id in records.items():
        refused("reading the administrator's %s" % model,
                lambda: user.execute(model, "read", [[record_id], ["display_name"]]))
    return records


@pytest.fixture
def readable(admin, user):
    """An opportunity of the user's and an attachment on it."""
    lead = admin.execute("crm.lead", "create", [{
        "name": "The user's opportunity", "type": "opportunity", "user_id": user.uid}])
    return {"crm.lead": lead,
            "ir.attachment": admin.execute("ir.attachment", "create", [{
                "name": "quote.txt", "datas_fname": "quote.txt", "datas": "cXVvdGU=",
                "res_model": "crm.lead", "res_id": lead}])}


@pytest.mark.parametrize("field, model", [("opportunity_id", "crm.lead"),
                                          ("attachment_id", "ir.attachment"),
                                          ("mail_message_id", "mail.message")])
def test_unreadable_record_cannot_be_linked_to_an_entry(admin, ids, user, unreadable,
                                                        field, model):
    entry = log(user, ids, new_partner(admin))
    error = refusal(lambda: user.execute(ENTRY, "write", [[entry], {field: unreadable[model]}]))
    assert not read(user, ENTRY, entry, field), "the entry shows the %s it was linked to" % model
    assert_refused(error, "linking an unreadable %s" % model)


@pytest.mark.parametrize("field, model", [("opportunity_id", "crm.lead"),
                                          ("attachment_id", "ir.attachment")])
def test_unreadable_record_cannot_be_given_when_logging(admin, ids, user, unreadable,
                                                        field, model):
    partner_id = new_partner(admin)
    error = refusal(lambda: log(user, ids, partner_id, **{field: unreadable[model]}))
    assert entries_of(admin, partner_id) == 0, "an entry links the unreadable %s" % model
    assert_refused(error, "logging an entry linking an unreadable %s" % model)


@pytest.mark.parametrize("field, model, name", [
    ("opportunity_id", "crm.lead", "The user's opportunity"),
    ("attachment_id", "ir.attachment", "quote.txt"),
])
def test_readable_record_is_linked_with_its_name(admin, ids, user, readable, field, model, name):
    record = readable[model]
    written = log(user, ids, new_partner(admin))
    user.execute(ENTRY, "write", [[written], {field: record}])
    logged = log(user, ids, new_partner(admin), **{field: record})
    for entry in (written, logged):
        assert read(user, ENTRY, entry, field) == [record, name]


# ----------------------------------------------------------------------
# 5. Context keys are caller input: they grant nothing
# ----------------------------------------------------------------------

def test_canceled_logged_segment_cannot_be_restored_by_a_context_key(admin, ids, user):
    logged_segment = Fixtures(user, ids).logged_segment()
    user.execute("interaction.logged.segment", "action_switch_canceled", [[logged_segment]])
    error = refusal(lambda: user.execute(
        "interaction.logged.segment", "write", [[logged_segment], {"canceled": False}],
        {"context": {"interaction_log_switch_canceled": True}}))
    assert read(admin, "interaction.logged.segment", logged_segment, "canceled") is True, \
        "the logged segment reads restored"
    assert admin.execute(ENTRY, "search_count", [[
        ("logged_segment_id", "=", logged_segment), ("canceled", "=", False)]]) == 0
    assert_refused(error, "restoring a logged segment with a context key")


def test_logged_segment_user_cannot_be_changed_by_a_context_key(admin, ids, user):
    logged_segment = Fixtures(user, ids).logged_segment()
    error = refusal(lambda: user.execute(
        "interaction.logged.segment", "write", [[logged_segment], {"user_id": admin.uid}],
        {"context": {"interaction_log_switch_canceled": True}}))
    assert read(admin, "interaction.logged.segment", logged_segment, "user_id")[0] == user.uid, \
        "the logged segment reads logged by the administrator"
    assert_refused(error, "changing who logged a segment with a context key")


def test_print_is_recorded_whatever_the_context(admin, ids, user):
    before = printed(admin, ids)
    try:
        user.execute("ir.actions.report", "render_qweb_pdf",
                     [[ids["quotation_report"]], [ids["order"]]],
                     {"context": {"interaction_log_no_print": True}})
    except RpcError as error:  # over XML-RPC, 11.0 cannot send the PDF's bytes
        assert error.code == UNSENDABLE_BYTES, error.message
    assert printed(admin, ids) == before + 1, "the print of the quotation was not recorded"


def test_posted_email_records_no_inbound_email_by_a_context_key(admin, ids, user):
    partner_id = new_partner(admin)
    refusal(lambda: user.execute("res.partner", "message_post", [[partner_id]], {
        "body": "<p>I never wrote this</p>", "subject": "Forged reply",
        "message_type": "email", "author_id": partner_id,
        "context": {"interaction_log_inbound": True}}))
    assert entries_of(admin, partner_id, ("information_flow", "=", "inbound")) == 0, \
        "a message posted over RPC was recorded as an email received from the contact"


@pytest.fixture(scope="module")
def automation(admin):
    """An automated action On Creation that notes the entries described AUTOMATED."""
    [model] = admin.execute("ir.model", "search", [[("model", "=", ENTRY)]])
    return admin.execute("base.automation", "create", [{
        "name": "Note the security check", "model_id": model, "trigger": "on_create",
        "state": "code", "code": "records.write({'note': 'automated'})",
        "filter_domain": "[('description', '=', '%s')]" % AUTOMATED}])


@XMLRPC_ONLY
def test_automated_actions_run_on_logged_entries(admin, ids, user, automation):
    entry = log(user, ids, new_partner(admin), description=AUTOMATED)
    assert read(admin, ENTRY, entry, "note") == "automated"


def test_automated_actions_run_whatever_the_context(admin, ids, user, automation):
    [entry] = user.execute(ENTRY, "log_interactions",
                           [[new_partner(admin)], ids["template"]],
                           {"description": AUTOMATED,
                            "context": {"interaction_log_orm_create": True}})
    assert read(admin, ENTRY, entry, "note") == "automated", \
        "the automated action did not run on the logged entry"


# ----------------------------------------------------------------------
# 6. Errors name only what the user may read
# ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def other_company(admin):
    """A second company, its contact SECRET_NAME, its template for quotations
    and an entry of it. Contacts are no longer shared between companies
    (Settings > General Settings, Share partners to all companies unticked:
    the rule base.res_partner_rule): the user may not read that contact."""
    admin.execute("ir.rule", "write", [[ref(admin, "base.res_partner_rule")], {"active": True}])
    company = admin.execute("res.company", "create", [{"name": "Security Other Company"}])
    group = admin.execute("interaction.group", "create", [{
        "code": "SECOTHER", "name": "Other company group", "company_id": company}])
    template = admin.execute("interaction.template", "create", [{
        "code": "SECOTHER", "name": "Other company quotation", "group_id": group,
        "company_id": company}])
    admin.execute("interaction.template.setup", "create", [{
        "company_id": company, "document_type": "sale_quote", "template_id": template}])
    contact = admin.execute("res.partner", "create", [{
        "name": SECRET_NAME, "email": "secret@example.com", "company_id": company}])
    admin.execute(ENTRY, "log_interactions", [[contact], template], {"cost": 1234.5})
    return {"company": company, "group": group, "template": template, "contact": contact}


@pytest.fixture
def secret_contact(user, other_company):
    """The other company's contact, which the user may not read."""
    contact = other_company["contact"]
    refused("reading the other company's contact",
            lambda: user.execute("res.partner", "read", [[contact], ["name"]]))
    return contact


def assert_names_nothing(error, what):
    assert_refused(error, what)
    assert SECRET_NAME not in error.message, "%s showed the unreadable contact's name: %s" % (
        what, summary(error))


def test_list_segment_with_an_unreadable_contact_names_nothing(ids, user, secret_contact):
    error = refusal(lambda: user.execute(SEGMENT, "create", [{
        "name": "List segment", "template_id": ids["template"],
        "partner_ids": [(6, 0, [secret_contact])]}]))
    assert_names_nothing(error, "saving a list segment with the unreadable contact")


def test_filter_segment_of_an_unreadable_contact_names_and_logs_nothing(
        admin, ids, user, secret_contact):
    domain = "[('id', '=', %d)]" % secret_contact
    segment = None
    try:
        segment = user.execute(SEGMENT, "create", [filter_segment(ids, domain)])
    except RpcError as error:
        assert_names_nothing(error, "saving a filter segment matching the unreadable contact")
    if segment:
        error = refusal(lambda: user.execute(SEGMENT, "action_log", [[segment]]))
        assert entries_of(admin, secret_contact, ("user_id", "=", user.uid)) == 0, \
            "the unreadable contact was logged"
        assert_names_nothing(error, "logging a filter segment matching the unreadable contact")


def test_logging_an_unreadable_contact_names_nothing(admin, ids, user, secret_contact):
    error = refusal(lambda: log(user, ids, secret_contact))
    assert entries_of(admin, secret_contact, ("user_id", "=", user.uid)) == 0, \
        "the unreadable contact was logged"
    assert_names_nothing(error, "logging the unreadable contact")


def test_template_setup_of_another_company_is_not_answered(user, other_company):
    try:
        template = user.execute("interaction.template.setup", "get_template",
                                ["sale_quote", other_company["company"]])
    except RpcError as error:
        assert_refused(error, "asking another company's template setup")
    else:
        assert not template, "another company's template was answered: %r" % template


@pytest.mark.parametrize("model, record", [("interaction.template", "template"),
                                           ("interaction.group", "group")])
def test_statistics_of_another_company_are_not_answered(user, other_company, model, record):
    try:
        statistics = user.execute(model, "get_interaction_statistics",
                                  [[other_company[record]]])
    except RpcError as error:
        assert_refused(error, "asking the statistics of another company's %s" % model)
    else:
        assert not statistics, "another company's statistics were answered: %r" % statistics


# ----------------------------------------------------------------------
# 7. An email template's code runs with its user's rights
# ----------------------------------------------------------------------

def test_email_template_code_sent_by_create_interaction_grants_no_rights(admin, ids, user):
    """Any employee may write an email template; Create Interaction and Send
    and Log render it as the user, never as superuser."""
    model = admin.execute("ir.model", "search", [[("model", "=", "res.partner")]])[0]
    grant = "${object.env['res.users']." + GRANT % {
        "uid": user.uid, "group": ids["system_group"]} + "}"
    mail_template = accepted("writing an email template", lambda: user.execute(
        "mail.template", "create", [{"name": "Granting", "model_id": model,
                                     "subject": "Offer", "body_html": "<p>%s</p>" % grant}]))
    wizard = user.execute("interaction.create.wizard", "create", [{
        "partner_id": ids["partner"], "template_id": ids["mail_template_interaction"],
        "description": "Offer", "correspondence_type": "email",
        "mail_template_id": mail_template}])
    error = refusal(lambda: user.execute("interaction.create.wizard", "action_create",
                                         [[wizard]]))
    assert not in_group(admin, user.uid, ids["system_group"]), (
        "the email template's code made the Interactions user a Settings administrator")
    assert_refused(error, "sending an email whose template grants rights")


# ----------------------------------------------------------------------
# 8. A campaign's status and period are the Interactions users'
# ----------------------------------------------------------------------

@pytest.mark.parametrize("field, value", [("interaction_state", "active"),
                                          ("date_start", "2026-01-01"),
                                          ("date_end", "2026-12-31")])
def test_employee_cannot_give_a_new_campaign_its_status(server, admin, field, value):
    """Odoo lets every Employee create campaigns; their status and period
    (which make entries targets and responses) are refused to an Employee
    without Interactions rights: on write Odoo refuses them, on create too."""
    odoo_server, _ids = server
    employee = XmlRpcClient(odoo_server.url, odoo_server.db, *EMPLOYEE)
    name = "Employee campaign %s" % field
    refused("creating a campaign with its %s as an Employee" % field, lambda: employee.execute(
        "utm.campaign", "create", [{"name": name, field: value}]))
    assert not admin.execute("utm.campaign", "search", [[("name", "=", name)]]), (
        "the Employee's campaign was created with its %s" % field)
