# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.interaction_log_report_hook.tests.common import TEMPLATE_NAMES

#: test template names of the picking kinds, set up with the sales ones
STOCK_NAMES = dict(TEMPLATE_NAMES, delivery_slip="Delivery Slip", receipt="Receipt")
STOCK_KINDS = ("delivery_slip", "receipt")

#: operation type and locations of each kind of picking
PICKINGS = {
    "delivery_slip": ("stock.picking_type_out", "stock.stock_location_stock",
                      "stock.stock_location_customers"),
    "receipt": ("stock.picking_type_in", "stock.stock_location_suppliers",
                "stock.stock_location_stock"),
    "internal": ("stock.picking_type_internal", "stock.stock_location_stock",
                 "stock.stock_location_stock"),
}


def make_picking(env, kind, partner, product):
    """A delivery order, receipt or internal transfer of one unit of
    ``product``, confirmed."""
    picking_type, source, destination = (env.ref(xmlid) for xmlid in PICKINGS[kind])
    picking = env["stock.picking"].create({
        "partner_id": partner.id if partner else False,
        "picking_type_id": picking_type.id,
        "location_id": source.id, "location_dest_id": destination.id,
        "move_lines": [(0, 0, {
            "name": product.name, "product_id": product.id, "product_uom_qty": 1,
            "product_uom": product.uom_id.id,
            "location_id": source.id, "location_dest_id": destination.id})],
    })
    picking.action_confirm()
    return picking


def make_product(env):
    return env["product.product"].create({"name": "Shipped Test Product", "type": "consu"})
