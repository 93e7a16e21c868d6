# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
import math
from email.utils import formataddr

from psycopg2 import sql

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from .interaction_selections import (
    CORRESPONDENCE_TYPES, DELIVERY_STATUSES, EVALUATIONS,
    INFORMATION_FLOWS, INITIATED_BY)

_logger = logging.getLogger(__name__)

#: PostgreSQL sequence of the entry numbers
ENTRY_NO_SEQUENCE = "interaction_log_entry_no_seq"
#: table of the occurrence counters of earlier versions (dropped)
OLD_OCCURRENCE_TABLE = "interaction_log_document_occurrence"
#: the largest cost and duration (in minutes: one year) of an interaction;
#: more is a typing mistake that would spoil every total
MAX_COST = 1e12
MAX_DURATION = 60 * 24 * 365


class InteractionLogEntry(models.Model):
    """One interaction with a contact: a letter, a call, a meeting, an email or
    a printed document. Entries are never edited away: they are canceled, and
    only canceled entries can be deleted.

    All entries are created by :meth:`log_interactions`; what a caller may
    set on an entry, when recording it and afterwards, is decided by one
    table (interaction_log_pipeline.py, ``_entry_field_rules``)."""
    _name = "interaction.log.entry"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _description = "Interaction Log Entry"
    _order = "date desc, entry_no desc"
    #: number of partners handled per query by log_interactions
    _log_chunk_size = 1000

    entry_no = fields.Integer(
        string="Entry No.", readonly=True, copy=False, index=True,
        group_operator=False,
        help="Number given to the entry when it is recorded.")
    date = fields.Datetime(
        required=True, index=True, default=fields.Datetime.now,
        help="Date and time of the interaction.")
    partner_id = fields.Many2one(
        "res.partner", string="Contact", required=True, ondelete="restrict",
        help="Contact the interaction was with.")
    commercial_partner_id = fields.Many2one(
        "res.partner", string="Contact Company", readonly=True,
        ondelete="restrict",  # indexed with the date, see init()
        help="Company of the contact when the interaction was recorded (the "
             "contact itself when it has none).")
    description = fields.Char(
        required=True, track_visibility="onchange",
        help="What the interaction was about; defaults to the template's description.")
    subject = fields.Char(
        help="Subject of the email or letter, when there is one.")
    template_id = fields.Many2one(
        "interaction.template", string="Interaction Template", required=True,
        ondelete="restrict",
        help="Kind of interaction; gives the defaults of a new entry.")
    group_id = fields.Many2one(
        "interaction.group", string="Interaction Group", required=True,
        ondelete="restrict",
        help="Group of the template when the entry was recorded.")
    information_flow = fields.Selection(
        INFORMATION_FLOWS,
        help="Outbound: we sent or said something. Inbound: the contact did.")
    initiated_by = fields.Selection(
        INITIATED_BY, help="Who started the interaction.")
    correspondence_type = fields.Selection(
        CORRESPONDENCE_TYPES, help="How the document was sent.")
    cost = fields.Monetary(
        track_visibility="onchange",
        help="Cost of the interaction; defaults to the template's unit cost.")
    duration = fields.Float(
        string="Duration (Min.)", track_visibility="onchange",
        help="Duration in minutes; defaults to the template's unit duration.")
    currency_id = fields.Many2one(
        related="company_id.currency_id", readonly=True)
    user_id = fields.Many2one(
        "res.users", string="Recorded By", ondelete="set null",
        default=lambda self: self.env.user,
        help="User who recorded the interaction.")
    salesperson_id = fields.Many2one(
        "res.users", string="Salesperson", ondelete="set null",
        help="Salesperson responsible for the contact; defaults to the "
             "contact's salesperson.")
    evaluation = fields.Selection(
        EVALUATIONS, track_visibility="onchange", help="How the interaction went.")
    attempt_failed = fields.Boolean(
        track_visibility="onchange",
        help="The interaction did not take place, e.g. nobody answered the call.")
    canceled = fields.Boolean(
        track_visibility="onchange",
        help="Canceled entries are not counted anywhere; only canceled entries "
             "can be deleted.")
    postponed = fields.Boolean(
        readonly=True, copy=False, index=True,
        help="Saved for later from Create Interaction and not logged yet: a postponed "
             "interaction is counted nowhere until it is resumed (Postponed "
             "Interactions).")
    mail_template_id = fields.Many2one(
        "mail.template", string="Email Template", readonly=True, copy=False,
        ondelete="set null",
        help="Email of a postponed interaction with correspondence type Email: sent "
             "when the interaction is resumed and logged.")
    followup_activity_type_id = fields.Many2one(
        "mail.activity.type", string="Follow-up Activity", readonly=True, copy=False,
        ondelete="set null",
        help="Follow-up planned with a postponed interaction: scheduled on the contact "
             "when the interaction is resumed and logged.")
    followup_summary = fields.Char(string="Follow-up Summary", readonly=True, copy=False)
    followup_date_deadline = fields.Date(
        string="Follow-up Due Date", readonly=True, copy=False)
    followup_user_id = fields.Many2one(
        "res.users", string="Follow-up Assigned to", readonly=True, copy=False,
        ondelete="set null")
    campaign_id = fields.Many2one(
        "utm.campaign", string="Campaign", ondelete="set null", index=True,
        help="Campaign the interaction belongs to; defaults to the campaign of its "
             "segment or template.")
    delivery_status = fields.Selection(
        DELIVERY_STATUSES,
        help="Whether the document reached the contact, for documents sent "
             "electronically.")
    bounce_date = fields.Datetime(
        string="Bounced On", readonly=True, copy=False,
        help="When the contact's mail server sent the email back (a bounce "
             "received through the mail gateway).")
    mail_mail_id_int = fields.Integer(
        string="Sent Email ID", readonly=True, copy=False, index=True,
        help="Technical: ID of the outgoing email (mail.mail) that went to the "
             "contact, kept after the mail queue deletes the sent email, so "
             "that a bounce, which names it, finds the entry.")
    document_type = fields.Selection(
        selection="_selection_document_type", string="Document Kind",
        help="Kind of the source document that produced the entry.")
    document_ref = fields.Reference(
        selection="_selection_document_model", string="Source Document",
        help="Document that was sent or printed.")
    document_name = fields.Char(
        string="Document No.", help="Number of the source document.")
    occurrence_no = fields.Integer(
        string="Occurrence No.", compute="_compute_occurrence_no", group_operator=False,
        help="How many times the source document has been recorded, this entry "
             "included: the n-th entry recorded for a document is occurrence n.")
    segment_id = fields.Many2one(
        "interaction.segment", string="Segment", ondelete="set null", index=True,
        help="Segment the entry was logged from.")
    logged_segment_id = fields.Many2one(
        "interaction.logged.segment", string="Logged Segment", ondelete="restrict",
        index=True, help="Logging of a segment that created the entry.")
    mail_message_id = fields.Many2one(
        "mail.message", string="Email Message", ondelete="set null", index=True,
        help="Chatter message of the email sent or received, or of the done activity.")
    note = fields.Text(
        string="Notes", help="What was said or written, e.g. the feedback of a call.")
    attachment_id = fields.Many2one(
        "ir.attachment", string="Attachment", ondelete="set null",
        help="Document attached to the interaction.")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, ondelete="restrict",
        index=True,
        default=lambda self: self.env["res.company"]._company_default_get(
            "interaction.log.entry"))

    _sql_constraints = [
        ("cost_positive", "CHECK (cost >= 0)",
         "The cost of an interaction cannot be negative."),
        ("duration_positive", "CHECK (duration >= 0)",
         "The duration of an interaction cannot be negative."),
    ]

    @api.model
    def _selection_document_type(self):
        """The kinds of the template setup: addons add theirs there."""
        return self.env["interaction.template.setup"]._fields[
            "document_type"]._description_selection(self.env)

    @api.model
    def _selection_document_model(self):
        # sudo: model names only, for the selection of any user
        models_ = self.env["ir.model"].sudo().search([("transient", "=", False)])
        return [(model.model, model.name) for model in models_]

    @api.model_cr
    def init(self):
        cr = self.env.cr
        cr.execute(sql.SQL("CREATE SEQUENCE IF NOT EXISTS {}").format(
            sql.Identifier(ENTRY_NO_SEQUENCE)))
        # occurrences are numbered when read (_compute_occurrence_no): the
        # counters and numbers that earlier versions stored are dropped
        cr.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(
            sql.Identifier(OLD_OCCURRENCE_TABLE)))
        cr.execute(sql.SQL("ALTER TABLE {} DROP COLUMN IF EXISTS occurrence_no").format(
            sql.Identifier(self._table)))
        for columns in [("partner_id", "date"),
                        ("commercial_partner_id", "date"),
                        ("template_id", "canceled", "date"),
                        ("group_id", "canceled", "date"),
                        ("document_ref", "id")]:
            index = "%s_%s_index" % (self._table, "_".join(columns))
            cr.execute(sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} ({})").format(
                sql.Identifier(index), sql.Identifier(self._table),
                sql.SQL(", ").join(map(sql.Identifier, columns))))
        self.env["interaction.statistics.store"]._install_statistics(self._table)

    @api.multi
    def name_get(self):
        return [(entry.id, "%s: %s" % (entry.entry_no, entry.description))
                for entry in self]

    @api.depends("document_ref")
    def _compute_occurrence_no(self):
        """Number the entries of each source document in the order they were
        recorded (their ids), in one query for the whole recordset.

        Numbered when read, never stored: recording a print only inserts its
        entry, so concurrent prints of one document never update a common
        row, and a print rolled back leaves no gap. Canceled entries keep
        their number (the document was sent); deleted ones no longer count.
        """
        ids = tuple(entry.id for entry in self if isinstance(entry.id, int))
        numbers = {}
        if ids:
            self.env.cr.execute("""
                SELECT id, occurrence FROM (
                    SELECT id, row_number() OVER (PARTITION BY document_ref ORDER BY id)
                           AS occurrence
                      FROM interaction_log_entry
                     WHERE document_ref IN (SELECT document_ref FROM interaction_log_entry
                                             WHERE id IN %s AND document_ref IS NOT NULL)
                ) numbered WHERE id IN %s""", [ids, ids])
            numbers = dict(self.env.cr.fetchall())
        for entry in self:
            entry.occurrence_no = numbers.get(entry.id, 0)

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model
    def create(self, vals):  # pylint: disable=method-required-super
        """Route ORM creation (forms, imports, XML data) through the pipeline
        of :meth:`log_interactions`, so every entry gets the same defaults,
        numbering and checks."""
        return self._log_create(vals)

    @api.multi
    def write(self, vals):
        self._check_caller_may_write(vals)
        self._check_cost_and_duration(
            [vals["cost"]] if "cost" in vals else [],
            [vals["duration"]] if "duration" in vals else [])
        result = super(InteractionLogEntry, self).write(vals)
        if set(vals) & {"canceled", "cost", "duration", "attempt_failed", "date"}:
            self._invalidate_statistics()
        return result

    @api.multi
    def unlink(self):
        # users who may not delete at all learn that first
        self.check_access_rights("unlink")
        # one query: reading `canceled` through the ORM would load every
        # field of every entry, which takes minutes for 100,000 entries
        self.env.cr.execute(
            "SELECT 1 FROM interaction_log_entry WHERE id = ANY(%s) AND canceled IS NOT TRUE "
            "AND postponed IS NOT TRUE LIMIT 1", [list(self.ids)])
        if self.env.cr.fetchone():
            raise UserError(_(
                "Only canceled interaction log entries can be deleted. Cancel "
                "the entries first (Switch Canceled), then delete them."))
        return super(InteractionLogEntry, self).unlink()

    @api.multi
    @api.returns("self", lambda value: value.id)
    def message_post(self, *args, **kwargs):
        """Odoo 11 refuses any message from a user without an email address,
        and a tracked change is a message: canceling or evaluating an entry
        must not depend on the user's email. Such messages come from the
        company's address (none when it has none)."""
        user = self.env.user
        if "email_from" not in kwargs and not user.email:
            company_email = user.company_id.email
            kwargs["email_from"] = formataddr((user.name, company_email)) if company_email \
                else False
        return super(InteractionLogEntry, self).message_post(*args, **kwargs)

    @api.model
    def _delete_canceled(self, domain):
        """Delete the canceled entries matching ``domain`` and return how many
        were deleted (the Delete Canceled wizard).

        One SQL DELETE, about as fast as a raw one, instead of ``unlink()``,
        which works through 1,000 records per round trip with several queries
        each (half a minute for 500,000 entries). The access rights and the
        record rules for deletion apply, and ``canceled`` is also tested on
        the deleted rows themselves: whatever the domain, an entry that is
        not canceled is never deleted. What ``unlink()`` would do around the
        deletion is done too: the automated actions "On Deletion" run on the
        entries first, and their XML ids, properties, attachments and chatter
        (messages with their tracking values, followers, activities) are
        removed with them.
        """
        self.check_access_rights("unlink")
        query = self._where_calc(list(domain) + [("canceled", "=", True)])
        self._apply_ir_rules(query, "unlink")
        from_clause, where_clause, params = query.get_sql()
        if from_clause != '"interaction_log_entry"':
            # joins (auto_join fields): select the ids, at the cost of a second scan
            where_clause = ('"interaction_log_entry".id IN (SELECT "interaction_log_entry".id '
                            'FROM %s WHERE %s)' % (from_clause, where_clause or "TRUE"))
        where_clause = where_clause or "TRUE"
        cr = self.env.cr
        if self._has_automations(["on_unlink"]):
            cr.execute('SELECT "interaction_log_entry".id FROM "interaction_log_entry" '
                       'WHERE %s ORDER BY id' % where_clause, params)
            entries = self.browse([row[0] for row in cr.fetchall()])
            self._log_run_automations(entries, ["on_unlink"])
            where_clause, params = '"interaction_log_entry".id IN %s', [tuple(entries.ids) or (0,)]
        cr.execute("""
            WITH deleted AS (
                DELETE FROM interaction_log_entry
                 WHERE %s AND canceled
             RETURNING id
            ), xml_ids AS (
                DELETE FROM ir_model_data data USING deleted
                 WHERE data.model = %%s AND data.res_id = deleted.id
            ), properties AS (
                DELETE FROM ir_property property USING deleted
                 WHERE property.res_id = %%s || ',' || deleted.id
            ), messages AS (
                DELETE FROM mail_message message USING deleted
                 WHERE message.model = %%s AND message.res_id = deleted.id
            ), followers AS (
                DELETE FROM mail_followers follower USING deleted
                 WHERE follower.res_model = %%s AND follower.res_id = deleted.id
            ), activities AS (
                DELETE FROM mail_activity activity USING deleted
                 WHERE activity.res_model = %%s AND activity.res_id = deleted.id
            )
            SELECT (SELECT count(*) FROM deleted),
                   (SELECT array_agg(attachment.id) FROM ir_attachment attachment
                      JOIN deleted ON attachment.res_id = deleted.id
                     WHERE attachment.res_model = %%s)
        """ % where_clause, params + [self._name] * 6)
        count, attachment_ids = cr.fetchone()
        if attachment_ids:
            self.env["ir.attachment"].browse(attachment_ids).unlink()
        self.env.cache.invalidate()
        self._invalidate_statistics()
        _logger.info("User #%s deleted %d canceled %s records", self.env.uid, count, self._name)
        return count

    @api.model
    def _has_automations(self, triggers):
        """Whether automated actions (base_automation) of ``triggers`` exist
        for entries."""
        if "base.automation" not in self.env.registry:
            return False
        return bool(self.env["base.automation"].search_count([
            ("model_name", "=", self._name), ("trigger", "in", triggers)]))

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    @api.multi
    def action_switch_canceled(self):
        """Cancel or restore the entries, like Business Central's "Switch
        Check Mark in Canceled": all of them take the opposite of the first."""
        if not self:
            return True
        canceled = not self[0].canceled
        self.write({"canceled": canceled})
        return True

    @api.multi
    def action_resume(self):
        """Reopen Create Interaction with the values of this postponed
        interaction (Business Central's Resume); logging it there replaces
        this entry."""
        self.ensure_one()
        if not self.postponed:
            raise UserError(_("This interaction has already been logged: only postponed "
                              "interactions can be resumed."))
        action = self.env.ref("interaction_log.action_interaction_create_wizard").read()[0]
        context = {"default_%s" % name: value
                   for name, value in self._resume_values().items()}
        context["default_postponed_entry_id"] = self.id
        action.update(name=_("Resume Interaction"), context=context)
        return action

    @api.multi
    def _resume_values(self):
        """Values of the Create Interaction wizard that resumes this entry."""
        self.ensure_one()
        values = {}
        for name in ("partner_id", "template_id", "company_id", "salesperson_id",
                     "campaign_id", "mail_template_id"):
            values[name] = self[name].id
        for name in ("description", "subject", "date", "information_flow", "initiated_by",
                     "correspondence_type", "evaluation", "attempt_failed", "cost",
                     "duration", "note"):
            values[name] = self[name]
        if self.followup_activity_type_id:
            values.update(
                schedule_activity=True,
                activity_type_id=self.followup_activity_type_id.id,
                activity_summary=self.followup_summary,
                activity_date_deadline=self.followup_date_deadline,
                activity_user_id=self.followup_user_id.id)
        return values

    @api.multi
    def action_discard_postponed(self):
        """Delete postponed interactions the user no longer wants to log.
        Users may not delete entries, but a postponed interaction was never
        logged: whoever may edit it may discard it."""
        if self.filtered(lambda entry: not entry.postponed):
            raise UserError(_("Only postponed interactions can be discarded: cancel a "
                              "logged interaction instead."))
        self.check_access_rights("write")
        self.check_access_rule("write")
        # sudo: users may not delete entries, but these were checked to be
        # postponed (which only Save for Later sets) and writable by the user
        self.sudo().unlink()
        return {"type": "ir.actions.act_window_close"}

    @api.multi
    def action_open_document(self):
        """Open the source document of the entry."""
        self.ensure_one()
        document = self.document_ref
        if not document or not document.exists():
            raise UserError(_(
                "The source document of this entry no longer exists."))
        return {
            "type": "ir.actions.act_window",
            "res_model": document._name,
            "res_id": document.id,
            "view_mode": "form",
            "target": "current",
        }

    @api.model
    def _action_view_entries(self, domain, context, name=None):
        """The Interaction Log Entries action showing the entries of
        ``domain``, with ``context`` (and ``name`` as its title when given):
        the action of every smart button and link that opens entries."""
        action = self.env.ref("interaction_log.action_interaction_log_entry").read()[0]
        action["domain"] = domain
        action["context"] = context
        if name:
            action["name"] = name
        return action

    @api.model
    def _action_view_entries_of(self, record, field):
        """The entries whose ``field`` is ``record`` (a segment, a logged
        segment), titled after it; canceled entries included: they show
        muted."""
        return self._action_view_entries([(field, "=", record.id)], {"create": False},
                                         name=_("Entries of %s") % record.display_name)

    @api.model
    def _count_by(self, field, values, domain=()):
        """{value: number of entries} of the entries whose ``field`` is one of
        ``values`` (unsaved records' ids left out) and that match ``domain``,
        in one read_group: record rules apply, and a user who may not read
        entries gets an empty dict."""
        values = [value for value in values if not isinstance(value, models.NewId)]
        groups = []
        if values and self.check_access_rights("read", raise_exception=False):
            groups = self.read_group([(field, "in", values)] + list(domain), [field], [field])
        return {group[field][0] if isinstance(group[field], (list, tuple)) else group[field]:
                group["%s_count" % field] for group in groups}

    # ------------------------------------------------------------------
    # Checks
    # ------------------------------------------------------------------

    @api.model
    def _check_cost_and_duration(self, costs, durations):
        """Refuse negative costs and durations, and absurd ones: more than
        MAX_COST, or more than MAX_DURATION minutes (a year)."""
        for name, values in (("cost", costs), ("duration", durations)):
            for value in values:
                if value is None or value is False:
                    continue
                try:
                    number = float(value)
                except (TypeError, ValueError):
                    number = float("nan")
                if not math.isfinite(number):
                    raise ValidationError(_("%(value)r is not a valid value for %(field)s.") % {
                        "value": value, "field": self._fields[name].string})
                if number < 0:
                    raise ValidationError(_(
                        "The %s of an interaction cannot be negative: enter zero or "
                        "more.") % self._fields[name].string.lower())
                if name == "cost" and number > MAX_COST:
                    raise ValidationError(_(
                        "The cost of an interaction cannot exceed %s: check the amount "
                        "you entered.") % "{:,.0f}".format(MAX_COST))
                if name == "duration" and number > MAX_DURATION:
                    raise ValidationError(_(
                        "The duration of an interaction cannot exceed %s minutes (a "
                        "year): check the duration you entered.") % "{:,}".format(MAX_DURATION))

    @api.model
    def _invalidate_statistics(self):
        """Drop the cached statistics of contacts, templates and groups."""
        self.env["res.partner"].invalidate_cache(
            ["interaction_count", "last_interaction_date", "last_attempt_date",
             "interaction_cost", "interaction_duration"])
        for model in ("interaction.group", "interaction.template"):
            self.env[model].invalidate_cache(
                ["interaction_count", "total_cost", "total_duration"])
