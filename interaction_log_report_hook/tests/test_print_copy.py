# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import json

from odoo.exceptions import AccessError
from odoo.tests.common import HOST, at_install, post_install

from .common import PrintCase, make_order, setup_print_templates
from .common_http import PrintHttpCase


@at_install(False)  # the HTTP requests need the registry, locked during the install
@post_install(True)
class TestPrintCopyHttp(PrintHttpCase):
    """The Print menu of the web client (/report/download), as a clerk
    without Interactions rights: each entry keeps the bytes the clerk got."""

    def setUp(self):
        super(TestPrintCopyHttp, self).setUp()
        env = self.http_env
        setup_print_templates(env, env.ref("base.main_company"), code_prefix="TCOPY")
        self.clerk = env["res.users"].create({
            "name": "Copy Print Clerk", "login": "copy_print_clerk", "password": "clerk-pass",
            "groups_id": [(6, 0, [env.ref("sales_team.group_sale_salesman_all_leads").id])],
        })
        self.customer = env["res.partner"].create({"name": "Copy Print Customer"})
        self.product = env["product.product"].create({
            "name": "Copy Print Service", "type": "service", "invoice_policy": "order"})
        self.orders = [make_order(env, self.customer, self.product) for _index in range(3)]
        self.registry.test_cr.commit()
        self.authenticate("copy_print_clerk", "clerk-pass")

    def download(self, *orders):
        """Print ``orders`` with the Print menu; return the bytes downloaded."""
        url = "/report/pdf/sale.report_saleorder/%s" % ",".join(str(o.id) for o in orders)
        response = self.opener.get(
            "http://%s:%s/report/download" % (HOST, self.port),
            params={"data": json.dumps([url, "qweb-pdf"]), "token": "1"}, timeout=60)
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response.headers.get("Content-Disposition", ""))
        return response.content

    def copy_of(self, entry):
        entry.sent_copy_id.invalidate_cache()
        return base64.b64decode(entry.sent_copy_id.datas)

    def test_entry_keeps_the_bytes_the_user_downloaded(self):
        order = self.orders[0]
        content = self.download(order)
        entry = self.entries_of(order)
        self.assertEqual(len(entry), 1)
        self.assertEqual(self.copy_of(entry), content)
        self.assertIn(order.name, content.decode())
        copy = entry.sent_copy_id
        self.assertEqual((copy.res_model, copy.res_id), ("sale.order", order.id),
                         "filed on the quotation: its readers only may read it")

    def test_what_was_sent_downloads_the_copy(self):
        order = self.orders[0]
        content = self.download(order)
        entry = self.entries_of(order)
        action = entry.action_what_was_sent()
        self.assertEqual(action["type"], "ir.actions.act_url")
        response = self.url_open(action["url"])
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, content)

    def test_batch_print_is_one_file_linked_from_each_entry(self):
        content = self.download(*self.orders)
        copies = self.http_env["ir.attachment"]
        for order in self.orders:
            entry = self.entries_of(order)
            self.assertEqual(self.copy_of(entry), content)
            self.assertEqual(entry.sent_copy_id.res_id, order.id)
            copies |= entry.sent_copy_id
        self.assertEqual(len(copies), 3)
        self.assertEqual(len(set(copies.mapped("store_fname"))), 1, "one file")

    def test_reprints_of_an_unchanged_quotation_are_one_file(self):
        order = self.orders[0]
        first, second = self.download(order), self.download(order)
        self.assertEqual(first, second)
        copies = self.entries_of(order).mapped("sent_copy_id")
        self.assertEqual(len(copies), 2)
        self.assertEqual(len(set(copies.mapped("store_fname"))), 1)

    def test_copies_stay_out_of_the_quotations_attachments(self):
        order = self.orders[0]
        self.download(order)
        self.assertFalse(self.http_env["ir.attachment"].search(
            [("res_model", "=", "sale.order"), ("res_id", "=", order.id)]),
            "the quotation's attachments (its chatter) are the user's own")


class TestPrintCopy(PrintCase):
    """The copies of prints rendered as Odoo's routes do (render_qweb_pdf)."""

    def test_company_without_print_copies_keeps_none(self):
        self.company.interaction_keep_print_copies = False
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        self.assertFalse(self.entries_of(order).sent_copy_id)
        self.company.interaction_keep_print_copies = True
        self.print_documents("sale.report_saleorder", order)
        self.assertTrue(self.entries_of(order)[-1].sent_copy_id)

    def test_validated_invoice_links_the_pdf_odoo_saved(self):
        invoice = self.create_invoice()
        report = self.Report._get_report_from_name("account.report_invoice")
        name = "INV%s.pdf" % invoice.number.replace("/", "")
        saved = self.env["ir.attachment"].create({
            "name": name, "datas_fname": name, "res_model": "account.invoice",
            "res_id": invoice.id, "datas": base64.b64encode(b"%PDF-1.4 saved")})
        self.assertEqual(report.retrieve_attachment(invoice), saved)
        attachments_before = self.env["ir.attachment"].search_count([])
        self.print_documents("account.report_invoice", invoice)
        self.assertEqual(self.entries_of(invoice).sent_copy_id, saved)
        self.assertEqual(self.env["ir.attachment"].search_count([]), attachments_before,
                         "no second copy")

    def test_copy_readable_only_by_readers_of_the_document(self):
        """An Interactions user who sees their own quotations only reads the
        entry of another salesperson's quotation, but not its copy."""
        own_only = self._create_user("copy_own_only", [
            "sales_team.group_sale_salesman", "interaction_log.group_interaction_user"])
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        entry = self.entries_of(order).sudo(own_only)
        self.assertEqual(entry.description, "Quotation %s" % order.name, "the entry is readable")
        with self.assertRaises(AccessError):
            entry.action_what_was_sent()
        with self.assertRaises(AccessError):
            entry.sent_copy_id.read(["datas"])

    def test_copy_cannot_be_set_by_a_user(self):
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        entry = self.entries_of(order)
        other = self.env["ir.attachment"].create({
            "name": "forged.pdf", "datas": base64.b64encode(b"%PDF-1.4 forged")})
        with self.assertRaises(AccessError):
            entry.sudo(self.manager).write({"sent_copy_id": other.id})

    def test_batch_copy_is_read_only_by_readers_of_every_document_of_the_batch(self):
        """Two salespersons' quotations printed together by a manager: each
        salesperson (own documents only) reads the copy of a print of their
        own quotation alone, not the batch PDF holding the other's too."""
        own_only = self._create_user("copy_batch_own_only", [
            "sales_team.group_sale_salesman", "interaction_log.group_interaction_user"])
        mine, other = self.create_order(user_id=own_only.id), self.create_order()
        self.print_documents("sale.report_saleorder", mine + other)
        batch_copy = self.entries_of(mine).sent_copy_id.sudo(own_only)
        with self.assertRaises(AccessError):
            batch_copy.read(["datas"])
        self.print_documents("sale.report_saleorder", mine)
        own_copy = self.entries_of(mine)[-1].sent_copy_id.sudo(own_only)
        self.assertTrue(own_copy.read(["datas"])[0]["datas"])

    def test_copy_cannot_be_changed(self):
        order = self.create_order()
        self.print_documents("sale.report_saleorder", order)
        copy = self.entries_of(order).sent_copy_id.sudo(self.salesperson)
        with self.assertRaises(AccessError):
            copy.write({"datas": base64.b64encode(b"%PDF-1.4 forged")})
