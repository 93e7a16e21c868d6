"""Browser end-to-end tests: a real Odoo server and Debian's Chromium.

``bin/test`` runs this folder with the Python 3.11 virtualenv ``.venv-browser``
(Playwright) after the Odoo tests, with these environment variables:
IL_ODOO_BIN, IL_ODOO_CONF (the project's Odoo), IL_BROWSER_DB (a copy of the
freshly installed test database, with demo data), IL_LOG_DIR.
The server listens on a free local port; Chromium is kept off the network.
"""
import os
import sys
from pathlib import Path

import pytest
import requests
from playwright.sync_api import sync_playwright

ROOT = Path(os.environ.get("IL_ROOT", Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(ROOT / "tests"))
import harness  # noqa: E402  (tests/harness.py: the project's one server starter)
SCREENSHOTS = ROOT / ".odoo" / "screenshots"
CHROMIUM = os.environ.get("IL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic", "--disable-default-apps",
    "--disable-extensions", "--metrics-recording-only", "--mute-audio",
]


class OdooServer(harness.OdooServer):
    """The project's Odoo server (one process) on the browser tests' database,
    with the JSON-RPC calls the tests make to set up and check records."""

    def __init__(self):
        db = os.environ["IL_BROWSER_DB"]
        log = Path(os.environ.get("IL_LOG_DIR", "/tmp")) / ("browser-%s.log" % db)
        super().__init__(os.environ["IL_ODOO_BIN"], os.environ["IL_ODOO_CONF"], db, 0, log)
        self._uids = {}

    def rpc(self, model, method, *args, login="admin", password="admin", **kwargs):
        """Call a model method over JSON-RPC, as an external client would."""
        payload = {"jsonrpc": "2.0", "method": "call", "params": {
            "service": "object", "method": "execute_kw",
            "args": [self.db, self._uid(login, password), password, model, method,
                     list(args), kwargs]}}
        answer = requests.post(self.url + "/jsonrpc", json=payload, timeout=120).json()
        if "error" in answer:
            raise RuntimeError(answer["error"]["data"]["message"])
        return answer["result"]

    def create(self, model, values, **kwargs):
        """Create one record over JSON-RPC (as admin unless login= is given); its id."""
        return self.rpc(model, "create", values, **kwargs)

    def search_read(self, model, domain, fields, **kwargs):
        return self.rpc(model, "search_read", domain, fields, **kwargs)

    def ref(self, xmlid):
        """Database id of the record with this external id."""
        return self.rpc("ir.model.data", "xmlid_to_res_id", xmlid, True)

    def _uid(self, login, password):
        if (login, password) in self._uids:
            return self._uids[login, password]
        payload = {"jsonrpc": "2.0", "method": "call", "params": {
            "service": "common", "method": "login", "args": [self.db, login, password]}}
        uid = requests.post(self.url + "/jsonrpc", json=payload, timeout=60).json()["result"]
        if not uid:
            raise RuntimeError("The login %s/%s is refused." % (login, password))
        self._uids[login, password] = uid
        return uid


@pytest.fixture(scope="session")
def odoo():
    server = OdooServer()
    server.start()
    # build the web client's assets once, outside any test's time budget
    requests.get(server.url + "/web/login", timeout=300)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(request, browser, odoo):
    context = browser.new_context(viewport={"width": 1440, "height": 860},
                                  base_url=odoo.url, locale="en-US",
                                  accept_downloads=True)
    context.set_default_timeout(30000)
    page = context.new_page()
    page.console_lines = []
    page.on("console", lambda msg: page.console_lines.append("%s: %s" % (msg.type, msg.text)))
    page.on("pageerror", lambda err: page.console_lines.append("pageerror: %s" % err))
    log_start = odoo.log_size()
    yield page
    report = getattr(request.node, "rep_call", None)
    shot = SCREENSHOTS / ("FAILED-%s.png" % request.node.name)
    if report is not None and report.passed and shot.exists():
        shot.unlink()  # from an earlier failed run
    if report is not None and report.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(shot), full_page=True)
        except Exception:  # noqa: BLE001 - the page may be gone
            pass
        print("\n---- browser console ----\n" + ("\n".join(page.console_lines) or "(empty)"))
        print("---- server log tail (%s) ----\n%s" % (odoo.log, odoo.log_tail()))
        print("---- screenshot: %s" % shot)
    context.close()
    if report is not None and report.passed:
        # a flow that looks right may still have hidden an error
        problems = [line for line in page.console_lines if line.startswith(("pageerror", "error"))]
        problems += odoo.log_problems(log_start)
        if problems:
            pytest.fail("The test passed, but the browser or the server reported errors:\n"
                        + "\n".join(problems), pytrace=False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.rep_call = report


def screenshot(page, name):
    """Save the page at a key step of a flow (.odoo/screenshots/NAME.png)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".o_loading").wait_for(state="hidden")  # the fading "Loading" label
    page.screenshot(path=str(SCREENSHOTS / ("%s.png" % name)))
