"""Small helpers to drive Odoo 11's web client the way a person does.

Selectors are those of the Odoo 11 community web client. Helpers that act
wait for the web client to be idle afterwards, so tests read like a user's
steps; tests still wait for what they expect to see next.
"""
import re

# The web client adds ``oe_wait`` to its root element while an RPC runs (the
# bus long-polling is a "shadow" RPC and does not count); the UI is blocked
# (.blockUI) on RPCs longer than 3 s. Idle = neither, for 200 ms in a row.
_IDLE_JS = """() => {
    const busy = document.querySelector('.o_web_client.oe_wait, .blockUI');
    const now = Date.now();
    if (busy || !window.__ilIdleSince) { window.__ilIdleSince = busy ? null : now; return false; }
    return now - window.__ilIdleSince >= 200;
}"""


def login(page, login="admin", password="admin"):
    page.goto("/web/login")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_selector("#oe_main_menu_navbar .oe_application_menu_placeholder")
    wait_idle(page)


def wait_idle(page):
    """Wait until the web client runs no RPC and shows no blocking overlay.
    (Odoo keeps a long-polling request open: the network is never idle.)
    Tests still wait for the element they expect next."""
    page.wait_for_timeout(100)
    page.evaluate("() => { window.__ilIdleSince = null; }")
    page.wait_for_function(_IDLE_JS, polling=50)


def _exact(text):
    return re.compile(r"^\s*%s\s*$" % re.escape(text))


def open_menu(page, app, *submenus):
    """Click the top-level app menu, then menu entries in the left panel
    (entries are matched on their exact text, in the visible part only)."""
    page.locator("#oe_main_menu_navbar .oe_application_menu_placeholder a").filter(
        has_text=_exact(app)).click()
    wait_idle(page)
    for name in submenus:
        page.locator(".o_sub_menu a:visible").filter(has_text=_exact(name)).click()
        wait_idle(page)


def breadcrumb(page):
    return page.inner_text(".o_control_panel .breadcrumb li.active").strip()


def wait_breadcrumb(page, text):
    """Wait until the action titled ``text`` is the current one."""
    page.locator(".o_control_panel .breadcrumb li.active").filter(
        has_text=_exact(text)).wait_for()
    wait_idle(page)


def open_record(page, app, menu, search_label, name):
    """Open the record ``name`` from the list of ``app`` > ``menu`` (an
    action titled like its menu), found by searching ``search_label``."""
    open_menu(page, app, menu)
    wait_breadcrumb(page, menu)
    search(page, name, search_label)
    list_rows(page).filter(has_text=name).click()
    wait_breadcrumb(page, name)


def open_entries_of(page, partner, app="Contacts", rows=0):
    """The Interaction Log Entries list of ``app``, searched for the contact
    ``partner``; waits until it shows at least ``rows`` rows."""
    open_menu(page, app, "Interaction Log Entries")
    wait_breadcrumb(page, "Interaction Log Entries")
    search(page, partner, "Contact")
    if rows:
        list_rows(page).nth(rows - 1).wait_for()


# -- search view ------------------------------------------------------------

def search(scope, text, field_label):
    """Type ``text`` in the search box and choose "Search <field_label> for: text".
    ``scope``: the page, or a dialog with its own search box."""
    box = scope.locator(".o_searchview_input").last
    box.fill("")
    box.press_sequentially(text)
    scope.locator(".o_searchview_autocomplete li").filter(
        has_text="Search %s for" % field_label).first.click()
    wait_idle(getattr(scope, "page", scope))


def search_facets(page):
    return [t.strip() for t in page.locator(".o_searchview .o_searchview_facet").all_inner_texts()]


def _open_search_dropdown(page, menu_class):
    if not page.locator(".o_search_options").is_visible():
        page.click(".o_searchview_more")  # the search options are folded
    menu = page.locator(".o_search_options ul.%s" % menu_class)
    if not menu.is_visible():
        page.locator(".o_search_options .btn-group").filter(
            has=page.locator("ul.%s" % menu_class)).locator(
            "button.o_dropdown_toggler_btn").click()
    return menu


def toggle_filter(page, label):
    """Click a filter of the Filters dropdown (on or off)."""
    menu = _open_search_dropdown(page, "o_filters_menu")
    menu.locator("li > a").filter(has_text=_exact(label)).click()
    wait_idle(page)


def group_by(page, label):
    """Click a group-by of the Group By dropdown."""
    menu = _open_search_dropdown(page, "o_group_by_menu")
    menu.locator("li > a").filter(has_text=_exact(label)).click()
    wait_idle(page)


def close_dropdowns(page):
    page.click(".o_control_panel .breadcrumb")
    page.wait_for_timeout(100)


