"""Concurrent prints and emails on a multi-worker Odoo server, through the
web client's own routes: the load of tests/test_print_load.py and of
bench/run's print throughput case.

Everything talks to a real ``odoo --workers=N`` server on 127.0.0.1 over a
copy of an installed database, as users do from the web client:

- N clients, each logged in as a salesperson of its own, print the same
  "hot" quotations again and again, half through ``/report/download`` (the
  Print button) and half through ``/report/pdf/...``;
- a batch client prints a batch of quotations at once, at the same time;
- an email client sends one quotation with "Send by Email" (the composer,
  through ``/web/dataset/call_kw``), at the same time.

Every loop is bounded in count and every request in time. A print is
right when it answers a PDF with one page per document printed.
"""
import io
import json
import re
import subprocess
import sys
import threading
import time

import requests

REPORT = "sale.report_saleorder"
PASSWORD = "load-test-pass"
#: seconds one request may take (a batch print renders many documents)
REQUEST_TIMEOUT = 300


class WebClient(object):
    """One user in the web client: a session and the routes it calls."""

    def __init__(self, url, db, login, password):
        self.url = url
        self.session = requests.Session()
        result = self.json("/web/session/authenticate",
                           {"db": db, "login": login, "password": password})
        if not result.get("uid"):
            raise RuntimeError("%s could not log in: %r" % (login, result))
        self.uid = result["uid"]
        self.context = result.get("user_context", {})
        # the web client's page carries the CSRF token its forms post
        page = self.session.get(self.url + "/web", timeout=REQUEST_TIMEOUT).text
        match = re.search(r'csrf_token: "([0-9a-f]+o[0-9]*)"', page)
        if not match:
            raise RuntimeError("no CSRF token in the web client's page for %s" % login)
        self.csrf_token = match.group(1)

    def json(self, path, params):
        response = self.session.post(self.url + path, json={
            "jsonrpc": "2.0", "method": "call", "params": params}, timeout=REQUEST_TIMEOUT)
        response.raise_for_status()
        body = response.json()
        if body.get("error"):
            raise RuntimeError("%s failed: %s" % (path, json.dumps(body["error"])[:2000]))
        return body.get("result")

    def call_kw(self, model, method, args, kwargs=None):
        kwargs = dict(kwargs or {})
        kwargs.setdefault("context", self.context)
        return self.json("/web/dataset/call_kw/%s/%s" % (model, method), {
            "model": model, "method": method, "args": args, "kwargs": kwargs})

    def print_download(self, ids, report=REPORT):
        """The Print button: /report/download, which never retries."""
        url = "/report/pdf/%s/%s" % (report, ",".join(map(str, ids)))
        return self.session.post(self.url + "/report/download", data={
            "data": json.dumps([url, "qweb-pdf"]), "token": str(time.time()),
            "csrf_token": self.csrf_token}, timeout=REQUEST_TIMEOUT)

    def print_pdf(self, ids, report=REPORT):
        return self.session.get(
            self.url + "/report/pdf/%s/%s" % (report, ",".join(map(str, ids))),
            timeout=REQUEST_TIMEOUT)

    def send_by_email(self, order_id):
        """Send by Email, as the quotation's button and the composer do."""
        action = self.call_kw("sale.order", "action_quotation_send", [[order_id]])
        context = dict(self.context, **action["context"])
        composer_id = self.call_kw("mail.compose.message", "create", [{}],
                                   {"context": context})
        self.call_kw("mail.compose.message", "onchange_template_id_wrapper", [[composer_id]],
                     {"context": context})
        self.call_kw("mail.compose.message", "send_mail", [[composer_id]],
                     {"context": context})


def is_pdf(response):
    return response.status_code == 200 and response.content.startswith(b"%PDF")


def pdf_page_count(content):
    """The number of pages of a PDF; 0 for one without pages or unreadable
    (what a wkhtmltopdf without patched Qt makes of a batch)."""
    from PyPDF2 import PdfFileReader
    from PyPDF2.utils import PdfReadError
    try:
        return PdfFileReader(io.BytesIO(content), strict=False).getNumPages()
    except (PdfReadError, KeyError, ValueError):
        return 0


def pdf_page_texts(content):
    """The text of each page of a PDF, as pdftotext (poppler-utils) reads it."""
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=content,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    if done.returncode:
        raise RuntimeError("pdftotext failed: %s" % done.stderr.decode(errors="replace"))
    # each page ends with a form feed
    return done.stdout.decode("utf-8", errors="replace").split("\f")[:-1]


