"""Small helpers to drive Odoo 11's web client the way a person does."""


def login(page, login="admin", password="admin"):
    page.goto("/web/login")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_selector("#oe_main_menu_navbar .oe_application_menu_placeholder")
    wait_idle(page)


def wait_idle(page):
    """Wait until the web client shows no "Loading" indicator and no blocking
    overlay. (Odoo keeps a long-polling request open: the network is never
    idle.) Tests still wait for the element they expect next."""
    page.wait_for_timeout(150)
    page.wait_for_function(
        "() => { const l = document.querySelector('.o_loading');"
        " return (!l || l.offsetParent === null) && !document.querySelector('.blockUI'); }")


def open_menu(page, app, *submenus):
    """Click the top-level app menu, then submenus in the left panel."""
    page.click("#oe_main_menu_navbar .oe_application_menu_placeholder a:has-text('%s')" % app)
    wait_idle(page)
    for name in submenus:
        page.click(".o_sub_menu a:has-text('%s')" % name)
        wait_idle(page)
