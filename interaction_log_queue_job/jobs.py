# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the bridge's jobs share: the settings (system parameters), the
identity key that ties each job to what queued it, and the list of those
jobs a user opens from a logged segment, a segment or a wizard."""
from odoo import _

#: system parameters (ir.config_parameter) and their defaults
SEGMENT_THRESHOLD = ("interaction_log_queue_job.segment_threshold", 5000)
DELETE_THRESHOLD = ("interaction_log_queue_job.delete_threshold", 100000)
JOB_SIZE = ("interaction_log_queue_job.job_size", 1000)
#: the identity key of the statistics rebuild: one pending rebuild at a time
REBUILD_KEY = "interaction.statistics.store:rebuild"
#: job states still to run
NOT_DONE = ("pending", "enqueued", "started")


def get_setting(env, setting):
    """The positive integer value of ``setting`` (a pair above), or its default."""
    key, default = setting
    # sudo: reads one of this addon's settings, a number that grants nothing
    value = env["ir.config_parameter"].sudo().get_param(key)
    try:
        value = int(value)
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


def origin_key(record, part=None):
    """Identity key of a job queued for ``record`` ("model,id:part"):
    the jobs of a record are found by it, and a job is never queued twice
    for the same part while it waits."""
    key = "%s,%d:" % (record._name, record.id)
    return key if part is None else "%s%s" % (key, part)


def jobs_domain(record):
    """Domain of the jobs queued for ``record``."""
    return [("identity_key", "=like", origin_key(record) + "%")]


def jobs_of(env, record):
    """The jobs queued for ``record``, whoever may read them."""
    # sudo: the jobs of a record the caller has read; only their states and
    # number are shown, the list itself opens with the caller's rights
    return env["queue.job"].sudo().search(jobs_domain(record))


def action_view_jobs(env, domain, name):
    """Window action listing the jobs of ``domain``, newest first."""
    action = env.ref("queue_job.action_queue_job").read()[0]
    action.update({"name": name or _("Background Jobs"), "domain": domain, "context": {}})
    return action