def is_print_of(response, documents):
    """(ok, detail) of a print of ``documents`` records: a PDF of one page
    per document."""
    if not is_pdf(response):
        return False, response.content[:300]
    pages = pdf_page_count(response.content)
    if pages != documents:
        return False, "a PDF of %d pages (%d bytes) for %d documents" % (
            pages, len(response.content), documents)
    return True, ""


def prepare(db, clients, hot_count=2, batch_size=10, prefix="load"):
    """Users (logins starting with ``prefix``) and quotations for the load,
    created in ``db`` (a Database): {"logins", "hot", "batch", "email"}."""
    script = """
import json, sys
import odoo
from odoo import SUPERUSER_ID, api
conf, db, clients, hot_count, batch_size, password, prefix = sys.argv[1:8]
odoo.tools.config.parse_config(["-c", conf, "-d", db, "--log-level=warn"])
with api.Environment.manage(), odoo.registry(db).cursor() as cr:
    env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True, "no_reset_password": True})
    groups = [env.ref("sales_team.group_sale_salesman_all_leads").id]
    logins = []
    for index in range(int(clients) + 2):
        login = "%s_user_%d" % (prefix, index)
        env["res.users"].create({"name": "%s user %d" % (prefix.title(), index), "login": login,
                                 "password": password, "email": login + "@example.com",
                                 "groups_id": [(6, 0, groups)]})
        logins.append(login)
    partner = env["res.partner"].create({"name": "Load Test Customer",
                                         "email": "load.customer@example.com"})
    product = env.ref("product.product_product_4")
    def order():
        return env["sale.order"].create({"partner_id": partner.id, "order_line": [
            (0, 0, {"product_id": product.id, "product_uom_qty": 1})]}).id
    result = {"logins": logins, "hot": [order() for _i in range(int(hot_count))],
              "batch": [order() for _i in range(int(batch_size))], "email": order()}
    print("RESULT " + json.dumps(result))
"""
    done = subprocess.run(
        [sys.executable, "-c", script, db.rcfile, db.name, str(clients),
         str(hot_count), str(batch_size), PASSWORD, prefix],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode or not lines:
        raise RuntimeError("preparing the load failed:\n%s" % done.stderr[-3000:])
    return json.loads(lines[-1][len("RESULT "):])


def set_recording(db, enabled):
    """Record printed and emailed quotations with the demo templates (on),
    or untick "Record automatically" on every setup line (off)."""
    db.query("UPDATE interaction_template_setup SET log_on_print = %s", [enabled])
    # as the ORM's write would: every worker of a running server drops its
    # cached template setup (ormcache) at its next request
    db.query("SELECT nextval('base_cache_signaling')")
    if enabled and not db.query("""
            SELECT 1 FROM interaction_template_setup s
              JOIN interaction_template t ON t.id = s.template_id
             WHERE s.document_type = 'sale_quote' AND t.active"""):
        raise RuntimeError("the database has no template set up for quotations")


def attempt(call, documents=1):
    """(ok, detail) of a print of ``documents`` records (a response that
    must be a PDF of one page per document) or of another call (ok when it
    raises nothing)."""
    try:
        response = call()
    except Exception as error:  # reported by the caller, not lost in a thread
        return False, repr(error)
    if isinstance(response, requests.Response):
        return is_print_of(response, documents)
    return True, ""


class Load(object):
    """The clients of one run, each in a thread of its own."""

    def __init__(self, server, db, data, prints_per_client, batch_prints, emails, deadline):
        self.server, self.db, self.data = server, db, data
        self.prints_per_client, self.batch_prints, self.emails = (
            prints_per_client, batch_prints, emails)
        self.stop_at = time.time() + deadline
        self.prints, self.emails_sent = [], []
        self.lock = threading.Lock()
        self.clients = len(data["logins"]) - 2
        self.barrier = threading.Barrier(self.clients + 2)

    def client(self, index):
        client = WebClient(self.server.url, self.db.name, self.data["logins"][index], PASSWORD)
        self.barrier.wait(timeout=120)
        return client

    def turns(self, count):
        """range(count), cut short at the deadline."""
        for number in range(count):
            if time.time() > self.stop_at:
                return
            yield number

    def printed(self, ids, route, outcome):
        with self.lock:
            self.prints.append((ids, route) + outcome)

    def printer(self, index):
        """Prints the hot quotations, one after the other, alternating routes."""
        client = self.client(index)
        hot = self.data["hot"]
        for number in self.turns(self.prints_per_client):
            ids = [hot[(index + number) % len(hot)]]
            if (index + number) % 2 == 0:
                self.printed(ids, "download", attempt(lambda: client.print_download(ids)))
            else:
                self.printed(ids, "pdf", attempt(lambda: client.print_pdf(ids)))

    def batch_printer(self):
        client = self.client(self.clients)
        batch = self.data["batch"]
        for number in self.turns(self.batch_prints):
            call = client.print_download if number % 2 == 0 else client.print_pdf
            self.printed(batch, "batch", attempt(lambda: call(batch), len(batch)))

    def emailer(self):
        """Sends one quotation by email, and prints it, again and again."""
        client = self.client(self.clients + 1)
        order_id = self.data["email"]
        for _number in self.turns(self.emails):
            outcome = attempt(lambda: client.send_by_email(order_id))
            with self.lock:
                self.emails_sent.append(outcome)
            self.printed([order_id], "pdf", attempt(lambda: client.print_pdf([order_id])))

    def run(self):
        targets = [(self.printer, (index,)) for index in range(self.clients)]
        targets += [(self.batch_printer, ()), (self.emailer, ())]
        threads = [threading.Thread(target=target, args=args, daemon=True)
                   for target, args in targets]
        started = time.time()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(max(1, self.stop_at + 60 - time.time()))
        if any(thread.is_alive() for thread in threads):
            raise RuntimeError("the load did not finish in time")
        return {"prints": self.prints, "emails": self.emails_sent,
                "seconds": time.time() - started}


def run(server, db, data, prints_per_client=4, batch_prints=2, emails=2, deadline=900):
    """Run the load against ``server``; return what happened:
    {"prints": [(document ids, route, ok, detail)], "emails": [(ok, detail)],
     "seconds": wall time}."""
    return Load(server, db, data, prints_per_client, batch_prints, emails, deadline).run()


def recorded(server, data):
    """{document id: [(occurrence, correspondence type, kept a copy)]} of
    the load's quotations in recording order, read as users read them
    (XML-RPC, as admin)."""
    import xmlrpc.client
    ids = data["hot"] + data["batch"] + [data["email"]]
    models = xmlrpc.client.ServerProxy(server.url + "/xmlrpc/2/object", allow_none=True)
    entries = models.execute_kw(
        server.db, 1, "admin", "interaction.log.entry", "search_read",
        [[("document_ref", "in", ["sale.order,%d" % doc_id for doc_id in ids])]],
        {"fields": ["document_ref", "occurrence_no", "correspondence_type", "sent_copy_id"],
         "order": "id"})
    result = {doc_id: [] for doc_id in ids}
    for entry in entries:
        doc_id = int(entry["document_ref"].split(",")[1])
        result[doc_id].append((entry["occurrence_no"], entry["correspondence_type"],
                               bool(entry["sent_copy_id"])))
    return result


def check(outcome, data, recording=True):
    """What went wrong: failed prints or emails, prints recorded not exactly
    once or without their copy (the company keeps copies of prints by
    default), occurrences that are not 1..n. An empty list when all is well."""
    problems = ["print of %s through %s: %r" % (ids, route, detail)
                for ids, route, ok, detail in outcome["prints"] if not ok]
    problems += ["email failed: %s" % detail for ok, detail in outcome["emails"] if not ok]
    if not recording:
        return problems
    expected = {}
    for ids, _route, ok, _detail in outcome["prints"]:
        for doc_id in ids:
            expected.setdefault(doc_id, {"hard_copy": 0, "email": 0})["hard_copy"] += 1
    for ok, _detail in outcome["emails"]:
        if ok:
            expected.setdefault(data["email"], {"hard_copy": 0, "email": 0})["email"] += 1
    for doc_id, entries in outcome["recorded"].items():
        want = expected.get(doc_id, {"hard_copy": 0, "email": 0})
        got = {"hard_copy": 0, "email": 0}
        for _occurrence, kind, has_copy in entries:
            got[kind] = got.get(kind, 0) + 1
            if kind == "hard_copy" and not has_copy:
                problems.append("quotation %d: a print recorded without its copy" % doc_id)
        if got != want:
            problems.append("quotation %d: %r recorded for %r sent" % (doc_id, got, want))
        occurrences = sorted(occurrence for occurrence, _kind, _copy in entries)
        if occurrences != list(range(1, len(entries) + 1)):
            problems.append("quotation %d: occurrences %r" % (doc_id, occurrences))
    return problems
