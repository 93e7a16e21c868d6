from conftest import screenshot
from odoo_web import login


def test_admin_logs_in_and_sees_the_apps(page):
    login(page)
    apps = page.locator("#oe_main_menu_navbar .oe_application_menu_placeholder a").all_inner_texts()
    text = " ".join(apps)
    for app in ("Contacts", "Sales", "Invoicing"):
        assert app in text, text
    screenshot(page, "login-home")


def test_wrong_password_is_refused(page):
    login_page = page.goto("/web/login")
    assert login_page.status == 200
    page.fill("input[name=login]", "admin")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert "Wrong login/password" in page.inner_text(".alert-danger")
