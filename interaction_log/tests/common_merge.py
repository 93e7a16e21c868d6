# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
class ContactMergeTests(object):
    """A contact merge wizard (crm's, or OCA's base_partner_merge: the same
    model) moves what points at the merged contacts: the entries' recorded
    facts follow, which no write may change; the kept contact gets the
    entries, their statistics and a note.
    Mixed into an InteractionCase by the tests of each merge bridge (no
    TestCase itself: runners would run it on its own)."""

    @classmethod
    def setUpFixtures(cls):
        cls.duplicate = cls.env["res.partner"].create({
            "name": "Interaction Customer (duplicate)", "email": "buyer@example.com"})
        cls.kept = cls.env["res.partner"].create({
            "name": "Interaction Customer (kept)", "email": "buyer@example.com"})
        # who may delete contacts may merge them
        cls.merging_user = cls._create_user("il_merge_user", [
            "base.group_user", "base.group_partner_manager",
            "interaction_log.group_interaction_user"])

    def merge(self, user):
        Wizard = self.env["base.partner.merge.automatic.wizard"].sudo(user)
        wizard = Wizard.create({
            "partner_ids": [(6, 0, (self.duplicate | self.kept).ids)],
            "dst_partner_id": self.kept.id})
        wizard.action_merge()

    def test_merge_moves_the_entries_of_a_contact_that_is_their_source_document(self):
        # an email to a contact posted on its own company's chatter records
        # the company as its source document
        entry = self.log(self.duplicate, document_ref="res.partner,%d" % self.duplicate.id)
        self.merge(self.merging_user)
        self.assertFalse(self.duplicate.exists())
        self.assertEqual(entry.partner_id, self.kept)
        self.assertEqual(entry.document_ref, self.kept)

    def test_merge_moves_the_entries_counts_them_on_the_kept_contact_and_says_so(self):
        self.log([self.duplicate.id, self.duplicate.id, self.kept.id])
        self.assertEqual((self.duplicate.interaction_count, self.kept.interaction_count), (2, 1))
        self.merge(self.merging_user)
        self.kept.invalidate_cache()
        self.assertEqual(self.kept.interaction_count, 3)
        self.assertEqual(len(self.Entry.search([("partner_id", "=", self.kept.id)])), 3)
        self.assertIn("2 interaction log entries moved to this contact from the merged "
                      "contacts Interaction Customer (duplicate).",
                      "".join(self.kept.message_ids.mapped("body")))
