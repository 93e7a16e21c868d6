# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""How interaction log entries are recorded: the one way in
(``log_interactions``), its bulk pipeline, and the one table that decides
what a caller may set on an entry, when recording it and afterwards."""
import collections
import contextlib
import datetime
import math

from psycopg2.extras import execute_values

from odoo import SUPERUSER_ID, _, api, fields, models, tools
from odoo.exceptions import AccessError, UserError, ValidationError

from .interaction_log_entry import ENTRY_NO_SEQUENCE

#: who sets a field (FieldRule.set_by)
COMPUTED = "computed"  # nobody: the system computes it when it records the entry
SYSTEM = "system"      # trusted server code only: the superuser, or _log_interactions(trusted=True)
MANAGER = "manager"    # the caller for themselves; another value: an Interactions manager
CALLER = "caller"      # whoever may create or write the entry
#: what a link must be (FieldRule.link)
READABLE = "readable"  # readable by the caller
OF_COMPANY = "company"  # readable by the caller, and of the entry's company when it has one


class FieldRule(collections.namedtuple("FieldRule", "set_by fixed link")):
    """What a caller may do with one field of an entry: ``set_by`` (who may
    give it a value), ``fixed`` (never changed once recorded, whoever
    writes: a contact merge moves it itself) and ``link`` (what the linked
    record must be)."""
    __slots__ = ()

    def __new__(cls, set_by, fixed=False, link=None):
        return super(FieldRule, cls).__new__(cls, set_by, fixed, link)


#: what recording needs to know of a contact (_log_partner_facts): SQL
#: columns of ``partner`` joined (PARTNER_FACTS_JOIN) with its company
PARTNER_FACTS_COLUMNS = """COALESCE(partner.commercial_partner_id, partner.id),
       COALESCE(partner.user_id, commercial.user_id), partner.company_id, partner.active"""
PARTNER_FACTS_JOIN = ("LEFT JOIN res_partner commercial "
                      "ON commercial.id = partner.commercial_partner_id")

#: a field the table does not name: any caller, editable afterwards
CALLER_RULE = FieldRule(CALLER)
#: the one table: read by log_interactions, create and write (bridges add
#: their fields in _entry_field_rules)
ENTRY_FIELD_RULES = dict(
    {name: FieldRule(COMPUTED, fixed=True) for name in (
        "id", "entry_no", "commercial_partner_id", "group_id", "currency_id", "occurrence_no",
        "create_uid", "create_date", "write_uid", "write_date", "display_name",
        "__last_update")},
    # what the entry records: checked when recorded, fixed afterwards
    partner_id=FieldRule(CALLER, fixed=True),  # readable, of the company: _log_read_partners
    template_id=FieldRule(CALLER, fixed=True),  # active: _log_check_template
    company_id=FieldRule(CALLER, fixed=True),  # the template's: _log_validate_columns
    user_id=FieldRule(MANAGER, fixed=True),
    document_ref=FieldRule(CALLER, fixed=True, link=READABLE),
    document_type=FieldRule(SYSTEM, fixed=True),
    mail_message_id=FieldRule(SYSTEM, fixed=True, link=READABLE),
    segment_id=FieldRule(SYSTEM, fixed=True, link=OF_COMPANY),
    logged_segment_id=FieldRule(SYSTEM, fixed=True, link=OF_COMPANY),
    # what the system records as things happen: Save for Later sets
    # postponed (Resume logs a new entry), the mail queue the delivery status
    postponed=FieldRule(SYSTEM),
    delivery_status=FieldRule(SYSTEM),
    bounce_date=FieldRule(SYSTEM),
    mail_mail_id_int=FieldRule(SYSTEM),
    # what Save for Later keeps for Resume
    mail_template_id=FieldRule(SYSTEM),
    followup_activity_type_id=FieldRule(SYSTEM),
    followup_summary=FieldRule(SYSTEM),
    followup_date_deadline=FieldRule(SYSTEM),
    followup_user_id=FieldRule(SYSTEM),
    # what users edit
    attachment_id=FieldRule(CALLER, link=OF_COMPANY),
    salesperson_id=FieldRule(CALLER, link=READABLE),
    campaign_id=FieldRule(CALLER, link=READABLE),
)


def as_set(value):
    """The values of a column (one value, or a list of one per entry), empty
    ones left out."""
    return set(value if isinstance(value, list) else [value]) - {None, False}


class InteractionLogEntry(models.Model):
    _inherit = "interaction.log.entry"
    #: number of partners handled per query by log_interactions
    _log_chunk_size = 1000

    # ------------------------------------------------------------------
    # What a caller may set
    # ------------------------------------------------------------------

    @api.multi
    def write(self, vals):
        """An entry of a canceled logged segment is restored with its logged
        segment, not on its own."""
        if "canceled" in vals and not vals["canceled"]:
            self._check_logged_segment_not_canceled()
        return super(InteractionLogEntry, self).write(vals)

    @api.model
    def _entry_field_rules(self):
        """{field name: FieldRule}: the one table of what a caller may set
        (ENTRY_FIELD_RULES); addons that add fields add their rules."""
        return dict(ENTRY_FIELD_RULES)

    @api.model
    def _is_interaction_manager(self):
        return self.env.uid == SUPERUSER_ID or self.env.user.has_group(
            "interaction_log.group_interaction_manager")

    @api.model
    def _log_check_caller_may_set(self, columns, trusted, links_exist=False):
        """Refuse the values the caller may not give (``_entry_field_rules``):
        log_interactions is public (RPC). Fields only the system sets need
        the superuser or the trusted path, which no client reaches; records
        for another user need an Interactions manager; links must exist, be
        readable by the caller (the superuser records prints and emails on
        behalf of users) and belong to the entry's company where they say so.
        A value the system gives on the trusted path is not the caller's:
        only its company is checked. ``links_exist``: the system just read
        every linked record from the database (a printed document and its
        own links): their existence is not asked again, their company is."""
        superuser = self.env.uid == SUPERUSER_ID
        rules = self._entry_field_rules()
        company_ids = as_set(columns["company_id"])
        for name in sorted(columns):
            rule, values = rules.get(name, CALLER_RULE), as_set(columns[name])
            if not values:
                continue
            if rule.set_by == SYSTEM and not (trusted or superuser):
                raise AccessError(_(
                    "The %s of an interaction log entry is set by the system: leave it "
                    "out.") % self._fields[name].string)
            if rule.set_by == MANAGER and values - {self.env.uid} \
                    and not self._is_interaction_manager():
                raise AccessError(_(
                    "Only an Interactions manager can record interactions on behalf of "
                    "another user: leave the user empty to record them as yourself."))
            if rule.link:
                self._log_check_links(name, values, company_ids if rule.link == OF_COMPANY
                                      else None, check_read=not superuser
                                      and rule.set_by != SYSTEM,
                                      exist=links_exist and superuser)

    @api.multi
    def _check_caller_may_write(self, vals):
        """Refuse the changes the caller may not make (``_entry_field_rules``):
        fields the system computes keep their values; fields the system
        sets change only as superuser (the mail queue sets delivery
        statuses: no client reaches sudo, the context grants nothing); what
        an entry records never changes, whoever writes, the administrator
        included (a contact merge moves it itself:
        res.partner._interaction_log_merge_into). Writing the value an entry
        already has is allowed: XML data and imports rewrite whole records.
        New links are checked as when recording."""
        superuser = self.env.uid == SUPERUSER_ID
        rules = self._entry_field_rules()
        for name in sorted(vals):
            rule = rules.get(name, CALLER_RULE)
            if rule.set_by == COMPUTED or (rule.set_by == SYSTEM and not superuser):
                self._check_unchanged(name, vals[name], AccessError(_(
                    "The %s of an interaction log entry is set by the system: it cannot "
                    "be changed.") % self._fields[name].string))
            elif rule.fixed:
                self._check_unchanged(name, vals[name], UserError(_(
                    "The %s of an interaction log entry cannot be changed: cancel the "
                    "entry and record a new one.") % self._fields[name].string))
            if rule.link and vals[name] and not superuser:
                value = self._log_convert_value(self._fields[name], vals[name])
                for company in self.mapped("company_id"):
                    self._log_check_links(name, {value}, {company.id} if rule.link == OF_COMPANY
                                          else None, check_read=True)

    @api.multi
    def _check_logged_segment_not_canceled(self):
        """Refuse to restore entries whose logged segment is canceled (one query)."""
        if not self.ids:
            return
        self.env.cr.execute(
            """SELECT DISTINCT ls.description
                 FROM interaction_log_entry e
                 JOIN interaction_logged_segment ls ON ls.id = e.logged_segment_id
                WHERE e.id = ANY(%s) AND ls.canceled
                ORDER BY ls.description LIMIT 5""", [list(self.ids)])
        names = [row[0] for row in self.env.cr.fetchall()]
        if names:
            raise UserError(
                _("These entries belong to a canceled logged segment (%s): they cannot be "
                  "restored one by one. Restore the logged segment (Interactions > Logged "
                  "Segments) to restore all its entries.") % ", ".join(names))

    @api.multi
    def _check_unchanged(self, name, value, error):
        """Raise ``error`` unless every entry already has ``value`` in ``name``."""
        field = self._fields[name]
        new = field.convert_to_cache(value, self)
        for entry in self:
            if new != field.convert_to_cache(entry[name], entry, validate=False):
                raise error

    @api.model
    def _log_check_links(self, name, ids, company_ids, check_read, exist=False):
        """The records of ``ids`` that field ``name`` links must exist (known
        when ``exist``: the superuser just read them), be readable by the
        caller when ``check_read`` and, with ``company_ids``, belong to one
        of them when they have a company."""
        field = self._fields[name]
        if field.type == "reference":
            if exist:
                return None
            return self._log_check_documents(ids, superuser=not check_read)
        records = self.env[field.comodel_name].browse(ids)
        # sudo: whether the ids exist, before the caller's rights are checked
        existing = records.sudo() if exist else records.sudo().exists()
        if len(existing) != len(ids):
            raise UserError(_("The %(field)s with id %(id)s does not exist.") % {
                "field": field.string, "id": min(ids - set(existing.ids))})
        if check_read:
            if records._name == "ir.attachment":
                records.check("read")
            else:
                records.check_access_rights("read")
                records.check_access_rule("read")
        if company_ids is None or "company_id" not in records._fields:
            return
        if records._fields["company_id"].store:
            # one query, not the ORM's read (an attachment's read checks
            # its document again, whoever reads)
            self.env.cr.execute(
                'SELECT id FROM "%s" WHERE id IN %%s AND company_id IS NOT NULL '
                'AND company_id NOT IN %%s ORDER BY id LIMIT 1' % records._table,
                [tuple(ids), tuple(company_ids) or (0,)])
            other_company = existing.browse([row[0] for row in self.env.cr.fetchall()])
        else:
            other_company = existing.filtered(
                lambda record: record.company_id and record.company_id.id not in company_ids)
        # sudo: the companies of records the caller may read, or that the
        # system links; names shown only for those
        for record in other_company[:1]:
            raise ValidationError(_(
                "The %(field)s \"%(name)s\" belongs to %(company)s: an "
                "interaction can only link records of its own company.") % {
                    "field": field.string, "name": record.display_name,
                    "company": record.company_id.name})

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
            What a caller may give is decided by ``_entry_field_rules``: the
            system sets the entry number, the group (the template's) and the
            occurrence (counted when read); the fields the system sets
            (postponed, delivery status, document kind, email message,
            segment, logged segment, printed report) are refused (AccessError);
            only an Interactions manager may record for another ``user_id``;
            the records linked (source document, attachment, ...) must exist,
            be readable by the caller (AccessError otherwise) and, for links
            of a company, belong to the entry's company.

        The entries are inserted with a few multi-row SQL INSERTs per
        ``_log_chunk_size`` partners: logging 100,000 contacts stays close to
        raw SQL speed and never loads all the partners into the cache.
        """
        return self._log_interactions(partners, template, values)

    @api.model
    def _log_create(self, vals):
        """create(): the ``default_*`` keys of the context and the values,
        computed fields left out, through :meth:`_log_interactions` (the
        automated actions run in base_automation's own create())."""
        vals = dict(vals)
        for key, value in self.env.context.items():
            if key.startswith("default_") and key[8:] in self._fields:
                vals.setdefault(key[8:], value)
        partner = vals.pop("partner_id", False)
        template = vals.pop("template_id", False)
        if not partner:
            raise UserError(_("Choose the contact of the interaction."))
        rules = self._entry_field_rules()
        for name in list(vals):
            if rules.get(name, CALLER_RULE).set_by == COMPUTED:
                vals.pop(name)
        entries = self._log_interactions([partner], template, vals, run_automations=False)
        return entries.with_env(self.env)

    @api.model
    def _log_interactions(self, partners, template, values, trusted=False,
                          run_automations=True, partner_facts=None, links_exist=False,
                          savepoint=True):
        """:meth:`log_interactions` for server code. ``trusted``: the caller
        is server code that sets the fields only the system sets (Save for
        Later, the emails of Create Interaction and of a segment, the
        logging of a segment); never reachable over RPC, where only
        :meth:`log_interactions` is. ``run_automations``: False when
        base_automation's create() runs them (the ORM path).

        What the superuser recording a print or an email just read is not
        read again: ``partner_facts`` ({partner id: (commercial partner id,
        salesperson id, company id)}, from :meth:`_log_partner_facts`) and,
        with ``links_exist``, the existence of the records the values link
        (see :meth:`_log_check_caller_may_set`). ``savepoint``: False when
        the caller holds a savepoint of its own that undoes a failed logging
        (interaction_log.recording.recording_never_fails): logging is all or
        nothing, and the transaction goes on after an error, either way."""
        self.check_access_rights("create")
        template, defaults = self._log_check_template(template)
        partner_ids = self._log_partner_ids(partners)
        if not partner_ids:
            return self.browse()
        columns = self._log_prepare_columns(template, partner_ids, values, trusted,
                                            defaults=defaults, links_exist=links_exist)
        new_ids = []
        with self.env.cr.savepoint() if savepoint else contextlib.nullcontext():
            for start in range(0, len(partner_ids), self._log_chunk_size):
                stop = start + self._log_chunk_size
                chunk = {name: column[start:stop] if isinstance(column, list) else column
                         for name, column in columns.items()}
                new_ids += self._log_insert_chunk(partner_ids[start:stop], chunk,
                                                  partner_facts=partner_facts)
        entries = self.browse(new_ids)
        self._log_notify_created(entries, list(columns))
        if run_automations:
            self._log_run_automations(entries, ["on_create", "on_create_or_write"])
        return entries

    @api.model
    def _log_run_automations(self, entries, triggers):
        """Run the automated actions (base_automation) of ``triggers`` on
        ``entries``, as base_automation does around ``create`` and
        ``unlink``: the entries are inserted and deleted in SQL, which its
        patches of those methods never see. One query when there is none."""
        if "base.automation" not in self.env.registry or not entries \
                or not self._log_has_automations(tuple(triggers)):
            return
        actions = self.env["base.automation"]._get_actions(entries, triggers)
        records = entries.with_env(actions.env)
        for action in actions.with_context(old_values=None):
            action._process(action._filter_post(records))

    @api.model
    @tools.ormcache("triggers")
    def _log_has_automations(self, triggers):
        """Whether an automated action of ``triggers`` runs on new entries:
        asked by every recording, cached in each worker (Odoo's ormcache).
        base_automation reloads the registry, with new caches in every
        worker, whenever an action is added, removed, (de)activated or
        changes its model or trigger."""
        # sudo: whether actions exist, the same for every user
        return bool(self.env["base.automation"].sudo().search_count([
            ("model_name", "=", self._name), ("trigger", "in", list(triggers))]))

    @api.model
    def _log_check_template(self, template):
        """The template to log with, checked (one, existing, active and
        readable by the caller), and its entry defaults."""
        if not isinstance(template, models.BaseModel):
            template = self.env["interaction.template"].browse(template or [])
        if template._name != "interaction.template" or len(template) != 1:
            raise UserError(_("Choose one existing interaction template to log interactions."))
        facts = template._recording_facts(template.id, self.env.lang)
        if facts is None:
            raise UserError(_("Choose one existing interaction template to log interactions."))
        if self.env.uid != SUPERUSER_ID:
            template.check_access_rights("read")
            template.check_access_rule("read")
        active, defaults = facts
        if not active:
            raise UserError(_(
                "The interaction template %s is archived: restore it or choose "
                "another template.") % template.code)
        return template, dict(defaults)

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
    def _log_prepare_columns(self, template, partner_ids, values, trusted=False,
                             defaults=None, links_exist=False):
        """Validate ``values`` and return ``{column: value}`` where value is
        one SQL value for every entry or a list with one value per partner.
        ``defaults``: the template's entry defaults, when already known."""
        count = len(partner_ids)
        unknown = set(values) - self._log_settable_fields()
        if unknown:
            raise UserError(_("Interaction log entries have no field %s that can be "
                              "set when logging.") % ", ".join(sorted(unknown)))
        defaults = dict(defaults or template._entry_defaults(), date=fields.Datetime.now(),
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
            # the template's stored values and the system's: SQL values
            # already, empty ones (False) aside
            if default is False and self._fields[name].type != "boolean":
                default = None
            column = columns.get(name)
            if isinstance(column, list):
                columns[name] = [default if item is None else item for item in column]
            elif column is None:
                columns[name] = default
        self._log_validate_columns(template, columns, defaults["company_id"])
        self._log_check_caller_may_set(columns, trusted, links_exist=links_exist)
        if "document_ref" in columns and "document_name" not in columns:
            columns["document_name"] = self._log_document_names(
                columns["document_ref"], exist=links_exist and self.env.uid == SUPERUSER_ID)
        return columns

    @api.model
    @tools.ormcache()
    def _log_settable_fields(self):
        """Names of the columns a value may be given for when logging (the
        contact and the template are arguments of their own): the same
        until the registry reloads, cached."""
        rules = self._entry_field_rules()
        return frozenset(name for name, field in self._fields.items()
                         if field.store and field.column_type
                         and rules.get(name, CALLER_RULE).set_by != COMPUTED
                         and name not in ("partner_id", "template_id"))

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
    def _log_validate_columns(self, template, columns, company_id):
        def as_list(value):
            return value if isinstance(value, list) else [value]

        for name, column in columns.items():
            field = self._fields[name]
            if field.type == "selection":
                keys = field.get_values(self.env)
                wrong = set(as_list(column)) - set(keys) - {None}
                if wrong:
                    raise UserError(_(
                        "%(value)r is not a valid value for %(field)s: use one of "
                        "%(keys)s.") % {
                            "value": wrong.pop(), "field": field.string,
                            "keys": ", ".join(keys)})
            elif field.type == "reference":
                models_ = {ref.split(",")[0] for ref in as_list(column) if ref}
                unknown = [model for model in models_ if model not in self.env.registry]
                if unknown:
                    raise UserError(_("The source document must be a record: %s is not a "
                                      "model.") % unknown[0])
        self._check_cost_and_duration(as_list(columns["cost"]), as_list(columns["duration"]))
        if set(as_list(columns["company_id"])) != {company_id}:
            raise ValidationError(_(
                "The interaction template %(template)s belongs to %(company)s: log its "
                "interactions in that company.") % {
                    "template": template.code, "company": template.company_id.name})
        if not all(as_list(columns["description"])):
            raise ValidationError(_("Give each interaction a description."))

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
    def _log_document_names(self, document_refs, exist=False):
        """Display names of the source documents, read once per document
        (``exist``: the system just read them, they exist)."""
        refs = set(document_refs if isinstance(document_refs, list) else [document_refs])
        names = {}
        for ref in refs - {None}:
            model, res_id = ref.split(",")
            # sudo: the documents were checked readable by the caller (or
            # are the superuser's prints); their names only
            document = self.env[model].sudo().browse(int(res_id))
            # their names only, not the hundred fields of a contact
            document = document.with_context(prefetch_fields=False) if exist \
                else document.exists()
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
            SELECT partner.id, COALESCE(partner.commercial_partner_id, partner.id),
                   COALESCE(partner.user_id, commercial.user_id), partner.company_id
              FROM res_partner partner
              LEFT JOIN res_partner commercial ON commercial.id = partner.commercial_partner_id
             WHERE partner.id IN (SELECT res_partner.id FROM %s WHERE %s)
        """ % (from_clause, where_clause), params)
        facts = {row[0]: row[1:] for row in self.env.cr.fetchall()}
        return self._log_check_partners(partner_ids, company_id, facts)

    @api.model
    def _log_check_partners(self, partner_ids, company_id, partner_facts):
        """``{partner id: (commercial partner id, salesperson id)}`` from the
        facts read of the contacts (:meth:`_log_read_partners`,
        :meth:`_log_partner_facts`); refuse missing contacts and contacts of
        another company."""
        found = {}
        for partner_id in set(partner_ids):
            facts = partner_facts.get(partner_id)
            if facts is None:
                continue
            commercial_id, salesperson_id, partner_company_id = facts[:3]
            if partner_company_id and partner_company_id != company_id:
                raise ValidationError(_(
                    "The contact with id %d belongs to another company: log its "
                    "interactions with a template of its company.") % partner_id)
            found[partner_id] = (commercial_id, salesperson_id)
        missing = set(partner_ids) - set(found)
        if missing:
            raise UserError(_(
                "Some contacts do not exist or you may not read them (ids %s): "
                "remove them from the list.") % ", ".join(map(str, sorted(missing)[:20])))
        return found

    @api.model
    def _log_partner_facts(self, partner_ids):
        """{partner id: (commercial partner id, salesperson id, company id,
        active)} of the contacts ``partner_ids``, in one query, as superuser
        (no record rule): what recording a print or an email needs to know of
        its contacts, read once and given to :meth:`_log_interactions`."""
        assert self.env.uid == SUPERUSER_ID, "the facts of contacts are read by the system"
        if not partner_ids:
            return {}
        self.env.cr.execute("SELECT partner.id, %s FROM res_partner partner %s "
                            "WHERE partner.id IN %%s" % (PARTNER_FACTS_COLUMNS, PARTNER_FACTS_JOIN),
                            [tuple(set(partner_ids))])
        return {row[0]: row[1:] for row in self.env.cr.fetchall()}

    @api.model
    def _log_insert_chunk(self, partner_ids, columns, partner_facts=None):
        """Insert the entries of one chunk of partners with one INSERT and
        return their ids, in partner order."""
        cr = self.env.cr
        count = len(partner_ids)
        company_id = columns["company_id"]
        if isinstance(company_id, list):
            company_id = company_id[0]
        if partner_facts is None:
            partners = self._log_read_partners(partner_ids, company_id)
        else:
            assert self.env.uid == SUPERUSER_ID, "only the system reads contacts without rules"
            partners = self._log_check_partners(partner_ids, company_id, partner_facts)
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
