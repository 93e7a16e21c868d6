"""A user without interaction rights prints an invoice: the print is still
recorded, and a manager sees the entry."""
from conftest import screenshot
from odoo_web import (list_column, login, open_entries_of, open_menu, open_record,
                      print_pdf)
from records import (create_invoice, create_partner, create_template, create_user,
                     set_template_setup)


def test_invoice_printed_by_user_without_interaction_rights_is_logged(page, odoo):
    user_id, user_login, user_name = create_user(
        odoo, "Billing Clerk", "sales_team.group_sale_salesman", "account.group_account_invoice")
    assert not odoo.rpc("res.users", "has_group", "interaction_log.group_interaction_user",
                        login=user_login, password=user_login)
    partner_id, partner = create_partner(odoo, "Northwind")
    template_id, _code = create_template(odoo, "Invoice sent")
    set_template_setup(odoo, "out_invoice", template_id)
    # the clerk's own invoice: being assigned it notifies the clerk, which is no
    # interaction with the customer; printing it is
    _invoice_id, invoice = create_invoice(odoo, partner_id, user_id=user_id)

    login(page, user_login, user_login)
    open_menu(page, "Sales")  # the Sales app shows no Interactions menu to this user
    sales_menus = " ".join(page.locator(".o_sub_menu a:visible").all_inner_texts())
    assert "Quotations" in sales_menus and "Interaction" not in sales_menus
    open_record(page, "Invoicing", "Customer Invoices", "Invoice", invoice)
    print_pdf(page, "Print Invoice")
    page.goto("/web/session/logout")

    # a manager finds the print in the log
    login(page)
    open_entries_of(page, partner, rows=1)
    assert list_column(page, "Description") == ["Invoice sent " + invoice]
    assert list_column(page, "Document No.") == [invoice]
    assert list_column(page, "Recorded By") == [user_name]
    screenshot(page, "invoice-printed-by-billing-clerk")
