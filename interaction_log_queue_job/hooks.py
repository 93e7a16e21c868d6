# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import sql

from .models.interaction_log_entry import LOGGED_SEGMENT_PARTNER_INDEX


def uninstall_hook(cr, registry):
    """Drop the index this addon added to the entries' table."""
    cr.execute(sql.SQL("DROP INDEX IF EXISTS {}").format(
        sql.Identifier(LOGGED_SEGMENT_PARTNER_INDEX)))
