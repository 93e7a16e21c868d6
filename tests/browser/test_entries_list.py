"""The Interaction Log Entries list: search, filters and group-bys."""
from conftest import screenshot
from odoo_web import (close_dropdowns, group_by, group_headers, list_column, list_rows,
                      login, open_menu, search, search_facets, toggle_filter, wait_breadcrumb)
from records import create_partner, create_template, log_entries, unique


def test_entries_filter_by_canceled_and_group_by_template(page, odoo):
    tag = unique("Harbor")  # both contacts share it: one search finds them
    dunmore_id, dunmore = create_partner(odoo, name="Dunmore Ltd, " + tag)
    keel_id, keel = create_partner(odoo, name="Keel Boats, " + tag)
    call_id, call_code = create_template(odoo, "Phone call")
    letter_id, letter_code = create_template(odoo, "Letter")
    calls = log_entries(odoo, [dunmore_id, dunmore_id, keel_id], call_id)
    log_entries(odoo, [dunmore_id], letter_id)
    odoo.rpc("interaction.log.entry", "action_switch_canceled", [calls[0]])

    login(page)
    open_menu(page, "Contacts", "Interaction Log Entries")
    wait_breadcrumb(page, "Interaction Log Entries")
    assert search_facets(page) == ["Not Canceled"]
    search(page, tag, "Contact")
    list_rows(page).first.wait_for()
    assert sorted(list_column(page, "Contact")) == [dunmore, dunmore, keel]

    toggle_filter(page, "Not Canceled")   # off: every entry
    assert list_rows(page).count() == 4
    toggle_filter(page, "Canceled")       # only the canceled call
    assert list_column(page, "Contact") == [dunmore]
    assert list_column(page, "Description") == ["Phone call"]

    toggle_filter(page, "Canceled")
    toggle_filter(page, "Not Canceled")
    group_by(page, "Template")
    close_dropdowns(page)
    assert sorted(group_headers(page)) == sorted([
        "[%s] Letter (1)" % letter_code,
        "[%s] Phone call (2)" % call_code,
    ])
    # open the phone calls group
    page.locator(".o_list_view tr.o_group_header").filter(has_text="Phone call").click()
    list_rows(page).first.wait_for()
    assert sorted(list_column(page, "Contact")) == sorted([dunmore, keel])
    screenshot(page, "entries-grouped-by-template")
