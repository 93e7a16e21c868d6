# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: quotations of opportunities",
    "summary": "Link the interactions of a quotation to its opportunity",
    "version": "11.0.1.0.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log_report_hook", "interaction_log_crm", "sale_crm"],
    # a bridge: installed by itself once both sides are
    "auto_install": True,
}
