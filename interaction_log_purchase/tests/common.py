# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields

from odoo.addons.interaction_log_report_hook.tests.common import TEMPLATE_NAMES

#: test template names of the purchase kinds, set up with the sales ones
PURCHASE_NAMES = dict(TEMPLATE_NAMES, purchase_quote="Request for Quotation",
                      purchase_order="Purchase Order")
PURCHASE_KINDS = ("purchase_quote", "purchase_order")


def make_purchase_order(env, vendor, product, confirm=False):
    """A request for quotation of one line of ``product`` to ``vendor``;
    confirmed into a purchase order when ``confirm``."""
    order = env["purchase.order"].create({
        "partner_id": vendor.id,
        "order_line": [(0, 0, {
            "name": product.name, "product_id": product.id, "product_qty": 1,
            "product_uom": product.uom_po_id.id, "price_unit": 10.0,
            "date_planned": fields.Datetime.now(),
        })],
    })
    if confirm:
        order.button_confirm()
    return order


def make_product(env):
    return env["product.product"].create({
        "name": "Purchased Test Product", "type": "consu", "purchase_method": "purchase"})
