"""Segment criteria in steps: Add Contacts, Refine Contacts and Go Back on
a segment, as Business Central builds a segment."""
from conftest import screenshot
from odoo_web import (click_button, click_header_button, fill_many2one, login, modal,
                      open_menu, wait_breadcrumb, wait_idle)
from records import create_partner, create_template, unique


def contact_count(page):
    return int(page.locator(".o_form_view .o_field_widget[name=contact_count]").inner_text())


def add_step(page, button, domain):
    """Click the step ``button``, type the filter in the filter editor's code
    box (debug mode) and apply it; wait until the segment shows the step."""
    steps = page.locator(".o_field_widget[name=criteria_line_ids] tbody tr.o_data_row")
    before = steps.count()
    click_header_button(page, button)
    dialog = modal(page, button)
    code = dialog.locator("input.o_domain_debug_input")
    code.fill(domain)
    code.dispatch_event("change")
    wait_idle(page)
    click_button(dialog, "Apply")
    dialog.wait_for(state="detached")
    steps.nth(before).wait_for()
    wait_idle(page)


def test_build_a_segment_in_steps_then_go_back(page, odoo):
    tag = unique("Show")
    for city in ("Brussels", "Antwerp", "Lyon"):
        create_partner(odoo, name="%s guest %s" % (tag, city), city=city)
    _template_id, code = create_template(odoo, "Trade show invitation")
    segment = "Trade show " + tag

    login(page)
    # the filter editor's code box is shown in debug mode
    page.goto("/web?debug=1", wait_until="domcontentloaded")
    page.wait_for_selector("#oe_main_menu_navbar .oe_application_menu_placeholder")
    wait_idle(page)
    open_menu(page, "Contacts", "Segments")
    wait_breadcrumb(page, "Segments")
    page.click(".o_cp_buttons .o_list_button_add")
    form = page.locator(".o_form_view.o_form_editable")
    form.wait_for()
    form.locator(".o_field_widget[name=name]").fill(segment)
    fill_many2one(page, form, "template_id", code)
    form.locator(".o_field_widget[name=contact_source] label").filter(
        has_text="Criteria steps").click()
    click_button(page.locator(".o_cp_buttons"), "Save")
    page.locator(".o_form_view.o_form_readonly").wait_for()
    wait_idle(page)

    # step 1: every guest of the show; step 2: only those in Belgium's cities
    add_step(page, "Add Contacts", "[('name', '=like', '%s guest%%')]" % tag)
    assert contact_count(page) == 3
    add_step(page, "Refine Contacts", "[('city', 'in', ['Brussels', 'Antwerp'])]")
    assert contact_count(page) == 2
    screenshot(page, "segment-criteria-steps")

    # Go Back: the refinement is undone
    click_header_button(page, "Go Back")
    page.locator(".o_field_widget[name=criteria_line_ids] tbody tr.o_data_row").nth(
        1).wait_for(state="detached")
    wait_idle(page)
    assert contact_count(page) == 3
    segment_id = odoo.rpc("interaction.segment", "search", [("name", "=", segment)])
    steps = odoo.search_read("interaction.segment.criteria.line",
                             [("segment_id", "in", segment_id)], ["action"])
    assert [step["action"] for step in steps] == ["add"]
