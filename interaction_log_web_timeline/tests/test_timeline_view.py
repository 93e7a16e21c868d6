# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo.addons.interaction_log.tests.common import InteractionCase
from odoo.addons.interaction_log_web_timeline import ENTRIES_ACTION, uninstall_hook


class TestTimelineView(InteractionCase):
    """The entries' timeline view and where it is offered."""

    def timeline_arch(self, user):
        view = self.Entry.sudo(user).fields_view_get(view_type="timeline")
        return etree.fromstring(view["arch"])

    def test_timeline_places_entries_at_their_date(self):
        arch = self.timeline_arch(self.user)
        self.assertEqual(arch.tag, "timeline")
        self.assertEqual(arch.get("date_start"), "date")

    def test_timeline_groups_by_contact(self):
        self.assertEqual(self.timeline_arch(self.user).get("default_group_by"), "partner_id")

    def test_timeline_colors_by_correspondence_type(self):
        pairs = [pair.split(":", 1) for pair in
                 self.timeline_arch(self.user).get("colors").split(";") if pair]
        conditions = [condition for _color, condition in pairs]
        self.assertEqual({condition.split()[0] for condition in conditions},
                         {"correspondence_type"})
        self.assertIn("correspondence_type == 'email'", conditions)
        self.assertIn("correspondence_type == 'hard_copy'", conditions)
        self.assertEqual(len({color for color, _condition in pairs}), len(pairs))

    def test_timeline_neither_adds_moves_nor_deletes_entries(self):
        arch = self.timeline_arch(self.user)
        self.assertEqual([arch.get(name) for name in ("create", "edit", "delete")],
                         ["false"] * 3)

    def test_timeline_items_show_description_contact_and_duration(self):
        item = self.timeline_arch(self.user).xpath("//templates/*[@t-name='timeline-item']")[0]
        shown = [node.get("t-esc") for node in item.iter() if node.get("t-esc")]
        self.assertEqual(shown, ["record.description", "record.partner_id[1]",
                                 "field_utils.format.float_time(record.duration / 60)"])
        self.assertEqual(item.get("t-att-title"), "record.template_id[1]")

    def test_entries_menu_offers_the_timeline_after_the_list(self):
        action = self.env.ref(ENTRIES_ACTION).sudo(self.user).read()[0]
        modes = [mode for _view_id, mode in action["views"]]
        self.assertEqual(modes[0], "tree")
        self.assertIn("timeline", modes)

    def test_uninstall_takes_the_timeline_out_of_the_entries_menu(self):
        uninstall_hook(self.env.cr, self.env.registry)
        action = self.env.ref(ENTRIES_ACTION)
        self.assertEqual(action.view_mode, "tree,form,pivot,graph")
