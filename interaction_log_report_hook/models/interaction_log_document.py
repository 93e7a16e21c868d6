# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from collections import OrderedDict

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.interaction_log.models.interaction_log_pipeline import (
    PARTNER_FACTS_COLUMNS, PARTNER_FACTS_JOIN)
from odoo.addons.interaction_log.orm import cache_values

_logger = logging.getLogger(__name__)


class InteractionLogDocument(models.AbstractModel):
    """A document (quotation, order, invoice, picking...) whose printing or
    emailing records an interaction with its partner.

    The contract (readme/DEVELOP.rst): a model inherits this mixin and
    returns its entry values from ``_interaction_log_values``. Printing any
    PDF report of the model then records it; recording goes through
    ``interaction.log.entry.log_interactions``, one call per template, so a
    batch of documents costs a constant number of queries.
    """
    _name = "interaction.log.document"
    _description = "Document Recorded in the Interaction Log"
    #: the field whose value gives the document's kind, and {value: kind}; a
    #: value not in the table records nothing
    _interaction_log_kind_field = None
    _interaction_log_kinds = {}

    interaction_count = fields.Integer(
        string="Interactions", compute="_compute_interaction_count",
        help="Interaction log entries recorded for this document (printed, "
             "emailed...), canceled ones excluded.")
    interaction_printed = fields.Boolean(
        string="Printed", compute="_compute_interaction_printed",
        search="_search_interaction_printed",
        help="A print of this document was recorded in the interaction log "
             "(canceled entries excluded).")

    @api.multi
    def _compute_interaction_count(self):
        counts = self.env["interaction.log.entry"]._count_by(
            "document_ref", self._interaction_log_refs(), [("canceled", "=", False)])
        for document in self:
            document.interaction_count = counts.get("%s,%s" % (document._name, document.id), 0)

    @api.multi
    def _compute_interaction_printed(self):
        printed = set(self.search([("id", "in", self.ids), ("interaction_printed", "=", True)]).ids)
        for document in self:
            document.interaction_printed = document.id in printed

    @api.model
    def _search_interaction_printed(self, operator, value):
        """Documents with (or without) a recorded print, as one sub-select
        on the entries' ``document_ref`` index: no id list in Python."""
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(_("Search the printed documents with = True or = False."))
        printed = (operator == "=") == value
        # the partial index of interaction_log_entry.py answers this
        query = ("SELECT split_part(document_ref, ',', 2)::integer FROM interaction_log_entry "
                 "WHERE document_ref LIKE %s AND report_id IS NOT NULL "
                 "AND canceled IS NOT TRUE")
        params = [self._name.replace("_", r"\_") + ",%"]
        return [("id", "inselect" if printed else "not inselect", (query, params))]

    @api.multi
    def _interaction_log_refs(self):
        return ["%s,%s" % (document._name, document.id) for document in self]

    @api.multi
    def action_open_interactions(self):
        """The Interactions smart button: the entries of this document."""
        self.ensure_one()
        return self.env["interaction.log.entry"]._action_view_entries(
            [("document_ref", "=", "%s,%s" % (self._name, self.id))],
            {"search_default_not_canceled": 1})

    @api.model
    def _interaction_log_fields(self):
        """The fields ``_interaction_log_values`` reads, read for a whole
        batch of documents in one query before it runs: a model that reads
        more fields adds them (a field left out costs one more query)."""
        return [name for name in (self._interaction_log_kind_field, "partner_id", "name",
                                  "company_id") if name]

    @api.multi
    def _interaction_log_values(self):
        """Entry values of this one document: ``document_type`` (the key of
        the template setup), ``partner_id`` (the contact), ``document_name``,
        ``company_id`` and optionally ``salesperson_id`` or any other field of
        the entry. An empty dict when this document records nothing (e.g. a
        canceled one). By default, the kind is the value of the document's
        ``_interaction_log_kind_field`` in ``_interaction_log_kinds``."""
        self.ensure_one()
        if not self._interaction_log_kind_field:
            return {}
        return self._interaction_log_document_values(
            self._interaction_log_kinds.get(self[self._interaction_log_kind_field]))

    @api.multi
    def _interaction_log_document_values(self, document_type, **values):
        """The entry values of a document of kind ``document_type`` with the
        usual fields: its ``partner_id``, ``name`` and ``company_id``, and
        ``values`` on top (they win). An empty dict when ``document_type``
        is empty: the document records nothing."""
        self.ensure_one()
        if not document_type:
            return {}
        return dict({
            "document_type": document_type,
            "partner_id": self.partner_id.id,
            "document_name": self.name,
            "company_id": self.company_id.id,
        }, **values)

    @api.multi
    def _interaction_log_read(self, partner_facts=None):
        """[(document, entry values)] of the documents of ``self`` that
        record something (a kind, a contact), read as superuser: the fields
        of ``_interaction_log_fields`` for the whole batch in one query,
        then ``_interaction_log_values``. ``partner_facts``: a dict that
        receives, from the same query, what recording needs of the contacts
        of the documents (interaction.log.entry._log_partner_facts)."""
        # sudo: the documents were just printed or emailed by the user (Odoo
        # checked that); only the fields their entries need
        documents = self.sudo().with_context(prefetch_fields=False)
        # a model without one of the usual fields (a contact...) leaves it out
        names = [name for name in self._interaction_log_fields() if name in self._fields]
        if not documents._interaction_log_read_columns(names, partner_facts):
            documents.read(names, load="_classic_write")
        pairs = [(document, document._interaction_log_values()) for document in documents]
        # a document without contact has nobody the interaction was with
        return [(document, values) for document, values in pairs
                if values and values.get("partner_id")]

    @api.multi
    def _interaction_log_read_columns(self, names, partner_facts=None):
        """Read the fields ``names`` of these documents into the cache with
        one SQL query when they are all plain columns (else return False:
        the ORM reads them), with the facts of their ``partner_id`` put in
        ``partner_facts``. Run as superuser: no record rule to apply."""
        fields_ = [self._fields[name] for name in names]
        if not all(field.store and field.column_type and not field.translate
                   and field.type != "binary" for field in fields_):
            return False
        if not self._ids:
            return True
        join = partner_facts is not None and "partner_id" in names \
            and self._fields["partner_id"].comodel_name == "res.partner"
        self.env.cr.execute(
            'SELECT document.id, %s FROM "%s" document %s WHERE document.id IN %%s' % (
                ", ".join(['document."%s"' % name for name in names]
                          + ([PARTNER_FACTS_COLUMNS] if join else [])),
                self._table,
                "LEFT JOIN res_partner partner ON partner.id = document.partner_id "
                + PARTNER_FACTS_JOIN if join else ""), [tuple(self._ids)])
        count = len(names)
        for row in self.env.cr.fetchall():
            values = dict(zip(names, row[1:count + 1]))
            cache_values(self.browse(row[0]), values)
            if join and values["partner_id"]:
                partner_facts[values["partner_id"]] = row[count + 1:]
        return True

    @api.multi
    def _interaction_log_record(self, correspondence_type, user=None, attachments=None,
                                report=None, extra_values=None, documents=None,
                                partner_facts=None, sent_copies=None):
        """Record one entry per document of ``self`` that has a template set
        up (and automatic recording on) for its company and kind. Run inside
        interaction_log.recording.recording_never_fails (a print, an email),
        whose savepoint undoes a failed recording.

        :param correspondence_type: 'hard_copy' for a print, 'email' for an
            email: an email uses the 'email' kind's template when one is set
            up, else the document's own kind.
        :param user: res.users (or id) recorded as the entry's user (who
            printed); default: the current user.
        :param attachments: {document id: ir.attachment} to link, or a
            function that returns them for the documents read for recording
        :param report: ir.actions.report (or id) that was printed.
        :param extra_values: more values of every entry (the email's
            mail_message_id and delivery_status...).
        :param documents: what ``_interaction_log_read`` returned, when the
            caller read it already.
        :param partner_facts: what interaction.log.entry._log_partner_facts
            read of the documents' contacts (and others), when read already.
        :param sent_copies: function(recorded, attachments) returning
            {document id: ir.attachment id} of the copies of what was sent
            that the entries link (What Was Sent); ``recorded``: the
            [(document, entry values)] that get an entry, ``attachments``
            as above.
        :return: the new interaction.log.entry records.
        """
        # sudo: the documents were just printed or emailed by the user (Odoo
        # checked that): recorded on their behalf, whatever their
        # Interactions rights, with values from these documents only
        Entry = self.env["interaction.log.entry"].sudo()
        user_id = user.id if isinstance(user, models.BaseModel) else (user or self.env.uid)
        report_id = report.id if isinstance(report, models.BaseModel) else (report or False)
        partner_facts = dict(partner_facts or {})
        if documents is None:
            documents = self._interaction_log_read(partner_facts)
        if callable(attachments):
            # sudo: see _interaction_log_read, whose reads these records share
            attachments = attachments(self.sudo().with_context(prefetch_fields=False))
        attachments = attachments or {}
        if not documents:
            return Entry
        missing = {values["partner_id"] for _document, values in documents} - set(partner_facts)
        if missing:
            partner_facts.update(Entry._log_partner_facts(list(missing)))
        documents = self._interaction_log_valid_partners(documents, partner_facts)
        # sudo (Entry's environment): the template setup, which users without
        # Interactions rights cannot read (cached: no query)
        Setup = Entry.env["interaction.template.setup"]
        Template = Entry.env["interaction.template"]
        by_template = OrderedDict()
        for document, values in documents:
            template_id = None
            if correspondence_type == "email":
                template_id = Setup._template_id_for(values["company_id"], "email")
            if template_id is None:
                template_id = Setup._template_id_for(values["company_id"], values["document_type"])
            if template_id:
                by_template.setdefault(template_id, []).append((document, values))
        copies = sent_copies([pair for group in by_template.values() for pair in group],
                             attachments) if sent_copies and by_template else {}
        entries = Entry
        for template_id, group in by_template.items():
            description = dict(Template._recording_facts(template_id, self.env.lang)[1])[
                "description"]
            names = sorted({name for _document, values in group for name in values}
                           - {"partner_id"})
            per_document = {name: [values.get(name, False) for _document, values in group]
                            for name in names}
            entries |= Entry._log_interactions(
                [values["partner_id"] for _document, values in group],
                Template.browse(template_id),
                dict(
                    per_document,
                    user_id=user_id,
                    correspondence_type=correspondence_type,
                    report_id=report_id if correspondence_type == "hard_copy" else False,
                    description=["%s %s" % (description, values["document_name"])
                                 for _document, values in group],
                    document_ref=["%s,%d" % (document._name, document.id)
                                  for document, _values in group],
                    attachment_id=[attachments[document.id].id if document.id in attachments
                                   else False for document, _values in group],
                    **({"sent_copy_id": [copies.get(document.id, False)
                                         for document, _values in group]} if copies else {}),
                    **(extra_values or {})),
                # what was just read of the documents and their contacts
                partner_facts=partner_facts, links_exist=True, savepoint=False)
        return entries

    @api.model
    def _interaction_log_valid_partners(self, documents, partner_facts):
        """Leave out, with a warning, the documents whose contact is archived
        or belongs to another company than the document: recording them
        would put an interaction where nobody looks for it.
        ``partner_facts``: interaction.log.entry._log_partner_facts."""
        valid = []
        for document, values in documents:
            _commercial, _salesperson, company_id, active = partner_facts[values["partner_id"]]
            if not active:
                problem = "its contact (id %d) is archived" % values["partner_id"]
            elif company_id and company_id != values["company_id"]:
                problem = "its contact (id %d) belongs to another company" % values["partner_id"]
            else:
                valid.append((document, values))
                continue
            _logger.warning("No interaction recorded for %s %s: %s.",
                            document._name, document.id, problem)
        return valid
