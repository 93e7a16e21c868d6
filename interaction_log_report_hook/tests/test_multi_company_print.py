# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import PrintCase, setup_print_templates


class TestMultiCompanyPrint(PrintCase):
    """A document of company B is recorded with company B's template setup,
    in company B, whoever prints it; company A's users never see it."""

    @classmethod
    def setUpClass(cls):
        super(TestMultiCompanyPrint, cls).setUpClass()
        cls.company_b = cls.env["res.company"].create({"name": "Print Company B"})
        cls.templates_b = setup_print_templates(cls.env, cls.company_b, code_prefix="TMCB")
        print_groups = [cls.env.ref(xmlid).id for xmlid in (
            "sales_team.group_sale_salesman_all_leads", "account.group_account_invoice",
            "interaction_log.group_interaction_user")]
        cls.user_a, cls.user_b = [cls.env["res.users"].create({
            "name": "Print Company User %s" % letter, "login": "print_company_user_%s" % letter,
            "company_id": company.id, "company_ids": [(6, 0, company.ids)],
            "groups_id": [(6, 0, print_groups)],
        }) for letter, company in (("a", cls.company), ("b", cls.company_b))]
        Account = cls.env["account.account"]
        cls.receivable_b = Account.create({
            "code": "TMCB121", "name": "Receivable B", "reconcile": True,
            "user_type_id": cls.env.ref("account.data_account_type_receivable").id,
            "company_id": cls.company_b.id})
        cls.income_b = Account.create({
            "code": "TMCB700", "name": "Income B",
            "user_type_id": cls.env.ref("account.data_account_type_revenue").id,
            "company_id": cls.company_b.id})
        # the default receivable account of company B (what a chart of accounts sets)
        cls.env["ir.property"].create({
            "name": "property_account_receivable_id", "company_id": cls.company_b.id,
            "fields_id": cls.env["ir.model.fields"].search([
                ("model", "=", "res.partner"),
                ("name", "=", "property_account_receivable_id")]).id,
            "value_reference": "account.account,%d" % cls.receivable_b.id})
        cls.journal_b = cls.env["account.journal"].create({
            "name": "Sales B", "code": "TMCB", "type": "sale", "company_id": cls.company_b.id})

    def create_order_b(self):
        return self.create_order(company_id=self.company_b.id, user_id=self.user_b.id)

    def create_invoice_b(self):
        return self.env["account.invoice"].create({
            "partner_id": self.contact.id, "type": "out_invoice",
            "company_id": self.company_b.id, "journal_id": self.journal_b.id,
            "account_id": self.receivable_b.id, "user_id": self.user_b.id,
            "invoice_line_ids": [(0, 0, {"name": "Service B", "quantity": 1,
                                         "price_unit": 10.0, "account_id": self.income_b.id})],
        })

    def test_documents_printed_in_company_b_use_its_setup_and_stay_there(self):
        order, invoice = self.create_order_b(), self.create_invoice_b()
        self.print_documents("sale.report_saleorder", order, user=self.user_b)
        self.print_documents("account.report_invoice", invoice, user=self.user_b)
        entries = self.entries_of([order, invoice])
        self.assertEqual(entries.mapped("template_id"), self.templates_b["sale_quote"]
                         | self.templates_b["draft_invoice"])
        self.assertEqual(entries.mapped("company_id"), self.company_b)
        self.assertEqual(entries.mapped("user_id"), self.user_b)
        domain = [("id", "in", entries.ids)]
        self.assertEqual(self.Entry.sudo(self.user_b).search(domain), entries)
        self.assertFalse(self.Entry.sudo(self.user_a).search(domain))

    def test_batch_of_both_companies_uses_each_company_setup(self):
        """The administrator prints documents of both companies at once."""
        ours, theirs = self.create_order(), self.create_order_b()
        self.print_documents("sale.report_saleorder", ours | theirs)
        self.assertEqual(self.entries_of(ours).template_id, self.templates["sale_quote"])
        self.assertEqual(self.entries_of(theirs).template_id, self.templates_b["sale_quote"])
