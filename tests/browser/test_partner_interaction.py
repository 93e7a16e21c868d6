"""A salesperson records an interaction from the customer's form."""
from conftest import screenshot
from odoo_web import (click_button, field, fill_many2one, list_column, list_rows, login,
                      modal, open_menu, search, select, stat_button_value, switch_view, value,
                      wait_breadcrumb, wait_idle)
from records import create_partner, create_template, entries_of


def test_create_interaction_from_customer_counts_it_and_lists_it(page, odoo):
    partner_id, partner = create_partner(odoo, "Blue Harbour Hotel")
    template_name = "Phone call"
    _template_id, code = create_template(odoo, template_name)

    login(page)
    open_menu(page, "Contacts")
    search(page, partner, "Name")
    page.locator(".o_kanban_record").filter(has_text=partner).click()
    page.locator(".o_form_view .oe_title").filter(has_text=partner).wait_for()
    wait_idle(page)
    assert stat_button_value(page, "interaction_count") == 0

    click_button(page, "Create Interaction")
    wizard = modal(page, "Create Interaction")
    assert value(wizard, "partner_id") == partner
    fill_many2one(page, wizard, "template_id", code)
    # the template fills in the description, cost and duration
    assert value(wizard, "description") == template_name
    assert value(wizard, "cost") == "2.50"
    assert value(wizard, "duration") == "10.00"
    field(wizard, "subject").fill("Asked for the spring catalogue")
    select(wizard, "evaluation", "Positive")
    screenshot(page, "create-interaction-wizard")
    click_button(wizard, "Create")
    page.locator(".modal-dialog").wait_for(state="detached")
    wait_idle(page)

    page.locator(".oe_button_box .o_stat_info[name=interaction_count] .o_stat_value").filter(
        has_text="1").wait_for()
    assert stat_button_value(page, "interaction_count") == 1
    screenshot(page, "customer-smart-button")

    page.click(".oe_button_box .oe_stat_button:has(.o_stat_info[name=interaction_count])")
    wait_breadcrumb(page, "Interaction Log Entries")
    # the contact's entries open on the timeline when web_timeline is there
    switch_view(page, "list")
    assert list_rows(page).count() == 1
    assert list_column(page, "Description") == [template_name]
    assert list_column(page, "Contact") == [partner]
    assert list_column(page, "Evaluation") == ["Positive"]
    screenshot(page, "customer-interactions-list")

    [entry] = entries_of(odoo, partner_id, ("subject", "evaluation", "cost", "user_id"))
    assert entry["subject"] == "Asked for the spring catalogue"
    assert entry["evaluation"] == "positive"
    assert entry["cost"] == 2.5
