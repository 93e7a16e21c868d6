"""A salesperson emails a customer from its chatter and marks a planned call
done: both become interactions of the customer."""
from conftest import screenshot
from odoo_web import login, open_menu, search, stat_button_value, wait_idle
from records import create_partner, entries_of


def open_partner(page, partner):
    open_menu(page, "Contacts")
    search(page, partner, "Name")
    page.locator(".o_kanban_record").filter(has_text=partner).click()
    page.locator(".o_form_view .oe_title").filter(has_text=partner).wait_for()
    wait_idle(page)


def test_chatter_message_to_customer_records_email(page, odoo):
    partner_id, partner = create_partner(odoo, "Chatter Customer",
                                         email="chatter.customer@example.com")
    login(page)
    open_partner(page, partner)
    assert stat_button_value(page, "interaction_count") == 0

    page.click(".o_chatter .o_chatter_button_new_message")
    # the customer is suggested as recipient of its own chatter
    recipient = page.locator(".o_chatter .o_composer_suggested_partners input[type=checkbox]")
    recipient.first.wait_for()
    if not recipient.first.is_checked():
        recipient.first.check()
    page.fill(".o_chatter .o_composer_text_field", "Here is our spring catalogue.")
    screenshot(page, "chatter-send-message")
    page.click(".o_chatter .o_composer_button_send")
    page.locator(".o_thread_message").filter(has_text="spring catalogue").wait_for()
    wait_idle(page)

    [entry] = entries_of(odoo, partner_id, (
        "document_type", "correspondence_type", "information_flow", "initiated_by",
        "mail_message_id", "delivery_status", "document_ref"))
    assert entry["document_type"] == "email"
    assert entry["correspondence_type"] == "email"
    assert (entry["information_flow"], entry["initiated_by"]) == ("outbound", "us")
    assert entry["mail_message_id"], "linked to the message"
    assert not entry["document_ref"], "sent from the customer itself"
    # sent right after the post: accepted or refused by the machine's SMTP server
    assert entry["delivery_status"] in ("in_progress", "delivered", "error")

    page.reload()
    page.locator(".oe_button_box .o_stat_info[name=interaction_count] .o_stat_value").filter(
        has_text="1").wait_for()
    assert stat_button_value(page, "interaction_count") == 1


def test_marking_call_done_records_phone_call_with_feedback(page, odoo):
    partner_id, partner = create_partner(odoo, "Call Customer")
    odoo.create("mail.activity", {
        "res_model_id": odoo.rpc("ir.model", "search", [("model", "=", "res.partner")])[0],
        "res_id": partner_id,
        "activity_type_id": odoo.ref("mail.mail_activity_data_call"),
        "summary": "Present the catalogue",
        "user_id": odoo.ref("base.user_root"),
    })
    login(page)
    open_partner(page, partner)

    page.locator("#o_chatter_planned_activities .o_activity_done").first.click()
    page.locator("#activity_feedback").wait_for()
    page.fill("#activity_feedback", "Wants prices for 200 chairs.")
    screenshot(page, "call-mark-done")
    page.click(".o_activity_popover_done")
    page.locator(".o_thread_message").filter(has_text="200 chairs").wait_for()
    wait_idle(page)

    [entry] = entries_of(odoo, partner_id, ("document_type", "description", "note"))
    assert entry["document_type"] == "phone_call"
    assert entry["description"] == "Present the catalogue"
    assert entry["note"] == "Wants prices for 200 chairs."
