"""Evaluate several entries at once from the list (Action > Evaluate); each
entry's history shows the change."""
from conftest import screenshot
from odoo_web import (click_button, list_column, list_rows, login, modal, open_menu, search,
                      select, select_rows, sidebar_action, wait_breadcrumb, wait_idle)
from records import create_partner, create_template, entries_of, log_entries


def test_evaluate_two_selected_entries(page, odoo):
    partner_id, partner = create_partner(odoo, "Lighthouse Cafe")
    template_id, _code = create_template(odoo, "Mailing")
    log_entries(odoo, [partner_id] * 3, template_id,
                description=["Spring mailing", "Summer mailing", "Autumn mailing"])

    login(page)
    open_menu(page, "Contacts", "Interaction Log Entries")
    wait_breadcrumb(page, "Interaction Log Entries")
    search(page, partner, "Contact")
    list_rows(page).nth(2).wait_for()
    descriptions = list_column(page, "Description")
    select_rows(page, descriptions.index("Spring mailing"), descriptions.index("Summer mailing"))
    sidebar_action(page, "Action", "Evaluate")
    dialog = modal(page, "Evaluate")
    select(dialog, "evaluation", "Very Positive")
    screenshot(page, "evaluate-entries")
    click_button(dialog, "Evaluate")
    dialog.wait_for(state="detached")
    wait_idle(page)

    evaluations = dict(zip(list_column(page, "Description"), list_column(page, "Evaluation")))
    assert evaluations == {"Spring mailing": "Very Positive", "Summer mailing": "Very Positive",
                           "Autumn mailing": ""}
    stored = {e["description"]: e["evaluation"]
              for e in entries_of(odoo, partner_id, ("description", "evaluation"))}
    assert stored == {"Spring mailing": "very_positive", "Summer mailing": "very_positive",
                      "Autumn mailing": False}

    # the entry's chatter tells who changed the evaluation
    page.locator(".o_list_view .o_data_row").filter(has_text="Spring mailing").click()
    page.locator(".o_form_view .oe_title").filter(has_text="Spring mailing").wait_for()
    tracking = page.locator(".o_thread_message .o_mail_thread_message_tracking").first
    tracking.wait_for()
    assert "Very Positive" in tracking.inner_text()
    screenshot(page, "entry-chatter-evaluation")
