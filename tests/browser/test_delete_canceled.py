"""Delete Canceled Entries: removes the canceled entries, keeps the others."""
from conftest import screenshot
from odoo_web import (click_button, close_dialog, confirm, fill_many2one, list_column,
                      list_rows, login, modal, open_entries_of, open_menu, toggle_filter, value)
from records import entries_of, partner_with_entries


def test_delete_canceled_reports_the_count_and_keeps_the_rest(page, odoo):
    partner_id, partner, entry_ids = partner_with_entries(
        odoo, "Lighthouse", "Brochure", ["Old brochure", "Wrong address", "New brochure"])
    odoo.rpc("interaction.log.entry", "action_switch_canceled", entry_ids[:2])

    login(page)
    open_menu(page, "Contacts", "Delete Canceled Entries")
    wizard = modal(page, "Delete Canceled Interaction Log Entries")
    fill_many2one(page, wizard, "partner_id", partner)
    assert value(wizard, "match_count") == "2"
    click_button(wizard, "Delete")
    confirm(page)
    # the one shown (a bridge adds another one, hidden, for background jobs)
    message = wizard.locator(".alert-info:visible")
    message.wait_for()
    assert " ".join(message.inner_text().split()) == \
        "2 canceled interaction log entries were deleted."
    screenshot(page, "delete-canceled-done")
    close_dialog(wizard, "Close")

    open_entries_of(page, partner)
    toggle_filter(page, "Not Canceled")  # show canceled entries too: none is left
    list_rows(page).first.wait_for()
    assert list_column(page, "Description") == ["New brochure"]
    assert [e["description"] for e in entries_of(odoo, partner_id)] == ["New brochure"]
