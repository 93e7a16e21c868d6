"""The screenshots of the documentation, taken from the demo database.

``bin/screenshots`` runs this with the browser tests' Python (Playwright and
Debian's Chromium) on a copy of the demo database that ``bin/demo`` makes:
the customers, templates, segments and printed documents of the demo data,
as a user sees them. It writes docs/screenshots/ (README) and the screenshots
of the addon's description page (interaction_log/static/description/).

Environment: IL_ODOO_BIN, IL_ODOO_CONF, IL_DB (the copy), IL_LOG_DIR.
"""
import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
import harness  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from odoo_web import (click_button, close_dropdowns, fill_many2one, group_by,  # noqa: E402
                      list_rows, login, modal, open_menu, search, select, select_rows,
                      sidebar_action, toggle_filter, wait_breadcrumb, wait_idle)

DOCS = ROOT / "docs" / "screenshots"
DESCRIPTION = ROOT / "interaction_log" / "static" / "description"
#: the onboarding tours' pointers of a new database are not part of a screen
HIDE_TOURS = """document.addEventListener("DOMContentLoaded", () => {
    const style = document.createElement("style");
    style.textContent = ".o_tooltip { display: none !important; }";
    document.head.appendChild(style);
});"""


def shoot(page, name, *copies):
    """Save the page as docs/screenshots/NAME.png (and as the ``copies``
    of the description page)."""
    page.locator(".o_loading").wait_for(state="hidden")
    page.wait_for_timeout(300)  # the fading of dropdowns and dialogs
    for path in [DOCS / ("%s.png" % name)] + [DESCRIPTION / copy for copy in copies]:
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path))
        print(path.relative_to(ROOT))


def goto_record(page, model, xmlid_or_id, server):
    record_id = xmlid_or_id if isinstance(xmlid_or_id, int) else server_ref(server, xmlid_or_id)
    page.goto("/web#model=%s&id=%d&view_type=form" % (model, record_id))
    page.locator(".o_form_view").first.wait_for()
    wait_idle(page)


def server_ref(server, xmlid):
    """Database id of the record with this external id (XML-RPC, as admin)."""
    import xmlrpc.client
    uid = xmlrpc.client.ServerProxy(server.url + "/xmlrpc/2/common").login(
        server.db, "admin", "admin")
    models = xmlrpc.client.ServerProxy(server.url + "/xmlrpc/2/object")
    return models.execute_kw(server.db, uid, "admin", "ir.model.data", "xmlid_to_res_id",
                             [xmlid, True])


def create_interaction(page, server):
    goto_record(page, "res.partner", "base.res_partner_2", server)  # Agrolait
    click_button(page, "Create Interaction")
    wizard = modal(page, "Create Interaction")
    fill_many2one(page, wizard, "template_id", "Outbound phone call")
    wizard.locator(".o_field_widget[name=subject]").first.fill(
        "Asked for the spring catalogue")
    select(wizard, "evaluation", "Positive")
    shoot(page, "create-interaction", "screenshot_create_interaction.png")
    click_button(wizard, "Cancel")


def entries(page):
    """A customer's entries, grouped by template, the first groups open."""
    open_menu(page, "Contacts", "Interaction Log Entries")
    wait_breadcrumb(page, "Interaction Log Entries")
    search(page, "Agrolait", "Contact")
    group_by(page, "Template")
    close_dropdowns(page)
    headers = page.locator(".o_list_view tr.o_group_header")
    for index in range(min(4, headers.count())):
        headers.nth(index).click()
        wait_idle(page)
    list_rows(page).first.wait_for()
    page.locator(".o_content").evaluate("content => { content.scrollTop = 0; }")
    shoot(page, "entries-grouped-by-template")


def switch_canceled(page):
    open_menu(page, "Contacts", "Interaction Log Entries")
    wait_breadcrumb(page, "Interaction Log Entries")
    list_rows(page).nth(2).wait_for()
    select_rows(page, 0, 1)
    sidebar_action(page, "Action", "Switch Canceled")
    dialog = modal(page, "Switch Canceled")
    shoot(page, "switch-canceled")
    click_button(dialog, "Cancel")


def template_setup(page):
    open_menu(page, "Contacts", "Configuration", "Template Setup")
    wait_breadcrumb(page, "Interaction Template Setup")
    list_rows(page).first.wait_for()
    shoot(page, "template-setup")


def printed_documents(page):
    open_menu(page, "Sales", "Interaction Log Entries")
    wait_breadcrumb(page, "Interaction Log Entries")
    toggle_filter(page, "Printed")
    close_dropdowns(page)
    list_rows(page).first.wait_for()
    wait_idle(page)
    shoot(page, "printed-documents-entries", "screenshot_entries.png")


def logged_segment(page, server):
    goto_record(page, "interaction.segment", "interaction_log.demo_segment_spring_catalogue",
                server)
    shoot(page, "segment-logged", "screenshot_segment.png")


def timeline(page, server):
    """Agrolait's Interactions button: its entries on the timeline."""
    goto_record(page, "res.partner", "base.res_partner_2", server)  # Agrolait
    page.click(".oe_button_box .oe_stat_button:has(.o_stat_info[name=interaction_count])")
    wait_breadcrumb(page, "Interaction Log Entries")
    page.locator(".oe_timeline_view .vis-item").first.wait_for()
    wait_idle(page)
    # the smart button's tooltip outlives the form it belonged to
    page.locator(".tooltip").evaluate_all("tips => tips.forEach(tip => tip.remove())")
    shoot(page, "timeline")


def main():
    db = os.environ["IL_DB"]
    log = Path(os.environ.get("IL_LOG_DIR", "/tmp")) / ("screenshots-%s.log" % db)
    with harness.OdooServer(os.environ["IL_ODOO_BIN"], os.environ["IL_ODOO_CONF"], db, 0,
                            log) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 860},
                                      base_url=server.url, locale="en-US")
        context.set_default_timeout(60000)
        context.add_init_script(HIDE_TOURS)
        page = context.new_page()
        login(page)
        create_interaction(page, server)
        entries(page)
        switch_canceled(page)
        template_setup(page)
        printed_documents(page)
        logged_segment(page, server)
        timeline(page, server)
        browser.close()
        problems = server.log_problems()
    if problems:
        sys.exit("The server reported errors:\n" + "\n".join(problems))


if __name__ == "__main__":
    main()
