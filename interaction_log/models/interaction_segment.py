# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime
import time
from types import SimpleNamespace

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.safe_eval import safe_eval

from ..trust import readable_name

# how many offending contacts an error message names
NAMES_IN_ERRORS = 5
#: what a logged segment's entries were made from: frozen once logged
FROZEN_WHEN_LOGGED = ("contact_source", "partner_ids", "domain", "template_id", "company_id",
                      "logged", "date", "description", "salesperson_id",
                      "criteria_line_ids", "excluded_partner_ids")
#: how a criteria step combines its contacts with those of the steps before
#: it (Business Central's Add, Reduce and Refine Contacts): a condition on
#: "res_partner"."id", from the steps before and the step's own query
STEP_SQL = {
    "add": '({before} OR "res_partner"."id" IN ({step}))',
    "reduce": '({before} AND "res_partner"."id" NOT IN ({step}))',
    "refine": '({before} AND "res_partner"."id" IN ({step}))',
}


class InteractionSegment(models.Model):
    """A list of contacts, fixed or given by a filter, to record one
    interaction each in a single "Log Segment" (Business Central's segments).

    Logging goes through ``interaction.log.entry.log_interactions`` like every
    other entry and leaves an ``interaction.logged.segment`` that can be
    canceled as a whole.
    """
    _name = "interaction.segment"
    _description = "Segment"
    _order = "id desc"
    #: contacts handed to log_interactions per call: memory stays flat
    _log_batch_size = 10000

    name = fields.Char(required=True, help="Name of the segment, e.g. 'Spring mailing 2026'.")
    description = fields.Char(
        string="Entry Description",
        help="Description of the interaction entries created when the segment is logged. "
             "Empty: the description of the interaction template.")
    template_id = fields.Many2one(
        "interaction.template", string="Interaction Template", ondelete="restrict",
        domain="[('company_id', '=', company_id)]",
        help="Kind of interaction recorded for every contact of the segment: it gives the "
             "entries their group, cost, duration, direction and correspondence type. "
             "Required to log the segment.")
    salesperson_id = fields.Many2one(
        "res.users", string="Salesperson",
        help="Salesperson stamped on every entry of the segment. Empty: the salesperson "
             "of each contact.")
    campaign_id = fields.Many2one(
        "utm.campaign", string="Campaign", ondelete="set null",
        help="Campaign stamped on every entry of the segment. Empty: the campaign of "
             "the interaction template.")
    date = fields.Datetime(
        help="Date of the interactions recorded for the segment. Empty: the moment the "
             "segment is logged.")
    contact_source = fields.Selection(
        [("list", "Fixed list"), ("filter", "Filter"), ("steps", "Criteria steps")],
        string="Contacts", required=True, default="list",
        help="Fixed list: the contacts added to the segment by hand or with the "
             "'Add to Segment' action of the contact list.\n"
             "Filter: the contacts matching a filter, evaluated when the segment is logged.\n"
             "Criteria steps: the result of filters applied in order (Add Contacts, Reduce "
             "Contacts, Refine Contacts), evaluated when the segment is logged.")
    partner_ids = fields.Many2many(
        "res.partner", "interaction_segment_res_partner_rel", "segment_id", "partner_id",
        string="Contact List",
        help="Contacts of a segment with a fixed list. Archived contacts are skipped "
             "when the segment is logged; contacts of another company are refused.")
    domain = fields.Char(
        string="Contact Filter", default="[]",
        help="Filter on contacts, evaluated when the segment is logged. Archived contacts "
             "are skipped unless the filter asks for them explicitly; contacts of another "
             "company are refused.")
    criteria_line_ids = fields.One2many(
        "interaction.segment.criteria.line", "segment_id", string="Criteria Steps",
        copy=True,
        help="Steps applied in order: Add Contacts adds the contacts matching its filter, "
             "Reduce Contacts removes them, Refine Contacts keeps only them.")
    criteria_step_count = fields.Integer(
        string="Number of Steps", compute="_compute_criteria_step_count")
    excluded_partner_ids = fields.Many2many(
        "res.partner", "interaction_segment_excluded_partner_rel", "segment_id", "partner_id",
        string="Excluded Contacts",
        help="Contacts never logged by this segment, whatever its list, filter or criteria "
             "steps add.")
    contact_count = fields.Integer(
        string="Number of Contacts", compute="_compute_contact_count",
        help="Contacts the segment would log now (archived contacts not counted).")
    excluded_count = fields.Integer(
        string="Excluded by Hand", compute="_compute_left_out_counts",
        help="Contacts the list, filter or steps give that are excluded from the segment.")
    archived_count = fields.Integer(
        string="Archived", compute="_compute_left_out_counts",
        help="Archived contacts the list, filter or steps give: they are skipped.")
    opt_out_count = fields.Integer(
        string="Opted Out of Mass Mailings", compute="_compute_left_out_counts",
        help="Contacts of the segment who opted out of mass mailings: Send and Log delivers "
             "them nothing and records no entry for them; Log Segment, which sends nothing, "
             "logs them.")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True,
        default=lambda self: self.env["res.company"]._company_default_get("interaction.segment"))
    mail_template_id = fields.Many2one(
        related="template_id.mail_template_id", readonly=True,
        string="Email Template", help="Email of the template, sent by Send and Log.")
    logged = fields.Boolean(
        readonly=True, copy=False,
        help="The segment has been logged. Duplicate it to log it again.")
    logged_segment_ids = fields.One2many(
        "interaction.logged.segment", "segment_id", string="Logged Segments",
        readonly=True, copy=False)
    logged_segment_count = fields.Integer(compute="_compute_logged_segment_count")
    entry_count = fields.Integer(
        string="Number of Entries", compute="_compute_entry_count",
        help="Interaction log entries recorded for this segment (canceled ones included).")

    @api.constrains("domain")
    def _check_domain(self):
        # sudo: the segment's own filter and name, read whatever its company
        # (a segment of another company is refused by the record rules, not
        # here); the filter is evaluated for the user, never under sudo
        for segment in self.sudo():
            self._parse_partner_domain(segment.domain, segment.name)

    @api.constrains("template_id", "company_id")
    def _check_template_company(self):
        # sudo: see interaction.template._check_group_company
        for segment in self.sudo():
            if segment.template_id and segment.template_id.company_id != segment.company_id:
                raise ValidationError(
                    _("The interaction template %(template)s belongs to %(template_company)s, "
                      "but the segment \"%(segment)s\" belongs to %(company)s: choose a "
                      "template of the segment's company.") % {
                        "template": readable_name(segment.template_id, self.env, "code"),
                        "template_company": readable_name(
                            segment.template_id.company_id, self.env, "name"),
                        "segment": segment.name,
                        "company": readable_name(segment.company_id, self.env, "name"),
                    })

    @api.constrains("contact_source", "partner_ids", "company_id")
    def _check_partner_company(self):
        # sudo: every contact of the list counts, those the user may not
        # read included; only those they may read are named
        for segment in self.sudo().filtered(lambda s: s.contact_source == "list"):
            names = segment._foreign_partner_names(self.env)
            if names:
                raise ValidationError(
                    _("The segment \"%(segment)s\" belongs to %(company)s, but these contacts "
                      "belong to another company: %(contacts)s. Remove them from the segment.")
                    % {"segment": segment.name,
                       "company": readable_name(segment.company_id, self.env, "name"),
                       "contacts": ", ".join(names)})

    @api.depends("contact_source", "partner_ids", "domain", "excluded_partner_ids",
                 "criteria_line_ids.sequence", "criteria_line_ids.action",
                 "criteria_line_ids.domain")
    def _compute_contact_count(self):
        for segment in self:
            segment.contact_count = segment._count_query(segment._partner_query()) \
                if segment._is_valid_source() else 0

    @api.depends("contact_source", "partner_ids", "domain", "excluded_partner_ids",
                 "criteria_line_ids.sequence", "criteria_line_ids.action",
                 "criteria_line_ids.domain")
    def _compute_left_out_counts(self):
        """How many contacts the segment leaves out, and why (its form):
        the active contacts of its list, filter or steps excluded by hand,
        the archived ones it skips, and those of its contacts who opted out
        of mass mailings (skipped by Send and Log, logged by Log Segment)."""
        for segment in self:
            if not segment._is_valid_source():
                segment.update({"excluded_count": 0, "archived_count": 0, "opt_out_count": 0})
                continue
            excluded, excluded_params = segment._excluded_sql()
            source = segment._source_query(active_test=True)
            source.where_clause.append(excluded)
            source.where_clause_params.extend(excluded_params)
            archived = segment._source_query(active_test=False)
            archived.where_clause.append('"res_partner".active IS NOT TRUE')
            opt_out = segment._partner_query()
            opt_out.where_clause.append('"res_partner".opt_out')
            segment.update({name: segment._count_query(query) for name, query in (
                ("excluded_count", source), ("archived_count", archived),
                ("opt_out_count", opt_out))})

    def _count_query(self, query):
        """The number of rows of ``query``."""
        from_clause, where_clause, params = query.get_sql()
        self.env.cr.execute("SELECT count(*) FROM %s WHERE %s" % (
            from_clause, where_clause or "TRUE"), params)
        return self.env.cr.fetchone()[0]

    @api.depends("criteria_line_ids")
    def _compute_criteria_step_count(self):
        for segment in self:
            segment.criteria_step_count = len(segment.criteria_line_ids)

    @api.depends("logged_segment_ids")
    def _compute_logged_segment_count(self):
        for segment in self:
            segment.logged_segment_count = len(segment.logged_segment_ids)

    def _compute_entry_count(self):
        counts = self.env["interaction.log.entry"]._count_by("segment_id", self.ids)
        for segment in self:
            segment.entry_count = counts.get(segment.id, 0)

    @api.onchange("contact_source")
    def _onchange_contact_source(self):
        if self.contact_source == "filter" and not self.domain:
            self.domain = "[]"

    @api.multi
    def copy(self, default=None):
        default = dict(default or {})
        default.setdefault("name", _("%s (copy)") % self.name)
        return super(InteractionSegment, self).copy(default)

    @api.multi
    def write(self, vals):
        frozen = [name for name in FROZEN_WHEN_LOGGED if name in vals]
        if frozen:
            logged = self.filtered("logged")
            if logged:
                raise UserError(
                    _("The segment \"%(segment)s\" has been logged: its %(field)s can no "
                      "longer be changed, so that it keeps telling how its entries were "
                      "made. Duplicate the segment (Action > Duplicate) to change it and "
                      "log it again.") % {
                        "segment": logged[0].name,
                        "field": self._fields[frozen[0]].string})
        return super(InteractionSegment, self).write(vals)

    @api.multi
    def unlink(self):
        self.check_access_rights("unlink")
        logged = self.filtered("logged_segment_ids")
        if logged:
            raise UserError(
                _("The segment \"%s\" has been logged: its logged segments and entries refer "
                  "to it, so it cannot be deleted. To undo the logging, cancel its logged "
                  "segment instead.") % logged[0].name)
        return super(InteractionSegment, self).unlink()

    @api.multi
    @api.returns("interaction.logged.segment")
    def action_log(self):
        """Log each segment: one interaction entry per contact, all stamped with
        the segment and a new logged segment, which is returned.

        Everything is checked before anything is written, and the writing runs
        in a savepoint: an error leaves no logged segment and no entry behind.
        """
        logged_segments = self.env["interaction.logged.segment"]
        for segment in self:
            logged_segments |= segment._log()
        return logged_segments

    @api.multi
    @api.returns("interaction.logged.segment")
    def action_send_and_log(self):
        """Deliver the template's content to each contact in their
        correspondence type, then log the segment (Business Central's Log
        Segment with Send): emails go through the mail queue (each entry
        links its email and follows its delivery), the letters of the
        contacts who get a hard copy come in one document to print, kept on
        the logged segment and linked by their entries. Contacts who opted
        out are skipped (Business Central's Exclude from Segment), and so
        are contacts to email without address when the template has no
        letter; the logged segment says how many were emailed, printed and
        skipped."""
        logged_segments = self.env["interaction.logged.segment"]
        for segment in self:
            segment._check_deliverable()
            logged_segments |= segment._log(send=True)
        return logged_segments

    @api.multi
    def action_view_entries(self):
        self.ensure_one()
        return self.env["interaction.log.entry"]._action_view_entries_of(self, "segment_id")

    @api.multi
    def action_add_contacts(self):
        """Add Contacts: a step adding the contacts that match a filter."""
        return self._open_criteria_wizard("add")

    @api.multi
    def action_reduce_contacts(self):
        """Reduce Contacts: a step removing the contacts that match a filter."""
        return self._open_criteria_wizard("reduce")

    @api.multi
    def action_refine_contacts(self):
        """Refine Contacts: a step keeping only the contacts that match a filter."""
        return self._open_criteria_wizard("refine")

    @api.multi
    def action_save_criteria(self):
        """Save Criteria: keep a copy of the steps under a name."""
        self.ensure_one()
        if not self.criteria_line_ids:
            raise UserError(_("The segment \"%s\" has no criteria steps to save: add "
                              "contacts with Add Contacts first.") % self.name)
        return self._open_criteria_wizard("save")

    @api.multi
    def action_reuse_criteria(self):
        """Reuse Criteria: replace the steps with saved ones."""
        return self._open_criteria_wizard("reuse")

    @api.multi
    def action_go_back(self):
        """Go Back: remove the last criteria step."""
        for segment in self:
            if not segment.criteria_line_ids:
                raise UserError(_("The segment \"%s\" has no criteria step to remove.")
                                % segment.name)
            segment.write({"criteria_line_ids": [(2, segment.criteria_line_ids[-1].id)]})
        return True

    def _open_criteria_wizard(self, mode):
        """The criteria wizard of the segment, for a step (``mode``: add,
        reduce, refine) or to save or reuse criteria; only on a segment the
        user may change that has not been logged."""
        self.ensure_one()
        self.check_access_rights("write")
        self.check_access_rule("write")
        if mode != "save":
            self._check_steps_editable()
        wizard = self.env["interaction.segment.criteria.wizard"]
        return {
            "type": "ir.actions.act_window",
            "res_model": wizard._name,
            "view_mode": "form",
            "target": "new",
            "name": {"add": _("Add Contacts"), "reduce": _("Reduce Contacts"),
                     "refine": _("Refine Contacts"), "save": _("Save Criteria"),
                     "reuse": _("Reuse Criteria")}[mode],
            "context": {"default_segment_id": self.id, "default_mode": mode},
        }

    def _check_steps_editable(self):
        """Refuse to change the steps of a logged segment or of a segment
        whose contacts do not come from criteria steps."""
        if self.logged:
            raise UserError(
                _("The segment \"%s\" has been logged: its criteria steps can no longer be "
                  "changed. Duplicate the segment (Action > Duplicate) to change them.")
                % self.name)
        if self.contact_source != "steps":
            raise UserError(
                _("The segment \"%s\" does not take its contacts from criteria steps: set its "
                  "Contacts to Criteria steps first.") % self.name)

    def _add_criteria_step(self, action, domain):
        """Add a last step to the segment's criteria (the criteria wizard)."""
        self.ensure_one()
        self._check_steps_editable()
        last = self.criteria_line_ids[-1:]
        self.write({"criteria_line_ids": [(0, 0, {
            "sequence": last.sequence + 1 if last else 1, "action": action,
            "domain": domain or "[]"})]})

    def _save_criteria(self, name):
        """A saved copy of the segment's steps, named ``name``."""
        self.ensure_one()
        self.check_access_rights("read")
        self.check_access_rule("read")
        return self.env["interaction.segment.criteria"].create({
            "name": name,
            "company_id": self.company_id.id,
            "line_ids": [(0, 0, line._step_values()) for line in self.criteria_line_ids],
        })

    def _reuse_criteria(self, criteria):
        """Replace the segment's steps with copies of the saved ``criteria``."""
        self.ensure_one()
        self._check_steps_editable()
        criteria.check_access_rights("read")
        criteria.check_access_rule("read")
        self.write({"criteria_line_ids": [(2, line.id) for line in self.criteria_line_ids] + [
            (0, 0, line._step_values()) for line in criteria.line_ids]})

    @api.multi
    def action_view_logged_segments(self):
        self.ensure_one()
        action = self.env.ref("interaction_log.action_interaction_logged_segment").read()[0]
        action["domain"] = [("segment_id", "=", self.id)]
        if self.logged_segment_count == 1:
            action["views"] = [(False, "form")]
            action["res_id"] = self.logged_segment_ids.id
        return action

    def _lock_for_logging(self):
        """Check that the user may log this segment now, and lock it:
        concurrent loggings of the same segment are serialized (the second
        one waits, then fails to serialize, is retried by Odoo and sees
        `logged`)."""
        self.ensure_one()
        self.check_access_rights("write")
        self.check_access_rule("write")
        self.env.cr.execute("SELECT id FROM interaction_segment WHERE id = %s FOR UPDATE",
                            [self.id])
        self.invalidate_cache(["logged"], self.ids)
        self._check_loggable()

    def _log(self, send=False):
        self._lock_for_logging()
        # one reading of the clock: the logging's date, and the entries' one
        # for every batch unless the segment gives its own
        now = fields.Datetime.now()
        values = {
            "segment_id": self.id,
            "company_id": self.company_id.id,
            "date": self.date or now,
        }
        if self.description:
            values["description"] = self.description
        if self.salesperson_id:
            values["salesperson_id"] = self.salesperson_id.id
        if self.campaign_id:
            values["campaign_id"] = self.campaign_id.id
        Entry = self.env["interaction.log.entry"]
        if send:
            self._prepare_letters()  # may commit: before the savepoint
        try:
            with self.env.cr.savepoint():
                logged_segment = self._create_logged_segment(now)
                for partner_ids in self._iter_partner_ids(self._log_batch_size):
                    if send:
                        partner_ids, email_values = self._send_emails(
                            partner_ids, logged_segment)
                        if not partner_ids:
                            continue
                        values.update(email_values)
                    # trusted: the segment, its logging and the emails are
                    # set here by the system, never taken from the caller
                    Entry._log_interactions(
                        partner_ids, self.template_id,
                        dict(values, logged_segment_id=logged_segment.id), trusted=True)
                self.write({"logged": True})
        except Exception:
            self.env.clear()
            raise
        return logged_segment

    def _create_logged_segment(self, now, **values):
        """The logged segment of a logging of the segment at ``now``, read
        as the user; ``values``: more fields (bridges)."""
        # sudo: only a logging makes a logged segment (users may not
        # create one); this segment was checked writable by the user
        # and locked, the values are its own and the user's
        return self.env["interaction.logged.segment"].sudo().create(dict({
            "date": now,
            "segment_id": self.id,
            "description": self.description or self.name,
            "template_id": self.template_id.id,
            "company_id": self.company_id.id,
            "user_id": self.env.uid,
        }, **values)).sudo(self.env.uid)

    def _send_emails(self, partner_ids, logged_segment=None):
        """Deliver the template's content to the contacts of ``partner_ids``
        (``_deliver``, for ``logged_segment``: the segment's latest when not
        given, as in its background jobs); return the ids of the contacts
        delivered and the entry values of each (lists)."""
        if logged_segment is None:
            self._prepare_letters()  # may commit: before anything is written
            logged_segment = self.logged_segment_ids.sorted("id", reverse=True)[:1]
        return self._deliver(partner_ids, logged_segment)

    def _check_loggable(self):
        """Refuse, before anything is written, a segment that cannot be logged now."""
        if self.logged:
            raise UserError(
                _("The segment \"%s\" has already been logged. To log it again, duplicate it "
                  "(Action > Duplicate) and log the copy.") % self.name)
        if not self.template_id:
            raise UserError(
                _("Set an interaction template on the segment \"%s\" before logging it.")
                % self.name)
        names = self._foreign_partner_names(self.env)
        if names:
            raise UserError(
                _("The segment \"%(segment)s\" belongs to %(company)s, but these contacts "
                  "belong to another company: %(contacts)s. Remove them from the segment or "
                  "change its filter.")
                % {"segment": self.name, "company": self.company_id.name,
                   "contacts": ", ".join(names)})
        if not next(self._iter_partner_ids(1), None):
            if self.contact_source == "filter":
                raise UserError(
                    _("The filter of the segment \"%s\" matches no active contact: change the "
                      "filter before logging the segment.") % self.name)
            if self.contact_source == "steps":
                raise UserError(
                    _("The criteria steps of the segment \"%s\" give no active contact that "
                      "is not excluded: add or change steps (Add Contacts, Go Back) before "
                      "logging the segment.") % self.name)
            raise UserError(
                _("The segment \"%s\" has no active contact: add contacts to its list "
                  "(archived contacts are skipped) before logging it.") % self.name)

    def _iter_partner_ids(self, batch_size):
        """Yield the ids of the segment's contacts in increasing order, in lists
        of at most ``batch_size``, read with SQL (keyset pagination): contacts are
        never loaded into the cache and memory does not grow with the segment."""
        from_clause, where_clause, params = self._partner_query().get_sql()
        query = ('SELECT "res_partner".id FROM %s WHERE %s AND "res_partner".id > %%s '
                 'ORDER BY "res_partner".id LIMIT %d'
                 % (from_clause, where_clause or "TRUE", batch_size))
        last_id = 0
        while True:
            self.env.cr.execute(query, params + [last_id])
            partner_ids = [row[0] for row in self.env.cr.fetchall()]
            if not partner_ids:
                return
            yield partner_ids
            if len(partner_ids) < batch_size:
                return
            last_id = partner_ids[-1]

    def _domain_eval_context(self):
        """What a contact filter may use: plain values only (the user's id,
        the ids of their companies, today's date) and date and time helpers
        that reach no record, no environment and nothing that waits or
        writes. A filter is data: whatever it says, it runs no code with
        records in reach."""
        today = fields.Date.from_string(fields.Date.context_today(self))
        user = self.env.user
        return {
            "uid": self.env.uid,
            "company_id": user.company_id.id,
            "company_ids": user.company_ids.ids,
            "context_today": lambda: today,
            "relativedelta": relativedelta,
            "time": SimpleNamespace(strftime=time.strftime),
            "datetime": SimpleNamespace(
                date=datetime.date, datetime=datetime.datetime, time=datetime.time,
                timedelta=datetime.timedelta),
        }

    def _get_partner_domain(self):
        """The filter of the segment as a domain on res.partner."""
        self.ensure_one()
        return self._parse_partner_domain(self.domain, self.name)

    @api.model
    def _parse_partner_domain(self, text, name):
        """The filter ``text`` of the segment ``name`` as a domain on
        res.partner, evaluated as data for the user; ValidationError when it
        cannot be read or refers to fields contacts do not have."""
        try:
            domain = safe_eval(text or "[]", self._domain_eval_context())
            if not isinstance(domain, (list, tuple)):
                raise ValueError(_("a filter is a list of conditions"))
            domain = list(domain)
            self.env["res.partner"]._where_calc(domain)
        except Exception as exc:
            raise ValidationError(
                _("The filter of the segment \"%(segment)s\" is not a valid contact filter "
                  "(%(error)s). Edit it with the filter editor.")
                % {"segment": name, "error": exc})
        return domain

    def _is_valid_source(self):
        """Whether the filter of the segment, or of each of its criteria
        steps, can be read (a form being edited may hold an invalid one)."""
        domains = {"filter": [self.domain],
                   "steps": self.criteria_line_ids.mapped("domain")}.get(self.contact_source, [])
        try:
            for text in domains:
                self._parse_partner_domain(text, self.name)
        except ValidationError:
            return False
        return True

    def _partner_query(self):
        """Query (odoo.osv.query.Query) selecting the contacts the segment logs:
        active ones (unless its filter says otherwise) readable by the user,
        except the contacts excluded from the segment."""
        query = self._source_query()
        excluded, params = self._excluded_sql()
        query.where_clause.append("NOT %s" % excluded)
        query.where_clause_params.extend(params)
        return query

    def _source_query(self, active_test=True):
        """Query selecting the contacts of the segment's list, filter or
        criteria steps readable by the user, exclusions left aside; archived
        ones only when ``active_test`` is false (or its filter asks for them)."""
        self.ensure_one()
        partners = self.env["res.partner"].with_context(active_test=active_test)
        domain = self._get_partner_domain() if self.contact_source == "filter" else []
        query = partners._where_calc(domain)
        partners._apply_ir_rules(query, "read")
        if self.contact_source == "list":
            sql, params = self._relation_sql("interaction_segment_res_partner_rel", "partner_ids")
        elif self.contact_source == "steps":
            sql, params = self._steps_sql(partners)
        else:
            return query
        query.where_clause.append(sql)
        query.where_clause_params.extend(params)
        return query

    def _relation_sql(self, table, field):
        """(condition, params): "res_partner" is one of the contacts of the
        many2many ``field`` (stored in ``table``): read in SQL for a saved
        segment, from the form's values for one being edited."""
        if isinstance(self.id, int):
            return ('"res_partner"."id" IN (SELECT partner_id FROM %s WHERE segment_id = %%s)'
                    % table, [self.id])
        return '"res_partner"."id" IN %s', [tuple(self[field].ids) or (0,)]

    def _excluded_sql(self):
        """(condition, params): "res_partner" is excluded from the segment."""
        return self._relation_sql("interaction_segment_excluded_partner_rel",
                                  "excluded_partner_ids")

    def _steps_sql(self, partners):
        """(condition, params): "res_partner" is in the result of the
        segment's criteria steps, applied in order; each step's filter is
        evaluated as data for the user (the query around applies the record
        rules once: a step cannot reach contacts the user may not read)."""
        sql, params = "FALSE", []
        for line in self.criteria_line_ids:
            domain = self._parse_partner_domain(line.domain, self.name)
            from_clause, where_clause, step_params = partners._where_calc(domain).get_sql()
            sql = STEP_SQL[line.action].format(
                before=sql, step='SELECT "res_partner".id FROM %s WHERE %s' % (
                    from_clause, where_clause or "TRUE"))
            params += step_params
        return sql, params

    def _foreign_partner_names(self, reader):
        """Names of (a few) contacts of the segment that belong to another
        company: their ids only where the user of ``reader`` (an environment)
        may not read them."""
        query = self._partner_query()
        query.where_clause.append(
            '"res_partner"."company_id" IS NOT NULL AND "res_partner"."company_id" != %s')
        query.where_clause_params.append(self.company_id.id)
        from_clause, where_clause, params = query.get_sql()
        self.env.cr.execute(
            'SELECT "res_partner".id FROM %s WHERE %s ORDER BY "res_partner".id LIMIT %d'
            % (from_clause, where_clause, NAMES_IN_ERRORS + 1), params)
        ids = [row[0] for row in self.env.cr.fetchall()]
        names = [readable_name(partner, reader)
                 for partner in self.env["res.partner"].browse(ids[:NAMES_IN_ERRORS])]
        if len(ids) > NAMES_IN_ERRORS:
            names.append("...")
        return names
