"""A contact's interactions on a timeline (interaction_log_web_timeline)."""
from conftest import screenshot
from odoo_web import close_dropdowns, group_by, login, value, wait_breadcrumb, wait_idle
from records import create_partner, create_template, create_user

#: colors of the timeline view's items, by correspondence type
EMAIL_COLOR = "rgb(166, 216, 245)"
HARD_COPY_COLOR = "rgb(245, 207, 138)"


def contact_with_history(odoo):
    """A company with a contact person, a letter to the company and an email
    to the person recorded by an Interactions user, and a call to the company
    recorded by another user. Returns (company id, names, users)."""
    company_id, company = create_partner(odoo, "Quayside Books")
    person_id = odoo.create("res.partner", {"name": "Ann Reed", "parent_id": company_id})
    person = odoo.rpc("res.partner", "read", [person_id], ["display_name"])[0]["display_name"]
    letter_id, _code = create_template(odoo, "Catalogue letter")
    email_id, _code = create_template(odoo, "Offer email", correspondence_type="email")
    call_id, _code = create_template(odoo, "Follow-up call", correspondence_type=False)
    users = [create_user(odoo, name, "interaction_log.group_interaction_user")
             for name in ("Timeline Rep", "Timeline Caller")]
    (_rep_id, rep_login, rep), (_caller_id, caller_login, caller) = users
    for partner_id, template_id, date, user_login in (
            (company_id, letter_id, "2026-03-02 09:00:00", rep_login),
            (person_id, email_id, "2026-03-09 14:00:00", rep_login),
            (company_id, call_id, "2026-03-16 11:00:00", caller_login)):
        odoo.rpc("interaction.log.entry", "log_interactions", [partner_id], template_id,
                 date=date, login=user_login, password=user_login)
    return company_id, (company, person), (rep_login, rep, caller)


def open_interactions(page, partner_id):
    page.goto("/web#model=res.partner&id=%d&view_type=form" % partner_id)
    page.locator(".o_form_view").first.wait_for()
    wait_idle(page)
    page.click(".oe_button_box .oe_stat_button:has(.o_stat_info[name=interaction_count])")
    wait_breadcrumb(page, "Interaction Log Entries")


def timeline_items(page, count):
    items = page.locator(".oe_timeline_view .vis-item.vis-box")
    items.nth(count - 1).wait_for()
    assert items.count() == count
    return items


def timeline_groups(page):
    """Labels of the timeline's rows that hold items."""
    labels = page.locator(".oe_timeline_view .vis-labelset .vis-label .vis-inner")
    return sorted(t.strip() for t in labels.all_inner_texts() if t.strip() not in ("", "-"))


def test_contact_interactions_open_on_a_timeline_grouped_by_contact_then_user(page, odoo):
    company_id, (company, person), (rep_login, rep, caller) = contact_with_history(odoo)

    login(page, rep_login, rep_login)
    open_interactions(page, company_id)
    items = timeline_items(page, 3)
    assert page.locator(".o_cp_switch_buttons .o_cp_switch_timeline.active").count() == 1
    # description, contact and duration (hh:mm; the templates' 10 minutes)
    # (compared without spaces: icons and margins separate the words)
    assert sorted("".join(text.split()) for text in items.all_inner_texts()) == sorted(
        "".join(text.split()) for text in (
            "Catalogue letter %s 00:10" % company,
            "Offer email %s 00:10" % person,
            "Follow-up call %s 00:10" % company))
    assert timeline_groups(page) == sorted([company, person])
    email = items.filter(has_text="Offer email")
    letter = items.filter(has_text="Catalogue letter")
    assert email.evaluate("el => getComputedStyle(el).backgroundColor") == EMAIL_COLOR
    assert letter.evaluate("el => getComputedStyle(el).backgroundColor") == HARD_COPY_COLOR
    # the smart button's tooltip outlives the form it belonged to
    page.locator(".tooltip").evaluate_all("tips => tips.forEach(tip => tip.remove())")
    screenshot(page, "timeline-by-contact")

    group_by(page, "Recorded By")
    close_dropdowns(page)
    page.locator(".oe_timeline_view .vis-label").filter(has_text=caller).wait_for()
    assert timeline_groups(page) == sorted([rep, caller])
    timeline_items(page, 3)
    screenshot(page, "timeline-by-user")


def test_double_click_on_the_timeline_opens_the_entry(page, odoo):
    company_id, _names, (rep_login, _rep, _caller) = contact_with_history(odoo)

    login(page, rep_login, rep_login)
    open_interactions(page, company_id)
    timeline_items(page, 3).filter(has_text="Offer email").dblclick()
    page.locator(".o_form_view .o_field_widget[name=correspondence_type]").wait_for()
    wait_idle(page)
    assert value(page, "description") == "Offer email"
    assert page.locator(".o_form_view .o_field_widget[name=correspondence_type]").inner_text(
        ).strip() == "Email"
