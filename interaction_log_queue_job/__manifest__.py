# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: background jobs (OCA queue_job)",
    "summary": "Log large segments, delete canceled entries, rebuild statistics in the job queue",
    "version": "11.0.1.0.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log", "queue_job"],
    # a bridge: installed by itself once both sides are
    "auto_install": True,
    "data": [
        "security/ir.model.access.csv",
        "security/queue_job_rules.xml",
        "views/interaction_logged_segment_views.xml",
        "views/interaction_segment_views.xml",
        "wizards/interaction_delete_canceled_wizard.xml",
        "wizards/interaction_job_settings.xml",
    ],
    "demo": ["demo/interaction_segment_demo.xml"],
    "uninstall_hook": "uninstall_hook",
}
