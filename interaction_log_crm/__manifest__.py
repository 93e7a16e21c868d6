# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: opportunities",
    "summary": "Link interaction log entries to CRM opportunities, create "
               "opportunities from entries and interactions from opportunities",
    "version": "11.0.1.0.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log", "crm"],
    "data": ["views/interaction_log_entry_views.xml", "views/crm_lead_views.xml",
             "views/interaction_create_task_wizard_views.xml"],
    "demo": ["demo/interaction_log_crm_demo.xml"],
    # a bridge: installed by itself once both sides are
    "auto_install": True,
}