def switch_view(page, view_type):
    """Show the current action in its ``view_type`` view (list, form,
    timeline...), with the control panel's view switcher, unless it is
    already shown."""
    button = page.locator(".o_cp_switch_buttons .o_cp_switch_%s" % view_type)
    if "active" not in (button.get_attribute("class") or ""):
        button.click()
    page.locator(".o_%s_view" % view_type).first.wait_for()
    wait_idle(page)


# -- list view ---------------------------------------------------------------

def list_rows(page):
    return page.locator(".o_list_view tbody tr.o_data_row")


def list_column(page, column_label):
    """Texts of a column of the list view, by its header label."""
    headers = [h.strip() for h in page.locator(".o_list_view thead th").all_inner_texts()]
    index = headers.index(column_label) + 1
    return [t.strip() for t in page.locator(
        ".o_list_view tbody tr.o_data_row td:nth-child(%d)" % index).all_inner_texts()]


def group_headers(page):
    """Texts of the group rows of a grouped list, e.g. ["[CALL] Phone call (2)"]."""
    return [t.strip() for t in page.locator(
        ".o_list_view tbody tr.o_group_header th.o_group_name").all_inner_texts()]


def select_rows(page, *indexes):
    for index in indexes:
        list_rows(page).nth(index).locator("td.o_list_record_selector input").check(force=True)


def select_rows_showing(page, column_label, *texts):
    """Tick the rows whose column ``column_label`` shows one of ``texts``."""
    column = list_column(page, column_label)
    select_rows(page, *(column.index(text) for text in texts))


def sidebar_action(page, menu, item):
    """Click ``item`` in the control panel's ``menu`` dropdown (Print, Action)."""
    page.locator(".o_cp_sidebar .o_dropdown_toggler_btn").filter(has_text=_exact(menu)).click()
    page.locator(".o_cp_sidebar .dropdown-menu a:visible").filter(has_text=_exact(item)).click()
    wait_idle(page)


# -- forms ---------------------------------------------------------------------

def field(scope, name):
    """The widget of field ``name`` in a form (``scope``: page or a modal)."""
    return scope.locator(".o_field_widget[name=%s]" % name).first


def value(scope, name):
    """The value shown by field ``name`` in edit mode (input, select, or a
    widget wrapping an input such as many2one and monetary)."""
    widget = field(scope, name)
    return widget.evaluate(
        "el => ('value' in el && el.tagName !== 'DIV') ? el.value"
        " : (el.querySelector('input, select') || {value: el.innerText}).value")


def fill_many2one(page, scope, name, text):
    """Type in a many2one and pick the first suggestion containing ``text``."""
    widget = field(scope, name).locator("input")
    widget.fill("")
    widget.press_sequentially(text)
    page.locator("ul.ui-autocomplete:visible li a").filter(has_text=text).first.click()
    wait_idle(page)


def select(scope, name, label):
    field(scope, name).select_option(label=label)


def click_button(scope, text):
    """Click the visible button with this exact text (``scope``: the page, a
    dialog, a part of the page)."""
    scope.locator("button:visible").filter(has_text=_exact(text)).first.click()
    wait_idle(getattr(scope, "page", scope))


def click_header_button(page, text):
    """Click a button of the form's header (status bar)."""
    click_button(page.locator(".o_form_view .o_form_statusbar"), text)


def print_pdf(page, button):
    """Click the form's print button; the PDF comes as a download. Returns
    its file name."""
    with page.expect_download(timeout=60000) as download:
        click_header_button(page, button)
    wait_idle(page)
    assert download.value.suggested_filename.endswith(".pdf")
    return download.value.suggested_filename


def stat_button_value(page, name):
    """The number shown on the smart button of field ``name``."""
    return int(page.locator(".oe_button_box .o_stat_info[name=%s] .o_stat_value" % name)
               .inner_text().strip())


def modal(page, title=None):
    """The topmost dialog (optionally the one titled ``title``)."""
    dialogs = page.locator(".modal-dialog:visible")
    if title:
        dialogs = dialogs.filter(has=page.locator(".modal-title", has_text=title))
    dialogs.last.wait_for()
    return dialogs.last


def close_dialog(dialog, button):
    """Click ``button`` of ``dialog`` and wait until the dialog is gone."""
    click_button(dialog, button)
    dialog.wait_for(state="detached")
    wait_idle(dialog.page)


def confirm(page):
    """Answer OK to the "confirm" question of a button."""
    dialog = page.locator(".modal-dialog:visible").filter(
        has=page.locator(".modal-title", has_text="Confirmation")).last
    dialog.locator(".modal-footer button.btn-primary").click()
    wait_idle(page)
