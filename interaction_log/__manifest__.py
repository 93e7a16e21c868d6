# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log",
    "summary": "Record every letter, call, meeting, email and printed document "
               "sent to a contact, as in Business Central's Interactions",
    "version": "11.0.1.1.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "application": False,
    "installable": True,
    "uninstall_hook": "uninstall_hook",
    "depends": [
        "base",
        "mail",
        "contacts",
    ],
    "data": [
        "security/interaction_log_security.xml",
        "security/ir.model.access.csv",
        "security/interaction_log_rules.xml",
        "data/ir_cron.xml",
        "security/interaction_segment_security.xml",
        "views/interaction_log_entry_views.xml",
        "views/interaction_group_views.xml",
        "views/interaction_template_views.xml",
        "views/interaction_template_setup_views.xml",
        "views/res_partner_views.xml",
        "wizards/interaction_create_wizard.xml",
        "wizards/interaction_switch_canceled_wizard.xml",
        "wizards/interaction_delete_canceled_wizard.xml",
        "views/menus.xml",
        "views/interaction_segment_views.xml",
        "views/interaction_logged_segment_views.xml",
        "wizards/interaction_segment_add_partners.xml",
    ],
    "demo": [
        "demo/interaction_log_demo.xml",
        "demo/interaction_segment_demo.xml",
        "demo/interaction_conversation_demo.xml",
    ],
}
