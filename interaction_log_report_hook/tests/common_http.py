# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Printing through the web client's routes in tests: Odoo's HTTP server
and an HttpCase whose data the requests see."""
import socket
import threading
import time

import odoo
from odoo import SUPERUSER_ID, api
from odoo.tests.common import HOST, HttpCase

HTTPD_THREAD = "odoo.service.httpd"


def ensure_http_server():
    """Start Odoo's threaded HTTP server on the configured port, once per
    process, and return that port. HttpCase needs that server; pytest-odoo
    starts none (``odoo -i ... --test-enable`` does)."""
    port = odoo.tools.config["http_port"]
    if not any(thread.name == HTTPD_THREAD and thread.is_alive()
               for thread in threading.enumerate()):
        odoo.service.server.ThreadedServer(odoo.service.wsgi_server.application).http_spawn()
    for _attempt in range(100):
        with socket.socket() as sock:
            if sock.connect_ex((HOST, port)) == 0:
                break
        time.sleep(0.05)
    server_threads = [thread for thread in threading.enumerate() if thread.name == HTTPD_THREAD]
    assert server_threads and server_threads[0].is_alive(), \
        "Odoo's HTTP server could not listen on port %s" % port
    return port


class PrintHttpCase(HttpCase):
    """Arrange data in ``self.http_env`` (the registry's test cursor, which
    the requests use in 11.0) and print through ``/report/pdf``."""

    def setUp(self):
        super(PrintHttpCase, self).setUp()
        self.port = ensure_http_server()
        # in 11.0 the requests run in the registry's test cursor, not self.cr:
        # arrange the data there and "commit" it (a savepoint the requests keep)
        self.http_env = api.Environment(
            self.registry.test_cr, SUPERUSER_ID, {"tracking_disable": True})

    def url_open(self, url, data=None, timeout=30):
        """HttpCase's url_open with the port the server listens on (its
        module constant was read before the configuration was)."""
        return super(PrintHttpCase, self).url_open(
            "http://%s:%s%s" % (HOST, self.port, url), data=data, timeout=timeout)

    def authenticate(self, user, password):
        """HttpCase's authenticate, reading the user where the requests do."""
        cr, self.cr = self.cr, self.registry.test_cr
        try:
            return super(PrintHttpCase, self).authenticate(user, password)
        finally:
            self.cr = cr

    def entries_of(self, document):
        Entry = self.http_env["interaction.log.entry"]
        Entry.invalidate_cache()
        return Entry.search([("document_ref", "=", "%s,%d" % (document._name, document.id))])

    def print_through_route(self, report_name, document):
        """Print ``document`` as the web client's Print menu does (its
        /report/download calls this route) and return the response."""
        self.registry.test_cr.commit()
        response = self.url_open("/report/pdf/%s/%d" % (report_name, document.id))
        self.assertEqual(response.status_code, 200)
        return response

    def assert_print_records(self, report_name, document, kind, partner, template):
        """Printing through the route records one entry of ``kind`` with
        ``partner``, which the document's smart button counts."""
        response = self.print_through_route(report_name, document)
        self.assertIn(document.display_name.split(" ")[0], response.text)
        entry = self.entries_of(document)
        self.assertEqual(len(entry), 1)
        self.assertEqual(entry.document_type, kind)
        self.assertEqual(entry.partner_id, partner)
        self.assertEqual(entry.template_id, template)
        self.assertEqual(entry.report_id.report_name, report_name)
        document.invalidate_cache()
        self.assertEqual(document.interaction_count, 1)
        return entry
