"""Cancel and restore entries from the list, through the Switch Canceled
confirmation (Business Central's "Switch Check Mark in Canceled")."""
from conftest import screenshot
from odoo_web import (click_button, list_column, list_rows, login, modal, open_menu, search,
                      select_rows, sidebar_action, toggle_filter, wait_breadcrumb, wait_idle)
from records import create_partner, create_template, entries_of, log_entries


def _switch_selected(page, expected_message):
    sidebar_action(page, "Action", "Switch Canceled")
    dialog = modal(page, "Switch Canceled")
    assert expected_message in dialog.locator(".alert-warning").inner_text()
    return dialog


def test_cancel_two_entries_then_restore_one(page, odoo):
    partner_id, partner = create_partner(odoo, "Quayside")
    template_id, _code = create_template(odoo, "Visit")
    log_entries(odoo, [partner_id] * 3, template_id,
                description=["First visit", "Second visit", "Third visit"])

    login(page)
    open_menu(page, "Contacts", "Interaction Log Entries")
    wait_breadcrumb(page, "Interaction Log Entries")
    search(page, partner, "Contact")
    list_rows(page).nth(2).wait_for()
    descriptions = list_column(page, "Description")
    assert sorted(descriptions) == ["First visit", "Second visit", "Third visit"]

    # cancel two of them
    select_rows(page, descriptions.index("First visit"), descriptions.index("Second visit"))
    dialog = _switch_selected(page, "2 entries will be canceled")
    screenshot(page, "switch-canceled-confirmation")
    click_button(dialog, "Confirm")
    dialog.wait_for(state="detached")
    wait_idle(page)
    # the default "Not Canceled" filter hides them
    assert list_column(page, "Description") == ["Third visit"]

    # restore one of the canceled ones
    toggle_filter(page, "Not Canceled")
    toggle_filter(page, "Canceled")
    assert sorted(list_column(page, "Description")) == ["First visit", "Second visit"]
    select_rows(page, list_column(page, "Description").index("Second visit"))
    dialog = _switch_selected(page, "The entry will be restored")
    click_button(dialog, "Confirm")
    dialog.wait_for(state="detached")
    wait_idle(page)
    assert list_column(page, "Description") == ["First visit"]

    canceled = {e["description"]: e["canceled"]
                for e in entries_of(odoo, partner_id, ("description", "canceled"))}
    assert canceled == {"First visit": True, "Second visit": False, "Third visit": False}
