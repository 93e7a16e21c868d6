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
    ignore_contact_correspondence_type = fields.Boolean(
        string="Ignore Contact Corres. Type",
        help="Deliver with the template's correspondence type whatever the contact "
             "prefers. Unticked, a contact's preferred correspondence type wins; the "
             "template's is used for contacts without one.")
    letter_body = fields.Html(
        string="Letter", translate=True,
        help="Body of the letter printed for a hard copy, in the company's layout. "
             "Placeholders: ${object.name} (the contact), ${object.street}, "
             "${object.city}, ${user.name} and ${user.company_id.name} (the company). "
             "Translate it to send each contact the letter in their language.")
    attachment_ids = fields.Many2many(
        "ir.attachment", "interaction_template_ir_attachment_rel", "template_id",
        "attachment_id", string="Attachments",
        help="Files sent with the email of this template, e.g. a catalogue.")
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
        if vals.get("attachment_ids"):
            template._check_attachments_readable()
        self.clear_caches()  # _recording_facts, of every worker
        return template

    @api.multi
    def write(self, vals):
        self._check_values(vals)
        result = super(InteractionTemplate, self).write(vals)
        if vals.get("attachment_ids"):
            self._check_attachments_readable()
        self.clear_caches()  # _recording_facts, of every worker
        return result

    def _check_attachments_readable(self):
        """The template's files go out with its emails, copied by the
        system: whoever links a file must be able to read it (a link by id
        over RPC would otherwise send a file its author may not read)."""
        self.mapped("attachment_ids").check("read")

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

    def _delivery_type(self, partner):
        """How this template's content goes to ``partner`` (one res.partner),
        as in Business Central: the template's correspondence type when
        "Ignore Contact Corres. Type" is ticked or the contact has no
        preference, else the contact's preferred one. "email", "hard_copy",
        another correspondence type key, or False (nothing delivered)."""
        self.ensure_one()
        partner.ensure_one()
        if self.ignore_contact_correspondence_type or not partner.correspondence_type:
            return self.correspondence_type or False
        return partner.correspondence_type

    def _content_lang(self, partner):
        """Language the content goes to ``partner`` in: theirs, else the user's."""
        return partner.lang or self.env.lang or "en_US"

    def _has_letter(self):
        """Whether the template has a letter to print (not an empty body)."""
        self.ensure_one()
        return bool(tools.html2plaintext(self.letter_body or "").strip())

    def _check_has_letter(self):
        if not self._has_letter():
            raise UserError(_(
                "The interaction template %s has no letter to print: write one on its "
                "Letter tab (Configuration > Interaction Templates), or choose the "
                "correspondence type Email.") % self.code)

    def _render_letters(self, partners):
        """{partner id: the letter's HTML} for ``partners``, each in the
        contact's language (Odoo's translation of the letter), rendered with
        the placeholders by mail.template's sandboxed engine, as the user:
        the letter reads only what the user may read."""
        self.ensure_one()
        by_lang = {}
        for partner in partners:
            by_lang.setdefault(self._content_lang(partner), set()).add(partner.id)
        letters = {}
        for lang, partner_ids in by_lang.items():
            body = self.with_context(lang=lang).letter_body or ""
            rendered = self.env["mail.template"].with_context(lang=lang).render_template(
                body, "res.partner", sorted(partner_ids), post_process=True)
            for partner_id, html in rendered.items():
                letters[partner_id] = tools.html_sanitize(html)
        return letters

    def _letters_document(self, partners):
        """``(content, format)``: the letters to ``partners``, in that order,
        in one render of the report Interaction Letter: a PDF ("pdf"), or
        HTML ("html") where Odoo renders reports without wkhtmltopdf (its
        test mode)."""
        self.ensure_one()
        self._check_has_letter()
        report = self.env.ref("interaction_log.action_report_interaction_letter")
        return report.render_qweb_pdf(partners.ids, data={"interaction_template_id": self.id})

    def _letters_pdf(self, partners):
        """PDF bytes of this template's letter to each contact of
        ``partners``, in that order, each in the contact's language, in one
        document (one render for the whole batch)."""
        return self._letters_document(partners)[0]

    @api.model
    def _queue_emails(self, partner_ids, mail_template=None, subject=None, body=None,
                      attachment_ids=None):
        """Queue one email to each contact (the mail queue sends them, its
        cron included) and return their mail.message ids, in order: the
        template's email when there is one, rendered for many contacts at
        once, else ``subject`` and ``body``; ``attachment_ids``: files
        attached to every email besides the template's. The emails are kept
        once sent, so that the entries keep their link. A contact without
        email address, or who opted out of emails, is refused (UserError):
        callers that skip them filter them out first."""
        batch_size = 500  # contacts rendered at once: memory stays flat
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
        opted_out = partners.filtered("opt_out")
        if opted_out:
            raise UserError(_(
                "%s opted out of emails: choose another correspondence type, or untick "
                "Opt-Out on the contact if they asked to get emails again.")
                % opted_out[0].display_name)
        values = {"email_to": False, "auto_delete": False,
                  "attachment_ids": list(attachment_ids or [])}
        author = self.env.user.partner_id
        message_ids = []
        for start in range(0, len(partners), batch_size):
            batch = partners[start:start + batch_size]
            if mail_template:
                mails = self._queue_template_email(mail_template, batch, values)
                message_ids += [mail.mail_message_id.id for mail in mails]
                continue
            for partner in batch:
                # sudo: the email the user wrote, to a contact they may read
                # (checked above), queued as the mail queue's own: Odoo 11
                # asks write access on the contact to create its message
                mail = self.env["mail.mail"].sudo().create(dict(
                    values, subject=subject, body_html=body, model="res.partner",
                    res_id=partner.id, author_id=author.id,
                    recipient_ids=[(6, 0, partner.ids)],
                    attachment_ids=[(6, 0, values["attachment_ids"])],
                    email_from=author.email and "%s <%s>" % (author.name, author.email)))
                message_ids.append(mail.mail_message_id.id)
        return message_ids

    @api.model
    def _queue_template_email(self, mail_template, partners, email_values):
        """mail.template.send_mail (Odoo 11) for each of ``partners``,
        rendered once for all of them (``generate_email`` of a list: each
        field's template is compiled once and the contacts are read
        together) as the user, and queued as superuser; the mail.mail
        records, in the order of ``partners``. The template's code runs
        with the user's rights only (any employee may edit a template); the
        emails are queued like the system's own, since Odoo 11 asks write
        access on the contact to create its message. ``email_values``: more
        values of every email (its ``attachment_ids``: ids added to the
        template's)."""
        rendered = mail_template.generate_email(partners.ids)
        # what Odoo would compute for each email, read once for all: the
        # author (the user, not the superuser queuing) and the contacts' names
        author = self.env.user.partner_id
        sender = author.email and "%s <%s>" % (author.name, author.email)
        names = dict(partners.name_get())
        # sudo: values rendered just above with the user's rights, to
        # contacts they may read (checked by the caller)
        Mail = self.env["mail.mail"].sudo()
        Attachment = self.env["ir.attachment"].sudo()
        mail_ids = []
        for partner in partners:
            values = dict(rendered[partner.id])
            attachments = values.pop("attachments", [])
            attachment_ids = list(values.pop("attachment_ids", [])) + list(
                email_values.get("attachment_ids", []))
            values.update(email_values, recipient_ids=[(6, 0, partner.ids)],
                          attachment_ids=[(6, 0, attachment_ids)], author_id=author.id,
                          record_name=names[partner.id], email_from=values.get("email_from")
                          or sender)
            if not values["email_from"]:
                values.pop("email_from")
            mail = Mail.create(values)
            for name, content in attachments:
                attachment_ids.append(Attachment.create({
                    "name": name, "datas_fname": name, "datas": content, "type": "binary",
                    "res_model": "mail.message", "res_id": mail.mail_message_id.id}).id)
            if attachments:
                mail.write({"attachment_ids": [(6, 0, attachment_ids)]})
            mail_ids.append(mail.id)
        return Mail.browse(mail_ids)
