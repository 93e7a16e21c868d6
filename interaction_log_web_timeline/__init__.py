# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import SUPERUSER_ID, api

from . import models

#: the entries action that offers the timeline (views/interaction_log_entry_views.xml)
ENTRIES_ACTION = "interaction_log.action_interaction_log_entry"


def uninstall_hook(cr, registry):
    """Take the timeline out of the entries action again: its view goes
    with this addon, and the action belongs to interaction_log."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    action = env.ref(ENTRIES_ACTION, raise_if_not_found=False)
    if action:
        action.view_mode = ",".join(
            mode for mode in action.view_mode.split(",") if mode != "timeline")
