# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import sql

from .models.interaction_log_entry import ENTRY_NO_SEQUENCE
from .models.interaction_statistics_store import uninstall_statistics


def uninstall_hook(cr, registry):
    """Drop what the log entry model created outside the ORM."""
    uninstall_statistics(cr)
    cr.execute(sql.SQL("DROP SEQUENCE IF EXISTS {}").format(sql.Identifier(ENTRY_NO_SEQUENCE)))
