"""OCA queue_job's job runner logs a large segment by itself.

A real Odoo server over a copy of the freshly installed test database (the
snapshot ``bin/test`` takes, ``<test db>_browser``), started as our scripts
start it: the configuration ``write_odoo_conf`` writes loads ``queue_job``
as a server-wide module (``server_wide_modules = web,queue_job``, the
``[queue_job]`` channels), once threaded (``bin/demo``) and once with
``--workers=2`` (production). Over XML-RPC the administrator lowers the
threshold to 2 contacts and 2 contacts per job, and logs a segment of 5
contacts: the call returns before anything is logged, and the runner alone
performs the 3 jobs, within a bounded time.
"""
import os
import sys
import time
import xmlrpc.client

import pytest
from odoo.tools import config

import harness

ODOO_BIN = os.path.join(os.path.dirname(sys.executable), "odoo")
ADMIN = ("admin", "admin")
#: seconds the runner may take to perform the jobs of the segment
DEADLINE = 120


class Client(object):
    def __init__(self, url, db, login, password):
        self.db, self.password = db, password
        common = xmlrpc.client.ServerProxy(url + "/xmlrpc/2/common", allow_none=True)
        self.uid = common.authenticate(db, login, password, {})
        self.models = xmlrpc.client.ServerProxy(url + "/xmlrpc/2/object", allow_none=True)

    def execute(self, model, method, *args, **kwargs):
        return self.models.execute_kw(self.db, self.uid, self.password, model, method,
                                      list(args), kwargs)


@pytest.fixture(params=[0, 2], ids=["threaded", "workers"])
def server(request):
    suffix = "qj%d" % request.param
    with harness.snapshot_copy(config.rcfile, config["db_name"], suffix) as db:
        if db is None:
            pytest.skip("no snapshot of the freshly installed database: run bin/test")
        log = os.path.join(os.path.dirname(config.rcfile), "logs", "queue-job-%s.log" % db.name)
        with harness.OdooServer(ODOO_BIN, config.rcfile, db.name, request.param,
                                log) as odoo_server:
            yield odoo_server


def log_segment(client, size):
    """Log a new segment of ``size`` new contacts; the logged segment's id."""
    for key, value in (("segment_threshold", 2), ("job_size", 2)):
        client.execute("ir.config_parameter", "set_param",
                       "interaction_log_queue_job.%s" % key, str(value))
    group = client.execute("interaction.group", "create", {
        "code": "RUNNERGRP", "name": "Runner test letters"})
    template = client.execute("interaction.template", "create", {
        "code": "RUNNERLTR", "name": "Runner test letter", "group_id": group})
    partners = [client.execute("res.partner", "create", {"name": "Runner contact %d" % n})
                for n in range(size)]
    segment = client.execute("interaction.segment", "create", {
        "name": "Runner segment", "template_id": template,
        "partner_ids": [(6, 0, partners)]})
    [logged_segment] = client.execute("interaction.segment", "action_log", [segment])
    return logged_segment


def read_logging(client, logged_segment):
    [values] = client.execute("interaction.logged.segment", "read", [logged_segment],
                              ["progress", "entry_count", "job_state"])
    return values


def test_runner_performs_a_queued_segment_logging_by_itself(server):
    client = Client(server.url, server.db, *ADMIN)
    logged_segment = log_segment(client, 5)
    assert read_logging(client, logged_segment)["progress"] in (
        "0 of 5 contacts logged", "2 of 5 contacts logged", "4 of 5 contacts logged",
        "5 of 5 contacts logged")
    deadline = time.time() + DEADLINE
    while time.time() < deadline:
        logging = read_logging(client, logged_segment)
        if logging["job_state"] == "done":
            break
        assert logging["job_state"] == "running", server.log_tail()
        time.sleep(1)
    assert logging == dict(logging, progress="5 of 5 contacts logged", entry_count=5,
                           job_state="done"), server.log_tail()
    jobs = client.execute("queue.job", "search_read",
                          [("identity_key", "=like", "interaction.logged.segment,%d:%%"
                            % logged_segment)], ["state"])
    assert [job["state"] for job in jobs] == ["done"] * 3
    assert "queue job runner ready for db %s" % server.db in server.log_text()
