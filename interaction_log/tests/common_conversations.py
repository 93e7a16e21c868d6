# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import InteractionCase

#: (document kind, template code, information flow, initiated by, correspondence)
CONVERSATION_KINDS = [
    ("email", "TESTMAIL", "outbound", "us", "email"),
    ("email_inbound", "TESTMAILIN", "inbound", "them", "email"),
    ("phone_call", "TESTPHONE", "outbound", "us", False),
    ("meeting", "TESTMEET", "outbound", "us", False),
]


def setup_conversation_templates(env, company, group):
    """Replace the template setup of the conversation kinds of ``company``
    by test templates; return {kind: template}."""
    kinds = [kind for kind, _code, _flow, _by, _type in CONVERSATION_KINDS]
    env["interaction.template.setup"].search([
        ("company_id", "=", company.id), ("document_type", "in", kinds)]).unlink()
    templates = {}
    for kind, code, flow, initiated_by, correspondence in CONVERSATION_KINDS:
        templates[kind] = env["interaction.template"].create({
            "code": code, "name": "Test %s" % kind.replace("_", " "),
            "group_id": group.id, "unit_cost": 1.0, "unit_duration": 2.0,
            "information_flow": flow, "initiated_by": initiated_by,
            "correspondence_type": correspondence, "company_id": company.id,
        })
        env["interaction.template.setup"].create({
            "company_id": company.id, "document_type": kind,
            "template_id": templates[kind].id,
        })
    return templates


class ConversationCase(InteractionCase):
    """Templates set up for emails, inbound emails, calls and meetings, and
    contacts with email addresses."""

    @classmethod
    def setUpFixtures(cls):
        cls.templates = setup_conversation_templates(cls.env, cls.company, cls.group)
        cls.customer.email = "customer@example.com"
        cls.contact.email = "contact@example.com"
        cls.other_customer.email = "other@example.com"

    @classmethod
    def post_offer(cls):
        """Our email to the contact (posted on its company), which the
        emails received in the tests answer."""
        return cls.customer.message_post(
            body="<p>Our offer</p>", subject="Offer", message_type="comment",
            subtype="mail.mt_comment", partner_ids=cls.contact.ids)

    def entries(self, **domain):
        self.Entry.invalidate_cache()
        return self.Entry.search([(name, "=", value) for name, value in domain.items()],
                                 order="partner_id, id")
