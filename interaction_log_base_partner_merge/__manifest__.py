# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: contact merge without CRM",
    "summary": "Merging contacts with OCA's Deduplicate Contacts (No CRM) moves their "
               "interaction log entries to the kept contact",
    "version": "11.0.1.0.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log", "base_partner_merge"],
    # a bridge: installed by itself once both sides are
    "auto_install": True,
}
