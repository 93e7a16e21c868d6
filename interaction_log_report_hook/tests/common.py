# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from unittest.mock import patch

from lxml import etree

from odoo.tools.safe_eval import safe_eval

from odoo.addons.base.ir.ir_actions_report import IrActionsReport
from odoo.addons.interaction_log.tests.common import InteractionCase

_logger = logging.getLogger(__name__)

# description (template name) of the test template of each document kind
TEMPLATE_NAMES = {
    "sale_quote": "Quotation",
    "sale_order": "Order Confirmation",
    "out_invoice": "Invoice",
    "out_refund": "Credit Note",
    "draft_invoice": "Draft Invoice",
    "in_invoice": "Vendor Bill",
    "in_refund": "Vendor Credit Note",
    "email": "Email",
}


PRINTED_KINDS = ("sale_quote", "sale_order", "out_invoice", "out_refund", "draft_invoice",
                 "in_invoice", "in_refund")


def setup_print_templates(env, company, kinds=PRINTED_KINDS, code_prefix="TPRINT",
                          names=None):
    """Replace the template setup of ``company`` by one test template per
    document kind of ``kinds``; return {kind: template} for every kind of
    ``names`` (default TEMPLATE_NAMES; the email template is created but not
    set up unless asked)."""
    env["interaction.template.setup"].search([("company_id", "=", company.id)]).unlink()
    group = env["interaction.group"].create({
        "code": "%s_SALES" % code_prefix, "name": "Sales documents (test)",
        "company_id": company.id,
    })
    templates = {}
    for kind, name in (names or TEMPLATE_NAMES).items():
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


def create_pdf_report(env, model, name, title):
    """A PDF report of ``model`` of our own, as a company adds one for its
    own layout: a QWeb template (with its XML id, as Odoo finds report
    templates) and its report action. Returns the ir.actions.report."""
    report_name = "interaction_log_test.%s" % name
    view = env["ir.ui.view"].create({
        "name": report_name, "type": "qweb",
        "arch": """<t t-name="%s"><t t-call="web.html_container">
                       <div class="page" t-foreach="docs" t-as="doc">
                           <h2>%s <span t-esc="doc.display_name"/></h2>
                       </div></t></t>""" % (report_name, title)})
    env["ir.model.data"].create({
        "module": "interaction_log_test", "name": name, "model": "ir.ui.view",
        "res_id": view.id})
    return env["ir.actions.report"].create({
        "name": title, "model": model, "report_type": "qweb-pdf",
        "report_name": report_name})


def make_order(env, partner, product, **values):
    """A quotation of one line of ``product`` for ``partner``."""
    vals = {
        "partner_id": partner.id,
        "order_line": [(0, 0, {
            "name": product.name, "product_id": product.id,
            "product_uom_qty": 1, "product_uom": product.uom_id.id, "price_unit": 100.0,
        })],
    }
    vals.update(values)
    return env["sale.order"].create(vals)


def make_invoice(env, partner, product, invoice_type="out_invoice", validate=True, **values):
    """A customer invoice or credit note, or a vendor bill or credit note,
    of one line of ``product``; validated unless ``validate`` is False."""
    company = env.user.company_id
    account = (partner.property_account_receivable_id if invoice_type.startswith("out")
               else partner.property_account_payable_id)
    line_account = env["account.account"].search([
        ("company_id", "=", company.id),
        ("user_type_id", "=", env.ref("account.data_account_type_revenue").id),
    ], limit=1)
    vals = {
        "partner_id": partner.id,
        "type": invoice_type,
        "account_id": account.id,
        "invoice_line_ids": [(0, 0, {
            "name": product.name, "product_id": product.id,
            "quantity": 1, "price_unit": 100.0, "account_id": line_account.id,
        })],
    }
    vals.update(values)
    invoice = env["account.invoice"].with_context(type=invoice_type).create(vals)
    if validate:
        invoice.action_invoice_open()
    return invoice


#: the "Send by Email" button of each document model
SEND_BUTTONS = {"sale.order": "action_quotation_send",
                "account.invoice": "action_invoice_sent"}


class PrintCase(InteractionCase):
    """InteractionCase's company, whose printed sales documents and
    invoices are recorded with test templates; its customer company and
    contact (with an email address) shared by all companies; a salesperson
    and a clerk who prints and invoices without any interaction rights."""

    @classmethod
    def setUpFixtures(cls):
        cls.Report = cls.env["ir.actions.report"]
        cls.templates = setup_print_templates(cls.env, cls.company)
        (cls.customer | cls.contact).write({"company_id": False})
        cls.contact.email = "contact@example.com"
        cls.salesperson = cls._create_user(
            "print_salesperson", ["sales_team.group_sale_salesman_all_leads"])
        cls.clerk = cls._create_user("print_clerk", [
            "sales_team.group_sale_salesman_all_leads", "account.group_account_invoice"])
        cls.product = cls.env["product.product"].create({
            "name": "Print Test Service", "type": "service", "list_price": 100.0,
            "invoice_policy": "order",
        })

    @classmethod
    def create_order(cls, partner=None, **values):
        values.setdefault("user_id", cls.salesperson.id)
        return make_order(cls.env, partner or cls.contact, cls.product, **values)

    @classmethod
    def create_invoice(cls, invoice_type="out_invoice", partner=None, validate=True, **values):
        values.setdefault("user_id", cls.salesperson.id)
        return make_invoice(cls.env, partner or cls.contact, cls.product, invoice_type,
                            validate=validate, **values)

    def print_documents(self, report_name, documents, user=None):
        """Render ``report_name`` for ``documents`` as ``user`` (default:
        admin), the way the /report/pdf route does."""
        report = self.Report._get_report_from_name(report_name)
        if user:
            report = report.sudo(user)
        return report.render_qweb_pdf(documents.ids)

    def send_by_email(self, document, user=None, button=None, **values):
        """Click "Send by Email" (``button``, default the one of SEND_BUTTONS)
        as ``user`` and send, as the web client does: open the composer with
        the button's context, apply the template, write ``values``, send."""
        document = document.sudo(user) if user else document
        action = getattr(document, button or SEND_BUTTONS[document._name])()
        composer = self.env["mail.compose.message"].sudo(user or self.env.user).with_context(
            **action["context"]).create({})
        composer.onchange_template_id_wrapper()
        if values:
            composer.write(values)
        composer.send_mail()
        return composer

    def entries_of(self, documents):
        """Entries of the documents, in recording order."""
        self.Entry.invalidate_cache()
        return self.Entry.search([
            ("document_ref", "in", ["%s,%d" % (doc._name, doc.id) for doc in documents]),
        ], order="id")

    def assert_print_records(self, report_name, document, kind, partner, number=None):
        """Printing ``document`` with ``report_name`` records one entry of
        ``kind`` with ``partner``, the test template of ``kind`` and its
        description (the template's name, then the document's ``number``,
        default its name). Returns the entry."""
        self.print_documents(report_name, document)
        entry = self.entries_of(document)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.document_type, kind)
        self.assertEqual(entry.template_id, self.templates[kind])
        self.assertEqual(entry.partner_id, partner)
        self.assertEqual(entry.report_id.report_name, report_name)
        self.assertEqual(entry.description, "%s %s" % (
            self.templates[kind].name, number or document.name))
        return entry


