# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import timedelta
from html import escape

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..models.interaction_selections import (
    CORRESPONDENCE_TYPES, EVALUATIONS, INFORMATION_FLOWS, INITIATED_BY)


def activity_deadline(record, activity_type):
    """Due date of a new activity of ``activity_type``: today (in the user's
    time zone) plus the type's number of days."""
    return fields.Date.to_string(
        fields.Date.from_string(fields.Date.context_today(record))
        + timedelta(days=activity_type.days or 0))


class InteractionCreateWizard(models.TransientModel):
    """Record one interaction with a contact by hand (Business Central's
    "Create Interaction"), optionally with a follow-up activity."""
    _name = "interaction.create.wizard"
    _description = "Create Interaction"

    partner_id = fields.Many2one(
        "res.partner", string="Contact", required=True,
        help="Contact the interaction was with.")
    template_id = fields.Many2one(
        "interaction.template", string="Interaction Template", required=True,
        domain="[('company_id', '=', company_id)]",
        help="Kind of interaction; fills in the fields below.")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True,
        default=lambda self: self.env["res.company"]._company_default_get(
            "interaction.log.entry"))
    description = fields.Char(required=True)
    subject = fields.Char()
    date = fields.Datetime(
        required=True, default=fields.Datetime.now,
        help="Date and time of the interaction.")
    information_flow = fields.Selection(INFORMATION_FLOWS)
    initiated_by = fields.Selection(INITIATED_BY)
    correspondence_type = fields.Selection(CORRESPONDENCE_TYPES)
    salesperson_id = fields.Many2one(
        "res.users", string="Salesperson",
        help="Defaults to the contact's salesperson.")
    evaluation = fields.Selection(EVALUATIONS)
    attempt_failed = fields.Boolean(
        help="The interaction did not take place, e.g. nobody answered.")
    currency_id = fields.Many2one(related="company_id.currency_id", readonly=True)
    cost = fields.Monetary()
    duration = fields.Float(string="Duration (Min.)")
    note = fields.Text(
        string="Notes",
        help="What was said or written; the body of the email when one is sent "
             "without email template.")
    mail_template_id = fields.Many2one(
        "mail.template", string="Email Template",
        domain="[('model', '=', 'res.partner')]",
        help="With correspondence type Email, the email sent to the contact "
             "through the mail queue; without one, the subject and notes are sent.")
    attachment_data = fields.Binary(
        string="Attachment", attachment=False,
        help="A document to keep with the interaction, e.g. the letter.")
    attachment_name = fields.Char()
    campaign_id = fields.Many2one(
        "utm.campaign", string="Campaign",
        help="Campaign the interaction belongs to. Empty: the template's campaign.")
    postponed_entry_id = fields.Many2one(
        "interaction.log.entry", string="Postponed Interaction", readonly=True,
        ondelete="cascade",
        help="The postponed interaction being resumed: logging or saving this one "
             "replaces it.")
    schedule_activity = fields.Boolean(
        string="Schedule a Follow-up",
        help="Plan an activity on the contact, e.g. a call in a week.")
    activity_type_id = fields.Many2one(
        "mail.activity.type", string="Activity Type",
        domain="['|', ('res_model_id', '=', False), ('res_model_id.model', '=', 'res.partner')]")
    activity_summary = fields.Char(string="Follow-up Summary")
    activity_date_deadline = fields.Date(string="Follow-up Due Date")
    activity_user_id = fields.Many2one(
        "res.users", string="Follow-up Assigned to",
        default=lambda self: self.env.user)

    @api.model
    def default_get(self, fields_list):
        values = super(InteractionCreateWizard, self).default_get(fields_list)
        context = self.env.context
        active_model, active_id = context.get("active_model"), context.get("active_id")
        if values.get("partner_id") or not active_id:
            return values
        if active_model == "res.partner":
            values["partner_id"] = active_id
        elif active_model == "interaction.log.entry":
            entry = self.env["interaction.log.entry"].browse(active_id)
            values["partner_id"] = entry.partner_id.id
        return values

    @api.onchange("template_id")
    def _onchange_template_id(self):
        template = self.template_id
        if not template or template == self.postponed_entry_id.template_id:
            # a resumed interaction keeps its saved values
            return
        self.description = template.name
        self.information_flow = template.information_flow
        self.initiated_by = template.initiated_by
        self.correspondence_type = self._default_correspondence_type()
        self.cost = template.unit_cost
        self.duration = template.unit_duration
        self.mail_template_id = template.mail_template_id

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        partner = self.partner_id
        if partner == self.postponed_entry_id.partner_id:
            return
        self.salesperson_id = partner.user_id or partner.commercial_partner_id.user_id
        if partner and self.template_id:
            self.correspondence_type = self._default_correspondence_type()

    def _default_correspondence_type(self):
        """The template's, or the contact's preferred one (as Business
        Central decides: the template's "Ignore Contact Corres. Type")."""
        if not self.partner_id:
            return self.template_id.correspondence_type
        return self.template_id._delivery_type(self.partner_id)

    @api.onchange("schedule_activity", "activity_type_id")
    def _onchange_activity_type_id(self):
        activity_type = self.activity_type_id
        if activity_type and activity_type == self.postponed_entry_id.followup_activity_type_id:
            return  # a resumed interaction keeps its planned follow-up
        if self.schedule_activity and activity_type:
            self.activity_summary = self.activity_summary or activity_type.summary
            self.activity_date_deadline = activity_deadline(self, activity_type)

    @api.multi
    def action_create(self):
        """Record the interaction, deliver the template's content (the email,
        or the letter to print, downloaded) and, when asked, plan the
        follow-up activity."""
        self.ensure_one()
        postponed = self._lock_postponed_entry()
        entry = self._log_entry(postponed)
        letter = entry.sent_copy_id if self._prints_letter() else None
        if self.schedule_activity:
            self._schedule_follow_up()
        if postponed:
            # last: the wizard goes with the postponed entry it resumed
            postponed.action_discard_postponed()
        if letter:
            return {"type": "ir.actions.act_url", "target": "new",
                    "url": "/web/content/%d?download=true" % letter.id}
        return {"type": "ir.actions.act_window_close"}

    @api.multi
    def action_save_for_later(self):
        """Keep the interaction as a postponed entry, counted nowhere until it
        is resumed (Postponed Interactions > Resume): with its notes, its
        email template and its follow-up, which are sent and planned when
        the interaction is logged."""
        self.ensure_one()
        postponed = self._lock_postponed_entry()
        self._log_entry(postponed, postponed=True, **self._postponed_values())
        if postponed:
            postponed.action_discard_postponed()
        return {"type": "ir.actions.act_window_close"}

    def _log_entry(self, resumed, **extra):
        """Log the entry of the wizard; the attachment of the ``resumed``
        postponed entry moves to the new entry."""
        if self.cost < 0 or self.duration < 0:
            raise UserError(_("Cost and duration cannot be negative: enter zero or more."))
        values = dict(self._entry_values(), **extra)
        # a postponed interaction delivers its content when it is resumed
        delivering = not values.get("postponed")
        letter = None
        if delivering and self.correspondence_type == "email":
            values.update(self._send_email())
        elif delivering and self._prints_letter():
            # made before the entry: a letter that cannot be made logs nothing
            letter = self.template_id._letters_document(self.partner_id)
            values["lang"] = self.template_id._content_lang(self.partner_id)
        # trusted: postponed, the language, and the email's message and
        # delivery status, are set here by the system, never by the caller
        entry = self.env["interaction.log.entry"]._log_interactions(
            self.partner_id, self.template_id, values, trusted=True)
        attachment = resumed.attachment_id.filtered(
            lambda attachment: (attachment.res_model, attachment.res_id) == (
                resumed._name, resumed.id))
        if self.attachment_data:
            attachment = self.env["ir.attachment"].create({
                "name": self.attachment_name or _("Attachment"),
                "datas_fname": self.attachment_name,
                "datas": self.attachment_data,
                "res_model": entry._name,
                "res_id": entry.id,
            })
        elif attachment:
            # the postponed entry's attachment is about to be deleted with it;
            # sudo: it is the resumed entry's own attachment (filtered above),
            # moved to the entry that replaces it
            attachment.sudo().write({"res_id": entry.id})
        if attachment:
            entry.attachment_id = attachment
        if entry.mail_message_id:
            self._attach_to_email(entry.mail_message_id,
                                  self.template_id.attachment_ids | attachment)
        if letter:
            self._keep_letter(entry, *letter)
        return entry

    def _prints_letter(self):
        """A hard copy of a template that has a letter prints it; a template
        without letter only logs, as Business Central's templates without
        attachment."""
        return self.correspondence_type == "hard_copy" and self.template_id._has_letter()

    def _attach_to_email(self, message, attachments):
        """Send ``attachments`` (the template's files, the wizard's upload)
        with the email of ``message``, still in the mail queue: copies
        linked to the message, the bytes stored once (the filestore is
        content-addressed)."""
        if not attachments:
            return
        # sudo: the template's own files and the upload of this wizard,
        # joined to the email this wizard has just queued as the system
        copies = self.env["ir.attachment"].browse([
            attachment.sudo().copy({"res_model": "mail.message", "res_id": message.id}).id
            for attachment in attachments])
        # sudo: the email queued just above, by this wizard
        message.sudo().write({"attachment_ids": [(4, copy.id) for copy in copies]})

    def _keep_letter(self, entry, content, content_format):
        """Keep the printed letter on ``entry`` (What Was Sent): a PDF, or
        HTML where Odoo renders reports without wkhtmltopdf (tests)."""
        name = _("Letter %(template)s - %(contact)s") % {
            "template": self.template_id.code, "contact": self.partner_id.name}
        letter = self.env["ir.attachment"].create({
            "name": "%s.%s" % (name, content_format),
            "datas_fname": "%s.%s" % (name, content_format),
            "datas": base64.b64encode(content),
            "mimetype": "application/pdf" if content_format == "pdf" else "text/html",
            "res_model": entry._name,
            "res_id": entry.id,
        })
        # sudo: the copy is set by the system only (SYSTEM rule): the letter
        # this wizard has just printed for the entry it has just logged
        entry.sudo().write({"sent_copy_id": letter.id})
        return letter

    def _postponed_values(self):
        """What a postponed entry keeps of the wizard for Resume, besides
        the values of the entry."""
        values = {"mail_template_id": self.mail_template_id.id or None}
        if self.schedule_activity and self.activity_type_id:
            values.update(
                followup_activity_type_id=self.activity_type_id.id,
                followup_summary=self.activity_summary or None,
                followup_date_deadline=self.activity_date_deadline or None,
                followup_user_id=self.activity_user_id.id or None)
        return values

    def _lock_postponed_entry(self):
        """The postponed entry being resumed, locked: resuming it twice (two
        tabs, a double click) logs it once and refuses the second time: the
        wizards of a resumed entry are deleted with it."""
        wizard = self.exists()
        postponed = wizard.postponed_entry_id
        if wizard and not postponed:
            return postponed
        self.env.cr.execute(
            "SELECT id FROM interaction_log_entry WHERE id = %s AND postponed FOR UPDATE",
            [postponed.id or None])
        if not self.env.cr.fetchone():
            raise UserError(_("This postponed interaction has already been resumed or "
                              "discarded: open Postponed Interactions to see what is left."))
        return postponed

    def _entry_values(self):
        return {
            "description": self.description,
            "subject": self.subject or None,
            "date": self.date,
            "information_flow": self.information_flow or None,
            "initiated_by": self.initiated_by or None,
            "correspondence_type": self.correspondence_type or None,
            "salesperson_id": self.salesperson_id.id or None,
            "evaluation": self.evaluation or None,
            "attempt_failed": self.attempt_failed,
            "cost": self.cost,
            "duration": self.duration,
            "note": self.note or None,
            "campaign_id": self.campaign_id.id or None,
        }

    def _send_email(self):
        """Send the email of the interaction to the contact through the mail
        queue, as Business Central's wizard does with correspondence type
        Email; return the entry's email values."""
        if not self.mail_template_id and not (self.subject or self.description):
            raise UserError(_("Enter the subject of the email to send."))
        body = "<p>%s</p>" % escape(self.note or "").replace("\n", "<br/>")
        lang = self.template_id._content_lang(self.partner_id)
        # in the contact's language: the email template's translation
        message_ids = self.env["interaction.template"]._queue_emails(
            self.partner_id.ids, self.mail_template_id.with_context(lang=lang),
            subject=self.subject or self.description, body=body)
        values = {"mail_message_id": message_ids[0], "delivery_status": "in_progress"}
        if self.mail_template_id:
            values["lang"] = lang
        return values

    def _schedule_follow_up(self):
        """Plan the follow-up activity on the contact (Odoo 11 mail.activity).

        Activities need write access on the document in Odoo 11; interaction
        users may plan follow-ups on any contact they can read, so the
        activity is created as superuser after checking that."""
        if not self.activity_type_id or not self.activity_date_deadline:
            raise UserError(_("Choose the activity type and the due date of the follow-up."))
        self.partner_id.check_access_rights("read")
        self.partner_id.check_access_rule("read")
        # sudo: the contact was checked readable just above; the activity's
        # values come from this wizard, assigned as Odoo lets a user assign
        model = self.env["ir.model"].sudo().search([("model", "=", "res.partner")], limit=1)
        return self.env["mail.activity"].sudo().create({
            "res_model_id": model.id,
            "res_id": self.partner_id.id,
            "activity_type_id": self.activity_type_id.id,
            "summary": self.activity_summary,
            "date_deadline": self.activity_date_deadline,
            "user_id": (self.activity_user_id or self.env.user).id,
        })
