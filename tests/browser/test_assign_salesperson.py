"""Assigning a quotation to a salesperson sends no email to the customer, so
it records no interaction (Odoo notifies the salesperson, not the customer)."""
from odoo_web import click_button, fill_many2one, login, open_record, wait_idle
from records import (create_partner, create_quotation, create_template, create_user,
                     entries_of, set_template_setup)


def test_assigning_a_salesperson_records_no_interaction(page, odoo):
    _user_id, _login, salesperson = create_user(odoo, "Sales Rep", "sales_team.group_sale_salesman")
    partner_id, partner = create_partner(odoo, "Riverside Cafe")
    template_id, _code = create_template(odoo, "Quotation sent")
    set_template_setup(odoo, "sale_quote", template_id)
    _quotation_id, quotation = create_quotation(odoo, partner_id)

    login(page)
    open_record(page, "Sales", "Quotations", "Sales Order", quotation)
    click_button(page.locator(".o_cp_buttons"), "Edit")
    page.locator(".o_notebook .nav-tabs a").filter(has_text="Other Information").click()
    fill_many2one(page, page.locator(".o_form_view"), "user_id", salesperson)
    click_button(page.locator(".o_cp_buttons"), "Save")
    page.locator(".o_form_view.o_form_readonly").wait_for()
    wait_idle(page)

    assert entries_of(odoo, partner_id) == []
