# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo.tests.common import TransactionCase


class TestSmartButtons(TransactionCase):
    """Every "Interactions" smart button shows its number with its label.

    Odoo 11's form view gives a field one widget however often the view
    shows it: a statistics field repeated elsewhere in the form turns its
    smart button into a bare number."""

    def test_interaction_count_is_shown_once_in_forms_with_a_smart_button(self):
        models = [name for name, model in self.env.items()
                  if "interaction_count" in model._fields and not model._abstract
                  and not model._transient]
        self.assertIn("res.partner", models)
        for name in models:
            arch = etree.fromstring(
                self.env[name].fields_view_get(view_type="form")["arch"])
            # the form's own fields, not those of its one2many lists
            nodes = arch.xpath("//field[@name='interaction_count'][not(ancestor::field)]")
            if not any(node.get("widget") == "statinfo" for node in nodes):
                continue
            with self.subTest(model=name):
                self.assertEqual(len(nodes), 1, "interaction_count shown %d times in the "
                                 "form of %s" % (len(nodes), name))
