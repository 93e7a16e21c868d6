# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import SavepointCase

# description (template name) of the test template of each document kind
TEMPLATE_NAMES = {
    "sale_quote": "Quotation",
    "sale_order": "Order Confirmation",
    "out_invoice": "Invoice",
    "out_refund": "Credit Note",
    "email": "Email",
}


PRINTED_KINDS = ("sale_quote", "sale_order", "out_invoice", "out_refund")


def setup_print_templates(env, company, kinds=PRINTED_KINDS, code_prefix="TPRINT"):
    """Replace the template setup of ``company`` by one test template per
    document kind of ``kinds``; return {kind: template} for every kind of
    TEMPLATE_NAMES (the email template is created but not set up unless asked)."""
    env["interaction.template.setup"].search([("company_id", "=", company.id)]).unlink()
    group = env["interaction.group"].create({
        "code": "%s_SALES" % code_prefix, "name": "Sales documents (test)",
        "company_id": company.id,
    })
    templates = {}
    for kind, name in TEMPLATE_NAMES.items():
        templates[kind] = env["interaction.template"].create({
            "code": "%s_%s" % (code_prefix, kind.upper()), "name": name, "group_id": group.id,
            "unit_cost": 2.5, "unit_duration": 3, "correspondence_type": "hard_copy",
            "company_id": company.id,
        })
        if kind in kinds:
            env["interaction.template.setup"].create({
                "company_id": company.id, "document_type": kind,
                "template_id": templates[kind].id,
            })
    return templates


class PrintCase(SavepointCase):
    """A company whose printed sales documents and customer invoices are
    recorded with test templates, a customer contact of a customer company,
    a salesperson and a user who prints without interaction rights."""

    @classmethod
    def setUpClass(cls):
        super(PrintCase, cls).setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.Entry = cls.env["interaction.log.entry"]
        cls.Report = cls.env["ir.actions.report"]
        cls.company = cls.env.ref("base.main_company")
        cls.templates = setup_print_templates(cls.env, cls.company)
        cls.customer_company = cls.env["res.partner"].create({
            "name": "Print Test Company", "is_company": True, "company_id": False})
        cls.customer = cls.env["res.partner"].create({
            "name": "Print Test Contact", "parent_id": cls.customer_company.id,
            "email": "contact@example.com", "company_id": False})
        cls.salesperson = cls.env["res.users"].create({
            "name": "Print Test Salesperson", "login": "print_test_salesperson",
            "email": "salesperson@example.com",
            "groups_id": [(6, 0, [cls.env.ref("sales_team.group_sale_salesman_all_leads").id])],
        })
        # prints and invoices, but has no interaction rights at all
        cls.clerk = cls.env["res.users"].create({
            "name": "Print Test Clerk", "login": "print_test_clerk",
            "email": "clerk@example.com",
            "groups_id": [(6, 0, [cls.env.ref("sales_team.group_sale_salesman_all_leads").id,
                                  cls.env.ref("account.group_account_invoice").id])],
        })
        cls.product = cls.env["product.product"].create({
            "name": "Print Test Service", "type": "service", "list_price": 100.0,
            "invoice_policy": "order",
        })
        cls.income_account = cls.env["account.account"].search([
            ("company_id", "=", cls.company.id),
            ("user_type_id", "=", cls.env.ref("account.data_account_type_revenue").id),
        ], limit=1)

    @classmethod
    def create_order(cls, partner=None, **values):
        partner = partner or cls.customer
        vals = {
            "partner_id": partner.id,
            "user_id": cls.salesperson.id,
            "order_line": [(0, 0, {
                "name": cls.product.name, "product_id": cls.product.id,
                "product_uom_qty": 1, "product_uom": cls.product.uom_id.id,
                "price_unit": 100.0,
            })],
        }
        vals.update(values)
        return cls.env["sale.order"].create(vals)

    @classmethod
    def create_invoice(cls, invoice_type="out_invoice", partner=None, validate=True, **values):
        partner = partner or cls.customer
        account = (partner.property_account_receivable_id if invoice_type.startswith("out")
                   else partner.property_account_payable_id)
        vals = {
            "partner_id": partner.id,
            "type": invoice_type,
            "account_id": account.id,
            "user_id": cls.salesperson.id,
            "invoice_line_ids": [(0, 0, {
                "name": cls.product.name, "product_id": cls.product.id,
                "quantity": 1, "price_unit": 100.0, "account_id": cls.income_account.id,
            })],
        }
        vals.update(values)
        invoice = cls.env["account.invoice"].with_context(type=invoice_type).create(vals)
        if validate:
            invoice.action_invoice_open()
        return invoice

    def print_documents(self, report_name, documents, user=None):
        """Render ``report_name`` for ``documents`` as ``user`` (default:
        admin), the way the /report/pdf route does."""
        report = self.Report._get_report_from_name(report_name)
        if user:
            report = report.sudo(user)
        return report.render_qweb_pdf(documents.ids)

    def entries_of(self, documents):
        """Entries of the documents, in recording order."""
        self.Entry.invalidate_cache()
        return self.Entry.search([
            ("document_ref", "in", ["%s,%d" % (doc._name, doc.id) for doc in documents]),
        ], order="id")
