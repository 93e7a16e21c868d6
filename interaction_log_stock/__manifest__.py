# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log: delivery slips and receipts",
    "summary": "Record an interaction when a delivery slip or a receipt is printed",
    "version": "11.0.1.0.0",
    "category": "Warehouse",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "depends": ["interaction_log_report_hook", "stock"],
    "data": ["views/stock_picking_views.xml"],
    "demo": ["demo/interaction_log_stock_demo.xml"],
    # a bridge: installed by itself once both sides are
    "auto_install": True,
}
