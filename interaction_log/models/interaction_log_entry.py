# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import collections
import datetime
import logging
import math
from email.utils import formataddr

from psycopg2 import sql
from psycopg2.extras import execute_values

from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .interaction_selections import (
    CORRESPONDENCE_TYPES, DELIVERY_STATUSES, EVALUATIONS,
    INFORMATION_FLOWS, INITIATED_BY)

_logger = logging.getLogger(__name__)

#: PostgreSQL sequence of the entry numbers
ENTRY_NO_SEQUENCE = "interaction_log_entry_no_seq"
#: table of the occurrence counters of earlier versions (dropped)
OLD_OCCURRENCE_TABLE = "interaction_log_document_occurrence"
#: fields log_interactions fills itself: callers cannot pass them
COMPUTED_ON_INSERT = ("id", "entry_no", "commercial_partner_id", "currency_id",
                      "group_id",
                      "create_uid", "create_date", "write_uid", "write_date",
                      "display_name", "__last_update")
#: the largest cost and duration (in minutes: one year) of an interaction;
#: more is a typing mistake that would spoil every total
MAX_COST = 1e12
MAX_DURATION = 60 * 24 * 365
#: what an entry records: fixed once recorded (cancel it and record anew)
RECORDED_FACTS = ("partner_id", "commercial_partner_id", "template_id", "group_id",
                  "company_id", "entry_no", "document_ref",
                  "segment_id", "logged_segment_id", "user_id")
#: links of an entry to records of the entry's company: the caller must be
#: able to read what it links
COMPANY_LINKS = ("attachment_id", "segment_id", "logged_segment_id")


