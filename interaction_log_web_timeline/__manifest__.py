# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: timeline (OCA web_timeline)",
    "summary": "A contact's interactions on a timeline",
    "version": "11.0.1.0.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log", "web_timeline"],
    "data": ["views/interaction_log_entry_views.xml"],
    "uninstall_hook": "uninstall_hook",
    # a bridge: installed by itself once both sides are
    "auto_install": True,
}
