"""Printing never fails because of recording, under load.

A real Odoo server with several workers (prefork, as in production) over a
copy of the freshly installed test database (the snapshot ``bin/test``
takes before any test runs). Salespeople print the same "hot" quotations
at the same time through the Print button's route (``/report/download``,
which never retries a request) and ``/report/pdf``, while another prints a
batch of quotations and another sends one by email. Every response must be
a PDF with one page per quotation printed (a batch of ten: ten pages), every
print and email recorded exactly once, and each quotation's entries must
read as occurrences 1..n. The copy is dropped at the end.
"""
import json
import os
import sys

import pytest
from odoo.tools import config

import harness
import print_load

ODOO_BIN = os.path.join(os.path.dirname(sys.executable), "odoo")
CLIENTS = 6
WORKERS = CLIENTS + 6  # wkhtmltopdf calls back into the server for the style sheets


@pytest.fixture(scope="module")
def load_db():
    with harness.snapshot_copy(config.rcfile, config["db_name"], "load") as db:
        if db is None:
            pytest.skip("no snapshot of the freshly installed database: run bin/test")
        yield db


def test_concurrent_prints_and_emails_all_succeed_and_are_recorded_once(load_db):
    data = print_load.prepare(load_db, CLIENTS)
    print_load.set_recording(load_db, True)
    log = os.path.join(os.path.dirname(config.rcfile), "logs", "load-%s.log" % load_db.name)
    with harness.OdooServer(ODOO_BIN, config.rcfile, load_db.name, WORKERS, log) as server:
        harness.set_report_url(load_db, server.url)
        outcome = print_load.run(server, load_db, data, prints_per_client=4)
        outcome["recorded"] = print_load.recorded(server, data)
        problems = print_load.check(outcome, data)
        log_problems = server.log_problems()
        tail = server.log_tail()
    sent = len(outcome["prints"]) + len(outcome["emails"])
    with open(os.path.join(os.path.dirname(log), "load-summary.json"), "w") as summary:
        json.dump({"requests": sent, "seconds": round(outcome["seconds"], 1),
                   "failed": sum(1 for item in outcome["prints"] if not item[2])
                   + sum(1 for item in outcome["emails"] if not item[0]),
                   "problems": problems, "workers": WORKERS}, summary, indent=1)
    assert sent == CLIENTS * 4 + 2 + 2 * 2, outcome["prints"]
    assert not problems, "\n".join(problems + ["--- server log ---", tail])
    assert not log_problems, "\n".join(log_problems)