class InteractionLogEntry(models.Model):
    """One interaction with a contact: a letter, a call, a meeting, an email or
    a printed document. Entries are never edited away: they are canceled, and
    only canceled entries can be deleted.

    All entries are created by :meth:`log_interactions`."""
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
    campaign_id = fields.Many2one(
        "utm.campaign", string="Campaign", ondelete="set null", index=True,
        help="Campaign the interaction belongs to; defaults to the campaign of its "
             "segment or template.")
    delivery_status = fields.Selection(
        DELIVERY_STATUSES,
        help="Whether the document reached the contact, for documents sent "
             "electronically.")
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
        """Route ORM creation (forms, imports, XML data) through
        :meth:`log_interactions`, so every entry gets the same defaults,
        numbering and checks."""
        vals = dict(vals)
        for key, value in self.env.context.items():
            if key.startswith("default_") and key[8:] in self._fields:
                vals.setdefault(key[8:], value)
        partner = vals.pop("partner_id", False)
        template = vals.pop("template_id", False)
        if not partner:
            raise UserError(_("Choose the contact of the interaction."))
        for name in COMPUTED_ON_INSERT:
            vals.pop(name, None)
        # base_automation's own create() runs the rules of this path
        entries = self.with_context(interaction_log_orm_create=True).log_interactions(
            [partner], template, **vals)
        return entries.with_env(self.env)

    @api.multi
    def write(self, vals):
        self._check_recorded_facts_unchanged(vals)
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
                     "campaign_id"):
            values[name] = self[name].id
        for name in ("description", "subject", "date", "information_flow", "initiated_by",
                     "correspondence_type", "evaluation", "attempt_failed", "cost",
                     "duration"):
            values[name] = self[name]
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
    # The one way in
    # ------------------------------------------------------------------

    @api.model
    @api.returns("self")  # RPC clients get the new ids
    def log_interactions(self, partners, template, **values):
        """Record one interaction per partner and return the new entries, in
        the order of ``partners``.

        :param partners: res.partner recordset or list of ids; a partner may
            appear several times (one entry each)
        :param template: interaction.template record or id
        :param values: any field of the entry. A list or tuple gives one value
            per partner (same length as ``partners``); any other value applies
            to every entry. Not given: description, cost, duration,
            information flow, initiated by, correspondence type and group come
            from the template, the date is now, the user is the current user,
            the salesperson is the contact's, the company is the template's,
            and with a ``document_ref`` the document name is its display name.
            The system sets the entry number, the group (the template's) and
            the occurrence (counted when read); only trusted code (superuser,
            or an Interactions manager) may record for another ``user_id``.
            The source document, attachment, segment and logged segment must
            exist and be readable by the caller (AccessError otherwise; the
            superuser records prints on behalf of users), and the latter three
            must belong to the entry's company.

        The entries are inserted with a few multi-row SQL INSERTs per
        ``_log_chunk_size`` partners: logging 100,000 contacts stays close to
        raw SQL speed and never loads all the partners into the cache.
        """
        self.check_access_rights("create")
        template = self._log_check_template(template)
        partner_ids = self._log_partner_ids(partners)
        if not partner_ids:
            return self.browse()
        columns = self._log_prepare_columns(template, partner_ids, values)
        new_ids = []
        with self.env.cr.savepoint():
            for start in range(0, len(partner_ids), self._log_chunk_size):
                stop = start + self._log_chunk_size
                chunk = {name: column[start:stop] if isinstance(column, list) else column
                         for name, column in columns.items()}
                new_ids += self._log_insert_chunk(partner_ids[start:stop], chunk)
        entries = self.browse(new_ids)
        self._log_notify_created(entries, list(columns))
        self._log_run_automations(entries, ["on_create", "on_create_or_write"])
        return entries

    @api.model
    def _log_run_automations(self, entries, triggers):
        """Run the automated actions (base_automation) of ``triggers`` on
        ``entries``, as base_automation does around ``create`` and
        ``unlink``: the entries are inserted and deleted in SQL, which its
        patches of those methods never see. One query when there is none."""
        if ("base.automation" not in self.env.registry or not entries
                or self.env.context.get("interaction_log_orm_create")):
            return
        actions = self.env["base.automation"]._get_actions(entries, triggers)
        records = entries.with_env(actions.env)
        for action in actions.with_context(old_values=None):
            action._process(action._filter_post(records))

    @api.model
    def _log_check_template(self, template):
        if not isinstance(template, models.BaseModel):
            template = self.env["interaction.template"].browse(template or [])
        template = template.exists()
        if len(template) != 1:
            raise UserError(_("Choose one existing interaction template to log interactions."))
        if not template.active:
            raise UserError(_(
                "The interaction template %s is archived: restore it or choose "
                "another template.") % template.code)
        return template

    @api.model
    def _log_partner_ids(self, partners):
        if isinstance(partners, models.BaseModel):
            if partners._name != "res.partner":
                raise UserError(_("Interactions can only be logged for contacts."))
            return list(partners._ids)
        partner_ids = list(partners or [])
        if not all(isinstance(partner_id, int) and partner_id > 0 for partner_id in partner_ids):
            raise UserError(_("Give the contacts of the interactions as contact ids."))
        return partner_ids

    @api.model
    def _log_prepare_columns(self, template, partner_ids, values):
        """Validate ``values`` and return ``{column: value}`` where value is
        one SQL value for every entry or a list with one value per partner."""
        count = len(partner_ids)
        allowed = {name for name, field in self._fields.items()
                   if field.store and field.column_type and name not in COMPUTED_ON_INSERT
                   and name not in ("partner_id", "template_id")}
        unknown = set(values) - allowed
        if unknown:
            raise UserError(_("Interaction log entries have no field %s that can be "
                              "set when logging.") % ", ".join(sorted(unknown)))
        defaults = dict(template._entry_defaults(), date=fields.Datetime.now(),
                        user_id=self.env.uid, canceled=False, attempt_failed=False)
        columns = {"template_id": template.id}
        for name, value in values.items():
            field = self._fields[name]
            if isinstance(value, (list, tuple)):
                if len(value) != count:
                    raise UserError(_(
                        "The values of %(field)s are a list of %(items)d items for "
                        "%(contacts)d contacts: give one value per contact.") % {
                            "field": field.string, "items": len(value), "contacts": count})
                columns[name] = [self._log_to_column(field, item) for item in value]
            else:
                columns[name] = self._log_to_column(field, value)
        for name, default in defaults.items():
            default = self._log_to_column(self._fields[name], default)
            column = columns.get(name)
            if isinstance(column, list):
                columns[name] = [default if item is None else item for item in column]
            elif column is None:
                columns[name] = default
        self._log_validate_columns(template, columns)
        self._log_check_caller_may_link(columns)
        if "document_ref" in columns and "document_name" not in columns:
            columns["document_name"] = self._log_document_names(columns["document_ref"])
        return columns

    @api.model
    def _log_to_column(self, field, value):
        """Convert a value given to log_interactions to its SQL value; a
        value of the wrong kind (a word for a cost, ...) is a UserError."""
        if value is None or value is False and field.type != "boolean":
            return None
        try:
            return self._log_convert_value(field, value)
        except (TypeError, ValueError):
            raise UserError(_("%(value)r is not a valid value for %(field)s.") % {
                "value": value, "field": field.string})

    @api.model
    def _log_convert_value(self, field, value):
        if field.type == "many2one":
            return value.id if isinstance(value, models.BaseModel) else int(value)
        if field.type == "reference":
            if isinstance(value, models.BaseModel):
                if len(value) != 1:
                    raise UserError(_("Give one source document per entry."))
                return "%s,%s" % (value._name, value.id)
            return value
        if field.type == "datetime":
            if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
                value = datetime.datetime.combine(value, datetime.time())
            if isinstance(value, datetime.datetime):
                return fields.Datetime.to_string(value)
            return fields.Datetime.to_string(fields.Datetime.from_string(value))
        if field.type == "boolean":
            return bool(value)
        if field.type in ("float", "monetary"):
            if not math.isfinite(float(value)):
                raise ValueError("not a finite number")
            return float(value)
        if field.type == "integer":
            return int(value)
        return value

    @api.model
    def _log_validate_columns(self, template, columns):
        def as_list(value):
            return value if isinstance(value, list) else [value]

        for name, column in columns.items():
            field = self._fields[name]
            if field.type == "selection":
                keys = [key for key, _label in field._description_selection(self.env)]
                wrong = set(as_list(column)) - set(keys) - {None}
                if wrong:
                    raise UserError(_(
                        "%(value)r is not a valid value for %(field)s: use one of "
                        "%(keys)s.") % {
                            "value": wrong.pop(), "field": field.string,
                            "keys": ", ".join(keys)})
            elif field.type == "reference":
                models_ = {ref.split(",")[0] for ref in as_list(column) if ref}
                unknown = models_ - set(self.env.registry)
                if unknown:
                    raise UserError(_("The source document must be a record: %s is not a "
                                      "model.") % unknown.pop())
        self._check_cost_and_duration(as_list(columns["cost"]), as_list(columns["duration"]))
        if set(as_list(columns["company_id"])) != {template.company_id.id}:
            raise ValidationError(_(
                "The interaction template %(template)s belongs to %(company)s: log its "
                "interactions in that company.") % {
                    "template": template.code, "company": template.company_id.name})
        if not all(as_list(columns["description"])):
            raise ValidationError(_("Give each interaction a description."))

    @api.model
    def _log_is_trusted(self):
        """Server code running as superuser, or an Interactions manager."""
        return self.env.uid == SUPERUSER_ID or self.env.user.has_group(
            "interaction_log.group_interaction_manager")

    @api.model
    def _log_check_caller_may_link(self, columns):
        """Refuse values the caller may not set: log_interactions is public
        (RPC), so it links only records the caller may read, and records
        for another user only for trusted code."""
        def as_set(value):
            return set(value if isinstance(value, list) else [value]) - {None}

        if as_set(columns["user_id"]) - {self.env.uid} and not self._log_is_trusted():
            raise AccessError(_(
                "Only an Interactions manager can record interactions on behalf of "
                "another user: leave the user empty to record them as yourself."))
        superuser = self.env.uid == SUPERUSER_ID
        if "document_ref" in columns:
            self._log_check_documents(as_set(columns["document_ref"]), superuser)
        company_ids = as_set(columns["company_id"])
        for name in COMPANY_LINKS:
            ids = as_set(columns.get(name))
            if not ids:
                continue
            field = self._fields[name]
            records = self.env[field.comodel_name].browse(ids)
            existing = records.sudo().exists()
            if len(existing) != len(ids):
                raise UserError(_("The %(field)s with id %(id)s does not exist.") % {
                    "field": field.string, "id": min(ids - set(existing.ids))})
            if not superuser:
                if name == "attachment_id":
                    records.check("read")
                else:
                    records.check_access_rights("read")
                    records.check_access_rule("read")
            for record in existing:
                if record.company_id and record.company_id.id not in company_ids:
                    raise ValidationError(_(
                        "The %(field)s \"%(name)s\" belongs to %(company)s: an "
                        "interaction can only link records of its own company.") % {
                            "field": field.string, "name": record.display_name,
                            "company": record.company_id.name})

    @api.model
    def _log_check_documents(self, refs, superuser):
        """Source documents must be well-formed references to existing
        records that the caller may read (the superuser records prints on
        behalf of the printing user)."""
        by_model = collections.defaultdict(set)
        for ref in refs:
            try:
                model, res_id = ref.split(",")
                res_id = int(res_id)
                if res_id <= 0:
                    raise ValueError(res_id)
            except (AttributeError, ValueError):
                raise UserError(_(
                    "%r is not a source document: give a record, or a reference "
                    "written as model,id (e.g. sale.order,42).") % (ref,))
            by_model[model].add(res_id)
        for model, ids in by_model.items():
            if model not in self.env.registry or self.env[model]._abstract:
                raise UserError(_("The source document must be a record: %s is not a "
                                  "model.") % model)
            Document = self.env[model].with_context(active_test=False)
            if superuser:
                found = Document.browse(ids).exists()
            else:
                # one query: the records that exist and the caller may read
                Document.check_access_rights("read")
                found = Document.search([("id", "in", list(ids))])
            if len(found) != len(ids):
                error = UserError if superuser else AccessError
                raise error(_(
                    "The source document %(model)s,%(id)s does not exist or you may not "
                    "read it.") % {"model": model, "id": min(ids - set(found.ids))})

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

    @api.multi
    def _check_recorded_facts_unchanged(self, vals):
        """What an entry records (contact, template, company, source
        document, who recorded it) cannot be rewritten: the entry is canceled
        and a new one recorded. Writing the value an entry already has is
        allowed (XML data and imports rewrite whole records)."""
        names = [name for name in RECORDED_FACTS if name in vals]
        if not names:
            return
        for entry in self:
            for name in names:
                field = self._fields[name]
                new = field.convert_to_cache(vals[name], entry)
                if new != field.convert_to_cache(entry[name], entry, validate=False):
                    raise UserError(_(
                        "The %s of an interaction log entry cannot be changed: cancel "
                        "the entry and record a new one.") % field.string)

    @api.model
    def _log_document_names(self, document_refs):
        """Display names of the source documents, read once per document."""
        refs = set(document_refs if isinstance(document_refs, list) else [document_refs])
        names = {}
        for ref in refs - {None}:
            model, res_id = ref.split(",")
            document = self.env[model].sudo().browse(int(res_id)).exists()
            names[ref] = document.display_name if document else None
        if isinstance(document_refs, list):
            return [names.get(ref) for ref in document_refs]
        return names.get(document_refs)

    @api.model
    def _log_read_partners(self, partner_ids, company_id):
        """Return ``{partner id: (commercial partner id, salesperson id)}`` for
        the partners the user may read; refuse missing ones and contacts of
        another company."""
        Partner = self.env["res.partner"].with_context(active_test=False)
        Partner.check_access_rights("read")
        query = Partner._where_calc([("id", "in", list(set(partner_ids)))])
        Partner._apply_ir_rules(query, "read")
        from_clause, where_clause, params = query.get_sql()
        self.env.cr.execute("""
            SELECT partner.id, partner.commercial_partner_id,
                   COALESCE(partner.user_id, commercial.user_id), partner.company_id
              FROM res_partner partner
              LEFT JOIN res_partner commercial ON commercial.id = partner.commercial_partner_id
             WHERE partner.id IN (SELECT res_partner.id FROM %s WHERE %s)
        """ % (from_clause, where_clause), params)
        found = {}
        for partner_id, commercial_id, salesperson_id, partner_company_id in self.env.cr.fetchall():
            if partner_company_id and partner_company_id != company_id:
                raise ValidationError(_(
                    "The contact with id %d belongs to another company: log its "
                    "interactions with a template of its company.") % partner_id)
            found[partner_id] = (commercial_id or partner_id, salesperson_id)
        missing = set(partner_ids) - set(found)
        if missing:
            raise UserError(_(
                "Some contacts do not exist or you may not read them (ids %s): "
                "remove them from the list.") % ", ".join(map(str, sorted(missing)[:20])))
        return found

    @api.model
    def _log_insert_chunk(self, partner_ids, columns):
        """Insert the entries of one chunk of partners with one INSERT and
        return their ids, in partner order."""
        cr = self.env.cr
        count = len(partner_ids)
        company_id = columns["company_id"]
        if isinstance(company_id, list):
            company_id = company_id[0]
        partners = self._log_read_partners(partner_ids, company_id)
        columns = dict(columns)
        columns["partner_id"] = partner_ids
        columns["commercial_partner_id"] = [partners[pid][0] for pid in partner_ids]
        if "salesperson_id" not in columns:
            columns["salesperson_id"] = [partners[pid][1] for pid in partner_ids]
        names = sorted(columns)
        rows = list(zip(*[
            columns[name] if isinstance(columns[name], list) else [columns[name]] * count
            for name in names]))
        magic = ["entry_no", "create_uid", "create_date", "write_uid", "write_date"]
        template = "(%s, nextval('%s'), %d, %s, %d, %s)" % (
            ", ".join(["%s"] * len(names)), ENTRY_NO_SEQUENCE,
            self.env.uid, "(now() at time zone 'UTC')",
            self.env.uid, "(now() at time zone 'UTC')")
        query = 'INSERT INTO "%s" (%s) VALUES %%s RETURNING id' % (
            self._table, ", ".join('"%s"' % name for name in names + magic))
        new_ids = [row[0] for row in execute_values(
            cr, query, rows, template=template, page_size=count, fetch=True)]
        self.browse(new_ids).check_access_rule("create")
        return new_ids

    @api.model
    def _invalidate_statistics(self):
        """Drop the cached statistics of contacts, templates and groups."""
        self.env["res.partner"].invalidate_cache(
            ["interaction_count", "last_interaction_date", "last_attempt_date",
             "interaction_cost", "interaction_duration"])
        for model in ("interaction.group", "interaction.template"):
            self.env[model].invalidate_cache(
                ["interaction_count", "total_cost", "total_duration"])

    @api.model
    def _log_notify_created(self, entries, names):
        """Tell the ORM about the rows inserted in SQL: drop cached values
        (one2many inverses, partner counts, statistics) and trigger the
        recomputation of stored fields that depend on entries."""
        self.invalidate_cache([name for name, field in self._fields.items()
                               if field.type == "many2one"])
        self._invalidate_statistics()
        for start in range(0, len(entries), self._log_chunk_size):
            entries[start:start + self._log_chunk_size].modified(
                set(names) | {"partner_id", "commercial_partner_id", "salesperson_id",
                              "group_id", "entry_no"})
        if self.env.recompute and self.env.context.get("recompute", True):
            self.recompute()
