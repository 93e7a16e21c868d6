# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests.common import TransactionCase


class TestDemoSegmentCriteria(TransactionCase):
    """The demo tells the segment story: a segment built in three steps and
    a follow-up segment of the spring catalogue's non-responders."""

    def test_demo_segment_is_built_in_three_steps(self):
        segment = self.env.ref("interaction_log.demo_segment_trade_show_brussels")
        self.assertEqual(segment.criteria_line_ids.mapped("action"), ["add", "reduce", "refine"])
        partners = self.env["res.partner"].browse(next(segment._iter_partner_ids(100)))
        self.assertEqual(partners, self.env.ref("base.res_partner_2")
                         | self.env.ref("base.res_partner_12"))

    def test_demo_follow_up_segment_leaves_out_the_responders(self):
        spring = self.env.ref("interaction_log.demo_segment_spring_catalogue")
        follow_up = self.env["interaction.segment"].search(
            [("name", "=", "Spring catalogue 2026: reminder to non-responders")])
        self.assertEqual(len(follow_up), 1)
        responders = self.env.ref("base.res_partner_2") | self.env.ref("base.res_partner_12")
        self.assertEqual(follow_up.partner_ids, spring.partner_ids - responders)
