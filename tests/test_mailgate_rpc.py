"""The mail gateway over XML-RPC, the way ``odoo-mailgate`` delivers mail.

A real Odoo server over a copy of the freshly installed test database (the
snapshot ``bin/test`` takes, ``<test db>_browser``, as in
test_xmlrpc_public_methods.py). A user made for the gateway delivers emails
with ``execute_kw(db, uid, password, 'mail.thread', 'message_process',
[False, message], {})``: as a string, or as ``xmlrpc.client.Binary`` as
odoo-mailgate sends raw bytes (XML-RPC strings cannot carry bytes that are no
UTF-8). Each answers the thread it was routed to, never a fault.
"""
import os
import xmlrpc.client

import pytest

from test_xmlrpc_public_methods import ADMIN, XmlRpcClient, running_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "interaction_log", "tests", "mail_corpus")
MAILGATE = ("rpc_mailgate", "rpc-mailgate-pass")
CONTACT_EMAIL = "contact@example.com"  # the author of the corpus messages


@pytest.fixture(scope="module")
def server():
    with running_server("mailgate") as (odoo_server, _ids):
        yield odoo_server, gateway_fixtures(odoo_server)


def gateway_fixtures(odoo_server):
    """The gateway's user, the contact and our email the contact answers,
    an inbound email template set up: made by the administrator."""
    admin = XmlRpcClient(odoo_server.url, odoo_server.db, *ADMIN)

    def ref(xmlid):
        return admin.execute("ir.model.data", "xmlid_to_res_id", [xmlid])

    # an employee who may post on contacts, as the gateway posts the replies
    admin.execute("res.users", "create", [{
        "name": "RPC Mail Gateway", "login": MAILGATE[0], "password": MAILGATE[1],
        "email": "mailgate@example.com",
        "groups_id": [(6, 0, [ref("base.group_user"), ref("base.group_partner_manager")])]}],
        {"context": {"no_reset_password": True}})
    contact = admin.execute("res.partner", "create", [{
        "name": "Mailgate Contact", "email": CONTACT_EMAIL}])
    sent = admin.execute("res.partner", "message_post", [[contact]], {
        "body": "<p>Our offer</p>", "subject": "Offer", "message_type": "comment",
        "subtype": "mail.mt_comment", "partner_ids": [contact],
        "context": {"mail_notify_force_send": False}})
    if not admin.execute("interaction.template.setup", "get_template", ["email_inbound"]):
        group = admin.execute("interaction.group", "create", [{
            "code": "RPCMAILIN", "name": "RPC inbound emails"}])
        template = admin.execute("interaction.template", "create", [{
            "code": "RPCMAILIN", "name": "RPC inbound email", "group_id": group,
            "information_flow": "inbound", "initiated_by": "them",
            "correspondence_type": "email"}])
        admin.execute("interaction.template.setup", "create", [{
            "document_type": "email_inbound", "template_id": template}])
    [message] = admin.execute("mail.message", "read", [[sent], ["message_id"]])
    return {"admin": admin, "contact": contact, "in_reply_to": message["message_id"]}


def corpus_message(name, fixtures):
    """Raw bytes of a corpus message (interaction_log/tests/mail_corpus),
    answering our email."""
    with open(os.path.join(CORPUS, name + ".eml"), "rb") as handle:
        raw = handle.read()
    return raw.replace(b"%IN_REPLY_TO%", fixtures["in_reply_to"].encode())


def inbound_entries(fixtures, name):
    """The entries that record corpus message ``name`` as an inbound email."""
    return fixtures["admin"].execute("interaction.log.entry", "search_read", [[
        ("mail_message_id.message_id", "=", "<corpus-%s@customer.example.com>" % name),
        ("information_flow", "=", "inbound")]], {"fields": ["partner_id"]})


@pytest.mark.parametrize("name, transport", [
    # "Precedence: bülk" in raw 8-bit bytes (security issue 21), as
    # odoo-mailgate sends every email: Binary
    ("precedence_8bit_utf8", xmlrpc.client.Binary),
    # a raw 8-bit UTF-8 From header sent as a string
    ("from_8bit_utf8", str),
    # raw Latin-1 bytes are no UTF-8: only Binary carries them
    ("subject_8bit_latin1", xmlrpc.client.Binary),
    ("control_reply", str),
])
def test_mailgate_delivers_without_fault(server, name, transport):
    odoo_server, fixtures = server
    mailgate = XmlRpcClient(odoo_server.url, odoo_server.db, *MAILGATE)
    raw = corpus_message(name, fixtures)
    message = raw.decode("utf-8") if transport is str else xmlrpc.client.Binary(raw)
    log_start = odoo_server.log_size()
    thread_id = mailgate.execute("mail.thread", "message_process", [False, message])
    assert thread_id == fixtures["contact"], "routed to the contact it answers"
    assert not odoo_server.log_problems(log_start), odoo_server.log_tail(30)
    entries = inbound_entries(fixtures, name)
    assert [entry["partner_id"][0] for entry in entries] == [fixtures["contact"]], \
        "one inbound entry for the contact"
