# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: email tracking (OCA mail_tracking)",
    "summary": "Delivery status of emailed interactions from OCA's email tracking",
    "version": "11.0.1.0.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log", "mail_tracking"],
    "data": ["views/interaction_log_entry_views.xml"],
    "demo": ["demo/interaction_log_mail_tracking_demo.xml"],
    "post_init_hook": "post_init_hook",
    # a bridge: installed by itself once both sides are
    "auto_install": True,
}
