# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import SegmentCase, create_mail_template

#: queries of Send and Log per more emailed contact (4 measured): the
#: email's own rows (its message, its recipient, the email), its entry's
#: share of a multi-row INSERT; the template is rendered for all contacts at
#: once, the author and the contact's name are not looked up per email
QUERIES_PER_EMAIL = 5


class TestSegmentDeliveryQueries(SegmentCase):
    """Send and Log renders the email template for the whole segment at once:
    each more contact costs a few queries, whatever the template reads."""

    def send_and_log_queries(self, count):
        Partner = self.env["res.partner"]
        partners = Partner.browse([Partner.create({
            "name": "Segtest Reader %d" % index, "company_id": self.company.id,
            "email": "reader%d@example.com" % index, "correspondence_type": "email",
            "city": "Ghent", "user_id": self.salesman.id}).id for index in range(count)])
        segment = self.create_segment(partner_ids=[(6, 0, partners.ids)])
        segment = segment.sudo(self.user)
        self.env.clear()
        before = self.cr.sql_log_count
        segment.action_send_and_log()
        return self.cr.sql_log_count - before

    def test_each_more_emailed_contact_costs_a_few_queries(self):
        self.template.mail_template_id = create_mail_template(self.env)
        self.template.mail_template_id.body_html = (
            "<p>Dear ${object.name} of ${object.city}, ask ${object.user_id.name}.</p>")
        self.send_and_log_queries(2)  # warm-up
        small, large = self.send_and_log_queries(5), self.send_and_log_queries(25)
        self.assertLessEqual((large - small) / 20.0, QUERIES_PER_EMAIL,
                             "%d queries for 5 contacts, %d for 25" % (small, large))
