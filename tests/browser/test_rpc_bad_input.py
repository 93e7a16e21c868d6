"""Bad values sent by an external client over XML-RPC (``/xmlrpc/2/object``)
are refused with the same clear messages as in the web client: never a raw
database error, never a half-written record."""
import uuid
import xmlrpc.client

import pytest

from records import unique

#: XML-RPC fault codes of Odoo 11 (odoo.service.wsgi_server)
WARNING, ACCESS_ERROR = 2, 4


class XmlRpc:
    """An external client of the Odoo server, logged in as one user."""

    def __init__(self, odoo, login, password):
        common = xmlrpc.client.ServerProxy(odoo.url + "/xmlrpc/2/common", allow_none=True)
        self.db, self.password = odoo.db, password
        self.uid = common.authenticate(odoo.db, login, password, {})
        assert self.uid, "the login %s is refused" % login
        self.object = xmlrpc.client.ServerProxy(odoo.url + "/xmlrpc/2/object", allow_none=True)

    def __call__(self, model, method, *args, **kwargs):
        return self.object.execute_kw(self.db, self.uid, self.password, model, method,
                                      list(args), kwargs)

    def refused(self, model, method, *args, **kwargs):
        """The Fault of a call that must fail."""
        with pytest.raises(xmlrpc.client.Fault) as caught:
            self(model, method, *args, **kwargs)
        return caught.value


def assert_clear(fault, message, code=None):
    """The fault says ``message``, and no raw database error."""
    assert message in fault.faultString, fault.faultString[-2000:]
    assert "psycopg2" not in fault.faultString, fault.faultString[-2000:]
    if code is not None:
        assert fault.faultCode == code, (fault.faultCode, fault.faultString[-2000:])


@pytest.fixture(scope="module")
def admin(odoo):
    return XmlRpc(odoo, "admin", "admin")


@pytest.fixture(scope="module")
def setup(admin):
    """A group, a template, a contact with an entry and a canceled entry,
    and users: Interactions / User, employee without interaction rights,
    portal user."""
    tag = uuid.uuid4().hex[:6].upper()
    group_id = admin("interaction.group", "create", {"code": "RPC" + tag, "name": "RPC tests"})
    template_id = admin("interaction.template", "create", {
        "code": "RPC" + tag, "name": "RPC letter", "group_id": group_id, "unit_cost": 1.5})
    partner_id = admin("res.partner", "create", {"name": unique("RPC Customer")})
    entry_id, canceled_id = admin("interaction.log.entry", "log_interactions",
                                  [partner_id, partner_id], template_id)
    admin("interaction.log.entry", "action_switch_canceled", [canceled_id])
    users = {}
    for role, groups in (("user", ["base.group_user", "interaction_log.group_interaction_user"]),
                         ("employee", ["base.group_user"]),
                         ("portal", ["base.group_portal"])):
        login = "rpc_%s_%s" % (role, tag.lower())
        group_ids = [admin("ir.model.data", "xmlid_to_res_id", xmlid, True) for xmlid in groups]
        admin("res.users", "create", {"name": "RPC %s %s" % (role, tag), "login": login,
                                      "password": login, "groups_id": [(6, 0, group_ids)]})
        users[role] = login
    return {"tag": tag, "group": group_id, "template": template_id, "partner": partner_id,
            "entry": entry_id, "canceled": canceled_id, "users": users}


def as_user(odoo, setup, role):
    login = setup["users"][role]
    return XmlRpc(odoo, login, login)


def entry_count(admin, setup):
    return admin("interaction.log.entry", "search_count",
                 [("partner_id", "=", setup["partner"])])


# ---- recording entries ------------------------------------------------------

def test_log_interactions_answers_the_new_entry_ids(admin, setup):
    new_ids = admin("interaction.log.entry", "log_interactions",
                    [setup["partner"]], setup["template"], description="Answered by RPC")
    entries = admin("interaction.log.entry", "read", new_ids, ["description"])
    assert [entry["description"] for entry in entries] == ["Answered by RPC"]


@pytest.mark.parametrize("values, message", [
    ({"cost": -5}, "cannot be negative: enter zero or more"),
    ({"duration": -1}, "cannot be negative"),
    ({"cost": 1e15}, "cost of an interaction cannot exceed"),
    ({"duration": 10 ** 7}, "cannot exceed 525,600 minutes"),
    ({"cost": "twelve"}, "is not a valid value for Cost"),
    ({"date": "last tuesday"}, "is not a valid value for Date"),
    ({"information_flow": "sideways"}, "is not a valid value for Information Flow"),
    ({"no_such_field": 1}, "have no field no_such_field"),
    ({"description": ["one", "two"]}, "give one value per contact"),
], ids=["negative cost", "negative duration", "absurd cost", "absurd duration",
        "cost not a number", "date not a date", "unknown selection", "unknown field",
        "list of wrong length"])
def test_bad_values_are_refused_and_nothing_is_written(admin, setup, values, message):
    before = entry_count(admin, setup)
    fault = admin.refused("interaction.log.entry", "log_interactions",
                          [setup["partner"]], setup["template"], **values)
    assert_clear(fault, message)
    assert entry_count(admin, setup) == before


def test_entry_without_contact_is_refused(admin, setup):
    fault = admin.refused("interaction.log.entry", "create", {"template_id": setup["template"]})
    assert_clear(fault, "Choose the contact of the interaction", WARNING)


def test_entry_without_template_is_refused(admin, setup):
    before = entry_count(admin, setup)
    fault = admin.refused("interaction.log.entry", "create", {"partner_id": setup["partner"]})
    assert_clear(fault, "Choose one existing interaction template", WARNING)
    assert entry_count(admin, setup) == before


