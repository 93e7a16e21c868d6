"""Create Follow-up Segment: from a logged segment, a new segment of the
contacts who did not respond."""
from conftest import screenshot
from odoo_web import (click_button, click_header_button, list_rows, login, modal, open_menu,
                      search, wait_breadcrumb)
from records import create_partner, create_template, log_entries, unique


def test_follow_up_segment_of_non_responders(page, odoo):
    tag = unique("Catalogue")
    partners = dict(create_partner(odoo, name="%s reader %d" % (tag, n)) for n in (1, 2, 3))
    template_id, _code = create_template(odoo, "Catalogue mailing")
    call_id, _call = create_template(odoo, "Inbound call", information_flow="inbound",
                                     initiated_by="them", correspondence_type=False)
    segment = "Catalogue " + tag
    segment_id = odoo.create("interaction.segment", {
        "name": segment, "template_id": template_id,
        "partner_ids": [(6, 0, list(partners))]})
    odoo.rpc("interaction.segment", "action_log", [segment_id])
    responder_id = min(partners)
    log_entries(odoo, [responder_id], call_id, description="Asks for prices")

    login(page)
    open_menu(page, "Contacts", "Logged Segments")
    wait_breadcrumb(page, "Logged Segments")
    search(page, segment, "Segment")
    list_rows(page).filter(has_text=segment).click()
    wait_breadcrumb(page, segment)
    click_header_button(page, "Create Follow-up Segment")
    dialog = modal(page, "Create Follow-up Segment")
    dialog.locator(".o_field_widget[name=contacts] label").filter(
        has_text="sent no response").click()
    click_button(dialog, "Create Segment")
    dialog.wait_for(state="detached")

    follow_up = "Follow-up: " + segment
    wait_breadcrumb(page, follow_up)
    page.locator(".o_field_widget[name=partner_ids] tbody tr.o_data_row").nth(1).wait_for()
    shown = page.locator(".o_field_widget[name=partner_ids] tbody tr.o_data_row").all_inner_texts()
    expected = sorted(name for partner_id, name in partners.items() if partner_id != responder_id)
    assert sorted(row.split("\t")[0].strip() for row in shown) == expected
    assert page.locator(".o_form_view .o_field_widget[name=contact_count]").inner_text() == "2"
    screenshot(page, "follow-up-segment")
