# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: purchase documents",
    "summary": "Record an interaction when a request for quotation or a "
               "purchase order is printed or emailed to the vendor",
    "version": "11.0.1.0.0",
    "category": "Purchases",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log_report_hook", "purchase"],
    "data": ["views/purchase_order_views.xml"],
    "demo": ["demo/interaction_log_purchase_demo.xml"],
    # a bridge: installed by itself once both sides are
    "auto_install": True,
}
