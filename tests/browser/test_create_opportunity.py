"""Create Opportunity on an entry: the opportunity is created for the
entry's contact, linked to it, and counts the entry on its smart button."""
from conftest import screenshot
from odoo_web import (click_header_button, list_rows, login, open_entries_of,
                      stat_button_value, wait_idle)
from records import entries_of, partner_with_entries


def test_create_opportunity_from_entry(page, odoo):
    partner_id, partner, _entry_ids = partner_with_entries(
        odoo, "Seagull Marine", "Meeting", ["Visit: new fleet project"])

    login(page)
    open_entries_of(page, partner)
    list_rows(page).first.click()
    page.locator(".o_form_view .oe_title").filter(has_text="Visit: new fleet project").wait_for()
    click_header_button(page, "Create Opportunity")

    # the new opportunity opens, for the entry's contact
    page.locator(".o_opportunity_form").wait_for()
    wait_idle(page)
    assert page.locator(".o_form_view .oe_title").inner_text().strip().startswith(
        "Visit: new fleet project")
    assert partner in page.locator(".o_field_widget[name=partner_id]").first.inner_text()
    assert stat_button_value(page, "interaction_count") == 1
    screenshot(page, "opportunity-from-entry")

    [entry] = entries_of(odoo, partner_id, ("opportunity_id",))
    lead = odoo.rpc("crm.lead", "read", [entry["opportunity_id"][0]],
                    ["partner_id", "type"])[0]
    assert lead["partner_id"][0] == partner_id
    assert lead["type"] == "opportunity"

    # back on the entry, the opportunity is shown and the button is gone
    page.locator(".o_control_panel .breadcrumb li a").last.click()
    page.locator(".o_form_view .oe_title").filter(has_text="Visit: new fleet project").wait_for()
    wait_idle(page)
    assert "Visit: new fleet project" in page.locator(
        ".o_field_widget[name=opportunity_id]").first.inner_text()
    assert page.locator(".o_form_statusbar button:visible").filter(
        has_text="Create Opportunity").count() == 0
