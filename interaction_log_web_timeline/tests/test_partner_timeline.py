# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo.addons.interaction_log.tests.common import InteractionCase


class TestPartnerTimeline(InteractionCase):
    """The contact's Interactions button opens their entries on the timeline,
    for an Interactions user."""

    @classmethod
    def setUpFixtures(cls):
        super(TestPartnerTimeline, cls).setUpFixtures()
        cls.timeline = cls.env.ref(
            "interaction_log_web_timeline.interaction_log_entry_view_timeline")
        Entry = cls.Entry.sudo(cls.user)
        cls.entries = (Entry.log_interactions(cls.customer, cls.template)
                       | Entry.log_interactions(cls.contact, cls.template_call))
        cls.other_entry = Entry.log_interactions(cls.other_customer, cls.template)

    def button_action(self):
        return self.customer.sudo(self.user).action_view_interactions()

    def test_button_opens_the_timeline(self):
        self.assertEqual(self.button_action()["views"][0], (self.timeline.id, "timeline"))

    def test_button_keeps_list_and_form_reachable(self):
        action = self.button_action()
        self.assertEqual([mode for _view_id, mode in action["views"]],
                         ["timeline", "tree", "form", "pivot", "graph"])
        self.assertEqual(action["view_mode"], "timeline,tree,form,pivot,graph")

    def test_button_shows_the_contacts_entries_only(self):
        action = self.button_action()
        shown = self.Entry.sudo(self.user).with_context(action["context"]).search(
            action["domain"])
        self.assertEqual(shown, self.entries)
        self.assertNotIn(self.other_entry, shown)

    def test_user_opens_the_buttons_timeline_view(self):
        view_id, view_type = self.button_action()["views"][0]
        view = self.Entry.sudo(self.user).fields_view_get(view_id=view_id, view_type=view_type)
        self.assertEqual(etree.fromstring(view["arch"]).tag, "timeline")
        self.assertEqual(view["view_id"], self.timeline.id)

    def test_user_reads_what_the_timeline_shows(self):
        action = self.button_action()
        view = self.Entry.sudo(self.user).fields_view_get(view_id=action["views"][0][0],
                                                          view_type="timeline")
        arch = etree.fromstring(view["arch"])
        names = [arch.get("date_start"), arch.get("date_delay"), arch.get("default_group_by")]
        names += [node.get("name") for node in arch.iterchildren("field")]
        records = self.Entry.sudo(self.user).search_read(action["domain"], names)
        self.assertEqual(sorted(record["partner_id"][1] for record in records),
                         sorted(self.entries.mapped("partner_id.display_name")))
