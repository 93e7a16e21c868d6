# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: printed documents",
    "summary": "Record an interaction when a quotation, sales order, "
               "invoice or vendor bill is printed or emailed",
    "version": "11.0.1.0.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log", "sale_management", "account_invoicing"],
    "data": [
        "views/interaction_template_setup_views.xml",
        "views/interaction_log_entry_views.xml",
        "views/sale_order_views.xml",
        "views/account_invoice_views.xml",
        "views/menus.xml",
    ],
    "demo": ["demo/interaction_template_setup_demo.xml",
             "demo/interaction_print_copy_demo.xml"],
    # a bridge: installed by itself once both sides are
    "auto_install": True,
}
