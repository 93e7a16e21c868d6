"""Set-up records created over JSON-RPC, each with a unique name, so that a
test never depends on what another test left in the shared database."""
import uuid


def unique(prefix):
    """``prefix`` followed by a short random tag, e.g. "Dunmore Ltd 3f9a"."""
    return "%s %s" % (prefix, uuid.uuid4().hex[:4])


def create_partner(odoo, prefix="Customer", **values):
    values = dict({"name": unique(prefix), "customer": True, "is_company": True}, **values)
    return odoo.create("res.partner", values), values["name"]


def create_template(odoo, name, code=None, **values):
    """An interaction group and a template of it; returns (template id, code).
    The code is unique (e.g. "CALL3F9A" for "Phone call"); names may repeat."""
    code = code or (name.split()[0][:5] + uuid.uuid4().hex[:4]).upper()
    group_id = odoo.create("interaction.group", {"code": "G" + code, "name": "Group of " + name})
    values = dict({
        "code": code, "name": name, "group_id": group_id, "unit_cost": 2.5,
        "unit_duration": 10, "information_flow": "outbound", "initiated_by": "us",
        "correspondence_type": "hard_copy",
    }, **values)
    return odoo.create("interaction.template", values), code


def log_entries(odoo, partner_ids, template_id, **values):
    """Log entries via the public creation method; their ids, in partner order."""
    before = _max_entry_id(odoo)
    odoo.rpc("interaction.log.entry", "log_interactions", partner_ids, template_id, **values)
    return odoo.rpc("interaction.log.entry", "search",
                    [("id", ">", before), ("partner_id", "in", partner_ids)], order="id")


def partner_with_entries(odoo, prefix, template_name, descriptions):
    """A new contact with one entry of a new template per description;
    returns (partner id, partner name, entry ids)."""
    partner_id, partner = create_partner(odoo, prefix)
    template_id, _code = create_template(odoo, template_name)
    entry_ids = log_entries(odoo, [partner_id] * len(descriptions), template_id,
                            description=list(descriptions))
    return partner_id, partner, entry_ids


def _max_entry_id(odoo):
    last = odoo.rpc("interaction.log.entry", "search", [], order="id desc", limit=1,
                    context={"active_test": False})
    return last[0] if last else 0


def entries_of(odoo, partner_id, fields=("description", "canceled", "occurrence_no")):
    return odoo.search_read("interaction.log.entry", [("partner_id", "=", partner_id)],
                            list(fields), order="id")


def _product_id(odoo):
    return odoo.rpc("product.product", "search", [("sale_ok", "=", True)], limit=1)[0]


def create_quotation(odoo, partner_id):
    """A draft quotation of one product; returns (id, number)."""
    order_id = odoo.create("sale.order", {"partner_id": partner_id, "order_line": [
        (0, 0, {"product_id": _product_id(odoo), "product_uom_qty": 2})]})
    return order_id, odoo.rpc("sale.order", "read", [order_id], ["name"])[0]["name"]


def create_invoice(odoo, partner_id, **values):
    """A validated customer invoice of one product; returns (id, number)."""
    revenue = odoo.rpc("account.account", "search", [
        ("user_type_id", "=", odoo.ref("account.data_account_type_revenue"))], limit=1)[0]
    invoice_id = odoo.create("account.invoice", dict({
        "partner_id": partner_id, "type": "out_invoice", "invoice_line_ids": [(0, 0, {
            "product_id": _product_id(odoo), "name": "Office desk", "quantity": 1,
            "price_unit": 450.0, "account_id": revenue})]}, **values))
    odoo.rpc("account.invoice", "action_invoice_open", [invoice_id])
    return invoice_id, odoo.rpc("account.invoice", "read", [invoice_id], ["number"])[0]["number"]


def remove_template_setup(odoo, *document_types):
    """Remove the Template Setup lines of these document kinds (main company)."""
    lines = odoo.rpc("interaction.template.setup", "search",
                     [("document_type", "in", list(document_types))])
    if lines:
        odoo.rpc("interaction.template.setup", "unlink", lines)


def set_template_setup(odoo, document_type, template_id):
    remove_template_setup(odoo, document_type)
    odoo.create("interaction.template.setup",
                {"document_type": document_type, "template_id": template_id})


def create_user(odoo, name, *group_xmlids):
    """An internal user with exactly these groups; returns (id, login, name).
    The password is the login."""
    name = unique(name)
    login = name.replace(" ", "-").lower()
    groups = [odoo.ref(xmlid) for xmlid in ("base.group_user",) + group_xmlids]
    user_id = odoo.create("res.users", {
        "name": name, "login": login, "password": login,
        "groups_id": [(6, 0, groups)]})
    return user_id, login, name
