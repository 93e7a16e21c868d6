# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import SUPERUSER_ID, api


def post_init_hook(cr, registry):
    """Emails tracked before this addon was installed: their entries follow
    their trackings now, the oldest tracking first (a recipient's latest
    tracking wins)."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    cr.execute("""
        SELECT tracking.id FROM mail_tracking_email tracking
         WHERE tracking.state IS NOT NULL
           AND EXISTS (SELECT 1 FROM interaction_log_entry entry
                        WHERE entry.mail_message_id = tracking.mail_message_id
                          AND entry.partner_id = tracking.partner_id)
         ORDER BY tracking.time, tracking.id
    """)
    for (tracking_id,) in cr.fetchall():
        env["mail.tracking.email"].browse(tracking_id)._interaction_log_update_entries()