def search_filter(env, model, name, view=None):
    """Records of ``model`` that the filter ``name`` of its search view
    (``view``: an XML id, default the model's default search view) shows."""
    view_id = env.ref(view).id if view else None
    arch = env[model].fields_view_get(view_id=view_id, view_type="search")["arch"]
    [node] = etree.fromstring(arch).xpath("//filter[@name='%s']" % name)
    return env[model].search(safe_eval(node.get("domain"), {"uid": env.uid}))


#: queries recording one print may cost, whatever its number of documents
PRINT_QUERY_BUDGET = 8


def fake_render(report, res_ids=None, data=None):
    """Odoo's own rendering, whose queries grow with the documents' lines,
    taxes and translations: left out to count the recording's queries."""
    return b"%PDF-1.4 fake", "pdf"


class QueryCountMixin(object):
    """Count the queries a print costs on top of Odoo's rendering."""

    def count_print_queries(self, report_name, documents):
        report = self.env["ir.actions.report"]._get_report_from_name(report_name)
        self.env.cache.invalidate()
        with patch.object(IrActionsReport, "render_qweb_pdf", fake_render):
            # Odoo's rendering reads the report's own fields first (its model,
            # its attachment name...), in the same cache as our override
            report.model  # pylint: disable=pointless-statement
            before = self.cr.sql_log_count
            report.render_qweb_pdf(documents.ids)
            count = self.cr.sql_log_count - before
        entries = self.entries_of(documents)
        self.assertEqual(len(entries), len(documents))
        self.assertTrue(all(entry.sent_copy_id for entry in entries),
                        "each entry keeps its copy of the print, within the budget")
        return count

    def assert_print_queries_within_budget(self, report_name, make_documents, kinds):
        """For each of ``kinds``, print 1 then 20 documents made by
        ``make_documents(count, kind)`` (after a first print that warms the
        caches): each print is recorded, each document under its kind, in at
        most PRINT_QUERY_BUDGET queries (the recording's savepoint included),
        on an empty cache."""
        for kind in kinds:
            self.count_print_queries(report_name, make_documents(1, kind))
            one_document = make_documents(1, kind)
            twenty = make_documents(20, kind)
            one = self.count_print_queries(report_name, one_document)
            many = self.count_print_queries(report_name, twenty)
            self.assertEqual(set(self.entries_of(twenty).mapped("document_type")), {kind})
            _logger.info("queries per print of %s: %d for 1 document, %d for 20",
                         kind, one, many)
            self.assertLessEqual(one, PRINT_QUERY_BUDGET, kind)
            self.assertLessEqual(many, PRINT_QUERY_BUDGET, kind)


def form_has_interactions_button(env, view_xmlid):
    """The Interactions smart button is on the form ``view_xmlid``."""
    view = env.ref(view_xmlid)
    arch = env[view.model].fields_view_get(view_id=view.id, view_type="form")["arch"]
    return bool(etree.fromstring(arch).xpath(
        "//div[@name='button_box']/button[@name='action_open_interactions']"
        "/field[@name='interaction_count']"))


def assert_demo_shows_kinds(test, kinds):
    """The demo data has printed entries of each of ``kinds``, counted by
    the smart button of their document."""
    Entry = test.env["interaction.log.entry"]
    for kind in kinds:
        entries = Entry.search([("document_type", "=", kind), ("report_id", "!=", False)])
        test.assertTrue(entries, kind)
        document = entries[0].document_ref
        test.assertEqual(document.interaction_count, Entry.search_count([
            ("document_ref", "=", "%s,%d" % (document._name, document.id)),
            ("canceled", "=", False)]))


def assert_printed_filters(test, model, printed, never):
    """The Printed / Never Printed filters of the list of ``model`` find
    ``printed`` and ``never`` (documents of ``model``) each on its side."""
    test.assertIn(printed, search_filter(test.env, model, "interaction_printed"))
    test.assertNotIn(never, search_filter(test.env, model, "interaction_printed"))
    test.assertIn(never, search_filter(test.env, model, "interaction_never_printed"))
    test.assertNotIn(printed, search_filter(test.env, model, "interaction_never_printed"))
