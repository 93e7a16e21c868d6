# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import InteractionCase


class TestEntryChatter(InteractionCase):
    """Entries keep notes, activities and the history of their changes;
    bulk logging adds no chatter rows; Delete Canceled removes them."""

    @classmethod
    def setUpFixtures(cls):
        # tracking on, as in the web client
        cls.tracked_env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls.entry = cls.Entry.log_interactions(cls.customer, cls.template)

    def chatter_rows(self, entries):
        """Messages, followers and activities of ``entries``, counted in SQL."""
        counts = {}
        for table, model_column in (("mail_message", "model"),
                                    ("mail_followers", "res_model"),
                                    ("mail_activity", "res_model")):
            self.cr.execute("SELECT count(*) FROM %s WHERE %s = %%s AND res_id = ANY(%%s)"
                            % (table, model_column), [self.Entry._name, entries.ids])
            counts[table] = self.cr.fetchone()[0]
        return counts

    def test_changes_are_tracked_with_old_and_new_values(self):
        entry = self.entry.with_env(self.tracked_env).sudo(self.user)
        entry.write({"evaluation": "positive", "cost": 4.0, "attempt_failed": True,
                     "description": "Letter about the offer", "duration": 12.0})
        entry.action_switch_canceled()
        tracked = {}
        # tracking values are for technical users: read them as superuser
        for message in entry.sudo().message_ids:
            self.assertEqual(message.author_id, self.user.partner_id)
            for value in message.tracking_value_ids:
                tracked[value.field] = (value.get_old_display_value()[0],
                                        value.get_new_display_value()[0])
        self.assertEqual(tracked["evaluation"], ("", "Positive"))
        self.assertEqual(tracked["cost"], (2.5, 4.0))
        self.assertEqual(tracked["duration"], (10.0, 12.0))
        self.assertEqual(tracked["attempt_failed"], (False, True))
        self.assertEqual(tracked["description"], ("Test letter", "Letter about the offer"))
        self.assertEqual(tracked["canceled"], (False, True))

    def test_user_without_email_changes_tracked_fields(self):
        self.user.partner_id.email = False
        entry = self.entry.with_env(self.tracked_env).sudo(self.user)
        entry.write({"evaluation": "negative"})
        entry.action_switch_canceled()
        self.assertTrue(entry.canceled)
        self.assertEqual(len(entry.sudo().message_ids.mapped("tracking_value_ids")), 2)

    def test_notes_and_activities_on_entry(self):
        entry = self.entry.with_env(self.tracked_env).sudo(self.user)
        entry.message_post(body="Customer prefers calls in the morning",
                           message_type="comment", subtype="mail.mt_note")
        self.env["mail.activity"].sudo(self.user).create({
            "res_model_id": self.env["ir.model"]._get(self.Entry._name).id,
            "res_id": entry.id,
            "activity_type_id": self.env.ref("mail.mail_activity_data_call").id,
            "date_deadline": "2030-01-01",
            "user_id": self.user.id,
        })
        self.assertIn("Customer prefers calls", entry.message_ids[0].body)
        self.assertEqual(len(entry.activity_ids), 1)

    def test_bulk_logging_adds_no_followers_or_messages(self):
        partners = self.customer | self.contact | self.other_customer
        entries = self.Entry.with_env(self.tracked_env).log_interactions(
            partners.ids * 20, self.template)
        self.assertEqual(len(entries), 60)
        self.assertEqual(self.chatter_rows(entries),
                         {"mail_message": 0, "mail_followers": 0, "mail_activity": 0})

    def test_canceling_logged_segment_adds_no_message_per_entry(self):
        segment = self.env["interaction.segment"].with_env(self.tracked_env).create({
            "name": "Mailing", "template_id": self.template.id, "contact_source": "list",
            "partner_ids": [(6, 0, (self.customer | self.contact | self.other_customer).ids)],
        })
        logged_segment = segment.action_log()
        logged_segment.action_switch_canceled()
        entries = self.Entry.search([("logged_segment_id", "=", logged_segment.id)])
        self.assertEqual(entries.mapped("canceled"), [True] * 3)
        self.assertEqual(self.chatter_rows(entries)["mail_message"], 0)

    def test_delete_canceled_removes_chatter(self):
        entry = self.entry.with_env(self.tracked_env)
        kept = self.Entry.with_env(self.tracked_env).log_interactions(
            self.other_customer, self.template)
        for record in entry | kept:
            record.message_post(body="A note", message_type="comment",
                                subtype="mail.mt_note")
            record.message_subscribe(partner_ids=[self.user.partner_id.id])
            self.env["mail.activity"].create({
                "res_model_id": self.env["ir.model"]._get(self.Entry._name).id,
                "res_id": record.id,
                "activity_type_id": self.env.ref("mail.mail_activity_data_call").id,
                "date_deadline": "2030-01-01",
                "user_id": self.user.id,
            })
        entry.action_switch_canceled()
        self.assertTrue(all(self.chatter_rows(entry).values()))
        deleted = self.Entry._delete_canceled([("id", "=", entry.id)])
        self.assertEqual(deleted, 1)
        self.assertEqual(self.chatter_rows(entry),
                         {"mail_message": 0, "mail_followers": 0, "mail_activity": 0})
        self.assertTrue(all(self.chatter_rows(kept).values()))
