# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import _, api, fields, models, tools
from odoo.exceptions import UserError, ValidationError

from ..trust import readable_name
from .interaction_selections import CORRESPONDENCE_TYPES, INFORMATION_FLOWS, INITIATED_BY


class InteractionTemplate(models.Model):
    """What one kind of interaction is: its group and the defaults every new
    log entry of this kind takes (cost, duration, direction, ...)."""
    _name = "interaction.template"
    _inherit = "interaction.statistics.mixin"
    _description = "Interaction Template"
    _order = "code"
    _interaction_entry_field = "template_id"

    code = fields.Char(
        required=True,
        help="Short code that identifies the template within its company, e.g. ABSTRACT.")
    name = fields.Char(
        string="Description", required=True, translate=True,
        help="Default description of the log entries recorded with this template.")
    group_id = fields.Many2one(
        "interaction.group", string="Interaction Group", required=True,
        ondelete="restrict", index=True,
        help="Group the entries of this template are counted in.")
    unit_cost = fields.Float(
        digits=0,
        help="Cost of one interaction, copied to each new log entry.")
    unit_duration = fields.Float(
        string="Unit Duration (Min.)",
        help="Duration in minutes of one interaction, copied to each new log entry.")
    information_flow = fields.Selection(
        INFORMATION_FLOWS, default="outbound", required=True,
        help="Outbound: we send or say something to the contact. Inbound: the "
             "contact sends or says something to us.")
    initiated_by = fields.Selection(
        INITIATED_BY, default="us", required=True,
        help="Who started the interaction.")
    correspondence_type = fields.Selection(
        CORRESPONDENCE_TYPES, string="Correspondence Type (Default)",
        default="hard_copy",
        help="How documents of this kind are usually sent.")
    mail_template_id = fields.Many2one(
        "mail.template", string="Email Template", ondelete="set null",
        domain="[('model', '=', 'res.partner')]",
        help="Email sent to the contact when an interaction of this kind is "
             "created with correspondence type Email, and by \"Send and Log\" "
             "on a segment.")
    campaign_id = fields.Many2one(
        "utm.campaign", string="Campaign", ondelete="set null",
        help="Campaign stamped on the entries recorded with this template (a segment's "
             "own campaign wins).")
    active = fields.Boolean(
        default=True,
        help="Archive a template that is no longer used: nothing can be logged "
             "with it, and its entries keep pointing at it.")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, ondelete="restrict",
        default=lambda self: self.env["res.company"]._company_default_get("interaction.template"))
    currency_id = fields.Many2one(
        related="company_id.currency_id", readonly=True)

    _sql_constraints = [
        ("code_company_uniq", "unique (code, company_id)",
         "An interaction template with this code already exists in this company: "
         "choose another code."),
        ("unit_cost_positive", "CHECK (unit_cost >= 0)",
         "The unit cost of a template cannot be negative."),
        ("unit_duration_positive", "CHECK (unit_duration >= 0)",
         "The unit duration of a template cannot be negative."),
    ]

    @api.constrains("group_id", "company_id")
    def _check_group_company(self):
        # sudo: a group of another company is refused here with a clear
        # message, not by the record rules with an AccessError; the names
        # shown are read as the user (readable_name)
        for template in self.sudo():
            if template.group_id.company_id != template.company_id:
                raise ValidationError(_(
                    "The template %(template)s belongs to %(company)s but its group "
                    "%(group)s belongs to %(group_company)s: choose a group of the same "
                    "company.") % {
                        "template": readable_name(template, self.env, "code"),
                        "company": readable_name(template.company_id, self.env, "name"),
                        "group": readable_name(template.group_id, self.env, "code"),
                        "group_company": readable_name(
                            template.group_id.company_id, self.env, "name")})

    @api.model
    def create(self, vals):
        self._check_values(vals, creating=True)
        template = super(InteractionTemplate, self).create(vals)
        self.clear_caches()  # _recording_facts, of every worker
        return template

    @api.multi
    def write(self, vals):
        self._check_values(vals)
        result = super(InteractionTemplate, self).write(vals)
        self.clear_caches()  # _recording_facts, of every worker
        return result

    @api.multi
    def unlink(self):
        """A template that entries or segments refer to is archived instead:
        the log keeps saying what kind of interaction each entry was."""
        self.check_access_rights("unlink")
        self.check_access_rule("unlink")
        if self.ids:
            self.env.cr.execute("""
                SELECT template_id FROM interaction_log_entry WHERE template_id IN %(ids)s
                UNION SELECT template_id FROM interaction_segment WHERE template_id IN %(ids)s
                UNION SELECT template_id FROM interaction_logged_segment
                       WHERE template_id IN %(ids)s
                LIMIT 1""", {"ids": tuple(self.ids)})
            used = self.env.cr.fetchone()
            if used:
                raise UserError(_(
                    "The interaction template %s is used by interaction log entries or "
                    "segments: archive it instead (untick Active), so that they keep "
                    "it.") % self.browse(used[0]).code)
        result = super(InteractionTemplate, self).unlink()
        self.clear_caches()  # _recording_facts, of every worker
        return result

    @api.model
    def _check_values(self, vals, creating=False):
        """Refuse, before the database does with a raw error, a template
        without group and negative or absurd unit costs and durations."""
        group = vals.get("group_id")
        if creating and "group_id" not in vals:
            group = self.default_get(["group_id"]).get("group_id")
        if (creating or "group_id" in vals) and not group:
            raise ValidationError(_(
                "Choose the interaction group of the template %s: every template "
                "belongs to a group.") % (vals.get("code") or ", ".join(self.mapped("code"))))
        self.env["interaction.log.entry"]._check_cost_and_duration(
            [vals["unit_cost"]] if "unit_cost" in vals else [],
            [vals["unit_duration"]] if "unit_duration" in vals else [])

    def name_get(self):
        return [(template.id, "[%s] %s" % (template.code, template.name))
                for template in self]

    @api.model
    def name_search(self, name="", args=None, operator="ilike", limit=100):
        args = list(args or [])
        if name:
            args = ["|", ("code", "=ilike", name + "%"), ("name", operator, name)] + args
        return self.search(args, limit=limit).name_get()

    def _entry_defaults(self):
        """Values a new log entry takes from this template unless given."""
        self.ensure_one()
        return dict(self._recording_facts(self.id, self.env.lang)[1])

    @api.model
    @tools.ormcache("template_id", "lang")
    def _recording_facts(self, template_id, lang):
        """``(active, entry defaults)`` of the template ``template_id``, with
        its description in ``lang``; None when it does not exist. Every
        recording reads them: cached in each worker (Odoo's ormcache), and
        dropped in all of them when a template changes (create, write and
        unlink clear the caches; so does a new translation). Whoever asks,
        the facts are the same: callers check their own rights to the
        template first (interaction.log.entry._log_check_template)."""
        # sudo: the facts of a template, the same for every user; the
        # caller's rights are checked by who asks
        template = self.sudo().with_context(lang=lang, active_test=False).browse(
            template_id).exists()
        if not template:
            return None
        return template.active, tuple(sorted({
            "description": template.name,
            "cost": template.unit_cost,
            "duration": template.unit_duration,
            "information_flow": template.information_flow,
            "initiated_by": template.initiated_by,
            "correspondence_type": template.correspondence_type,
            "group_id": template.group_id.id,
            "company_id": template.company_id.id,
            "campaign_id": template.campaign_id.id,
        }.items()))

    @api.model
    def _queue_emails(self, partner_ids, mail_template=None, subject=None, body=None):
        """Queue one email to each contact (the mail queue sends them, its
        cron included) and return their mail.message ids, in order: the
        template's email when there is one, else ``subject`` and ``body``.
        The emails are kept once sent, so that the entries keep their link."""
        Mail = self.env["mail.mail"]
        author = self.env.user.partner_id
        # as the caller, never as superuser: the contacts must be readable
        # by them, and an email template's code runs with their rights only
        partners = self.env["res.partner"].browse(partner_ids)
        partners.check_access_rights("read")
        partners.check_access_rule("read")
        without_email = partners.filtered(lambda partner: not partner.email)
        if without_email:
            raise UserError(_(
                "%s has no email address: enter one on the contact, or choose "
                "another correspondence type.") % without_email[0].display_name)
        message_ids = []
        for partner in partners:
            values = {"recipient_ids": [(6, 0, partner.ids)], "email_to": False,
                      "auto_delete": False}
            if mail_template:
                mail = self._queue_template_email(mail_template, partner, values)
            else:
                # sudo: the email the user wrote, to a contact they may read
                # (checked above), queued as the mail queue's own: Odoo 11
                # asks write access on the contact to create its message
                mail = Mail.sudo().create(dict(
                    values, subject=subject, body_html=body, model="res.partner",
                    res_id=partner.id, author_id=author.id,
                    email_from=author.email and "%s <%s>" % (author.name, author.email)))
            message_ids.append(mail.mail_message_id.id)
        return message_ids

    @api.model
    def _queue_template_email(self, mail_template, partner, email_values):
        """mail.template.send_mail (Odoo 11) with the rendering as the user
        and the queuing as superuser: the template's code runs with the
        user's rights only (any employee may edit a template), and the
        email is queued like the system's own, since Odoo 11 asks write
        access on the contact to create its message."""
        values = mail_template.generate_email(partner.id)
        values["recipient_ids"] = [(4, pid) for pid in values.get("partner_ids", [])]
        values.update(email_values)
        attachments = values.pop("attachments", [])
        attachment_ids = values.pop("attachment_ids", [])
        if "email_from" in values and not values["email_from"]:
            values.pop("email_from")
        # sudo: values rendered just above with the user's rights, to a
        # contact they may read (checked by the caller)
        mail = self.env["mail.mail"].sudo().create(values)
        for name, content in attachments:
            attachment_ids.append(self.env["ir.attachment"].sudo().create({
                "name": name, "datas_fname": name, "datas": content, "type": "binary",
                "res_model": "mail.message", "res_id": mail.mail_message_id.id}).id)
        if attachment_ids:
            mail.write({"attachment_ids": [(6, 0, attachment_ids)]})
        return mail