def test_recorded_contact_of_an_entry_cannot_be_changed(admin, setup):
    other = admin("res.partner", "create", {"name": unique("RPC Other")})
    fault = admin.refused("interaction.log.entry", "write", [setup["entry"]],
                          {"partner_id": other})
    assert_clear(fault, "cannot be changed: cancel the entry", WARNING)


# ---- deleting ---------------------------------------------------------------

def test_deleting_an_entry_that_is_not_canceled_is_refused(admin, setup):
    fault = admin.refused("interaction.log.entry", "unlink", [setup["entry"], setup["canceled"]])
    assert_clear(fault, "Only canceled interaction log entries can be deleted", WARNING)
    kept = admin("interaction.log.entry", "search",
                 [("id", "in", [setup["entry"], setup["canceled"]])])
    assert len(kept) == 2, "nothing is deleted"


def test_deleting_a_contact_with_entries_asks_to_archive_it(admin, setup):
    fault = admin.refused("res.partner", "unlink", [setup["partner"]])
    assert_clear(fault, "archive the contact instead", WARNING)


def test_deleting_a_template_in_use_asks_to_archive_it(admin, setup):
    fault = admin.refused("interaction.template", "unlink", [setup["template"]])
    assert_clear(fault, "archive it instead", WARNING)


def test_deleting_a_group_in_use_asks_to_archive_it(admin, setup):
    fault = admin.refused("interaction.group", "unlink", [setup["group"]])
    assert_clear(fault, "archive it instead", WARNING)


# ---- configuration ----------------------------------------------------------

def test_duplicate_template_code_is_refused(admin, setup):
    fault = admin.refused("interaction.template", "create", {
        "code": "RPC" + setup["tag"], "name": "Twin", "group_id": setup["group"]})
    assert "already exists in this company: choose another code" in fault.faultString


def test_template_without_group_is_refused(admin, setup):
    fault = admin.refused("interaction.template", "create",
                          {"code": "RPCNOGRP" + setup["tag"], "name": "No group"})
    assert_clear(fault, "Choose the interaction group of the template")


def test_negative_unit_cost_is_refused(admin, setup):
    fault = admin.refused("interaction.template", "write", [setup["template"]],
                          {"unit_cost": -2})
    assert_clear(fault, "cannot be negative")


# ---- segments ---------------------------------------------------------------

def test_segment_filter_that_is_not_a_domain_is_refused(admin, setup):
    fault = admin.refused("interaction.segment", "create", {
        "name": unique("RPC filter"), "template_id": setup["template"],
        "contact_source": "filter", "domain": "[('name', '=',"})
    assert_clear(fault, "is not a valid contact filter")


def test_logging_an_empty_segment_is_refused(admin, setup):
    segment_id = admin("interaction.segment", "create", {
        "name": unique("RPC empty"), "template_id": setup["template"]})
    fault = admin.refused("interaction.segment", "action_log", [segment_id])
    assert_clear(fault, "has no active contact", WARNING)
    assert admin("interaction.logged.segment", "search_count",
                 [("segment_id", "=", segment_id)]) == 0


def test_restoring_an_entry_of_a_canceled_logging_is_refused(admin, setup):
    segment_id = admin("interaction.segment", "create", {
        "name": unique("RPC mailing"), "template_id": setup["template"],
        "partner_ids": [(6, 0, [setup["partner"]])]})
    logged_id = admin("interaction.segment", "action_log", [segment_id])
    logged_id = logged_id[0] if isinstance(logged_id, list) else logged_id
    admin("interaction.logged.segment", "action_switch_canceled", [logged_id])
    entry_ids = admin("interaction.log.entry", "search", [("logged_segment_id", "=", logged_id)])
    fault = admin.refused("interaction.log.entry", "action_switch_canceled", entry_ids)
    assert_clear(fault, "Restore the logged segment", WARNING)


# ---- rights -----------------------------------------------------------------

@pytest.mark.parametrize("role", ["employee", "portal"])
def test_users_without_interaction_rights_cannot_read_entries(odoo, setup, role):
    client = as_user(odoo, setup, role)
    for model in ("interaction.log.entry", "interaction.template", "interaction.segment"):
        fault = client.refused(model, "search_read", [], ["display_name"])
        assert_clear(fault, "not allowed to access", ACCESS_ERROR)


def test_employee_cannot_record_entries(odoo, setup):
    fault = as_user(odoo, setup, "employee").refused(
        "interaction.log.entry", "log_interactions", [setup["partner"]], setup["template"])
    assert_clear(fault, "not allowed to create", ACCESS_ERROR)


def test_interaction_user_cannot_delete_even_canceled_entries(odoo, setup):
    fault = as_user(odoo, setup, "user").refused(
        "interaction.log.entry", "unlink", [setup["canceled"]])
    assert_clear(fault, "not allowed to delete", ACCESS_ERROR)


def test_interaction_user_cannot_configure_templates(odoo, setup):
    fault = as_user(odoo, setup, "user").refused(
        "interaction.template", "write", [setup["template"]], {"unit_cost": 9})
    assert_clear(fault, "not allowed to modify", ACCESS_ERROR)


def test_interaction_user_cancels_and_restores(odoo, setup, admin):
    client = as_user(odoo, setup, "user")
    client("interaction.log.entry", "action_switch_canceled", [setup["entry"]])
    assert admin("interaction.log.entry", "read", [setup["entry"]], ["canceled"])[0]["canceled"]
    client("interaction.log.entry", "action_switch_canceled", [setup["entry"]])
    assert not admin("interaction.log.entry", "read", [setup["entry"]],
                     ["canceled"])[0]["canceled"]
