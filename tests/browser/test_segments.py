"""Segments: log one interaction per contact of a segment, then cancel the
logged segment as a whole."""
from conftest import screenshot
from odoo_web import (click_button, click_header_button, confirm, fill_many2one,
                      list_rows, login, modal, open_menu, search, stat_button_value,
                      wait_breadcrumb, wait_idle)
from records import create_partner, create_template, entries_of, unique


def test_log_a_segment_then_cancel_the_logged_segment(page, odoo):
    tag = unique("Fair")
    partners = dict(create_partner(odoo, name="%s guest %d" % (tag, n)) for n in (1, 2, 3))
    _template_id, code = create_template(odoo, "Trade fair invitation")
    segment = "Trade fair " + tag

    login(page)
    open_menu(page, "Contacts", "Segments")
    wait_breadcrumb(page, "Segments")
    page.click(".o_cp_buttons .o_list_button_add")
    form = page.locator(".o_form_view.o_form_editable")
    form.wait_for()
    form.locator(".o_field_widget[name=name]").fill(segment)
    fill_many2one(page, form, "template_id", code)
    # Contacts: a fixed list, picked with "Add an item"
    form.locator(".o_field_widget[name=partner_ids] .o_field_x2many_list_row_add a").click()
    picker = modal(page, "Add:")
    search(picker, tag, "Name")
    picker.locator(".o_list_view tbody tr.o_data_row").nth(2).wait_for()
    picker.locator(".o_list_view thead .o_list_record_selector input").check(force=True)
    click_button(picker, "Select")
    picker.wait_for(state="detached")
    wait_idle(page)
    assert form.locator(".o_field_widget[name=contact_count]").inner_text() == "3"
    click_button(page.locator(".o_cp_buttons"), "Save")
    page.locator(".o_form_view.o_form_readonly").wait_for()
    wait_idle(page)

    click_header_button(page, "Log Segment")
    confirm(page)
    page.locator(".o_form_view .alert-info:visible").filter(has_text="has been logged").wait_for()
    assert stat_button_value(page, "entry_count") == 3
    screenshot(page, "segment-logged")

    open_menu(page, "Contacts", "Logged Segments")
    wait_breadcrumb(page, "Logged Segments")
    search(page, segment, "Segment")
    list_rows(page).filter(has_text=segment).click()
    wait_breadcrumb(page, segment)
    click_header_button(page, "Cancel Logging")
    confirm(page)
    page.locator(".o_form_view .alert-warning:visible").filter(has_text="is canceled").wait_for()
    screenshot(page, "logged-segment-canceled")

    # every entry of the segment is canceled: the contacts count none
    for partner_id in partners:
        assert [e["canceled"] for e in entries_of(odoo, partner_id)] == [True]
    counts = odoo.rpc("res.partner", "read", list(partners), ["interaction_count"])
    assert [c["interaction_count"] for c in counts] == [0, 0, 0]
