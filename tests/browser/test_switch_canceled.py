"""Cancel and restore entries from the list, through the Switch Canceled
confirmation (Business Central's "Switch Check Mark in Canceled")."""
from conftest import screenshot
from odoo_web import (close_dialog, list_column, login, modal, open_entries_of,
                      select_rows_showing, sidebar_action, toggle_filter)
from records import entries_of, partner_with_entries


def _switch_selected(page, expected_message):
    sidebar_action(page, "Action", "Switch Canceled")
    dialog = modal(page, "Switch Canceled")
    assert expected_message in dialog.locator(".alert-warning").inner_text()
    return dialog


def test_cancel_two_entries_then_restore_one(page, odoo):
    partner_id, partner, _entry_ids = partner_with_entries(
        odoo, "Quayside", "Visit", ["First visit", "Second visit", "Third visit"])

    login(page)
    open_entries_of(page, partner, rows=3)
    assert sorted(list_column(page, "Description")) == [
        "First visit", "Second visit", "Third visit"]

    # cancel two of them
    select_rows_showing(page, "Description", "First visit", "Second visit")
    dialog = _switch_selected(page, "2 entries will be canceled")
    screenshot(page, "switch-canceled-confirmation")
    close_dialog(dialog, "Confirm")
    # the default "Not Canceled" filter hides them
    assert list_column(page, "Description") == ["Third visit"]

    # restore one of the canceled ones
    toggle_filter(page, "Not Canceled")
    toggle_filter(page, "Canceled")
    assert sorted(list_column(page, "Description")) == ["First visit", "Second visit"]
    select_rows_showing(page, "Description", "Second visit")
    close_dialog(_switch_selected(page, "The entry will be restored"), "Confirm")
    assert list_column(page, "Description") == ["First visit"]

    canceled = {e["description"]: e["canceled"]
                for e in entries_of(odoo, partner_id, ("description", "canceled"))}
    assert canceled == {"First visit": True, "Second visit": False, "Third visit": False}
