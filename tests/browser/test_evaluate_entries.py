"""Evaluate several entries at once from the list (Action > Evaluate); each
entry's history shows the change."""
from conftest import screenshot
from odoo_web import (close_dialog, list_column, login, modal, open_entries_of,
                      select, select_rows_showing, sidebar_action)
from records import entries_of, partner_with_entries


def test_evaluate_two_selected_entries(page, odoo):
    partner_id, partner, _entry_ids = partner_with_entries(
        odoo, "Lighthouse Cafe", "Mailing", ["Spring mailing", "Summer mailing", "Autumn mailing"])

    login(page)
    open_entries_of(page, partner, rows=3)
    select_rows_showing(page, "Description", "Spring mailing", "Summer mailing")
    sidebar_action(page, "Action", "Evaluate")
    dialog = modal(page, "Evaluate")
    select(dialog, "evaluation", "Very Positive")
    screenshot(page, "evaluate-entries")
    close_dialog(dialog, "Evaluate")

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
