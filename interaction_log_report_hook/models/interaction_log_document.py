# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from collections import OrderedDict

from odoo import _, api, fields, models
from odoo.exceptions import UserError

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
    def _interaction_log_record(self, correspondence_type, user=None, attachments=None,
                                report=None, extra_values=None):
        """Record one entry per document of ``self`` that has a template set
        up (and automatic recording on) for its company and kind.

        :param correspondence_type: 'hard_copy' for a print, 'email' for an
            email: an email uses the 'email' kind's template when one is set
            up, else the document's own kind.
        :param user: res.users (or id) recorded as the entry's user (who
            printed); default: the current user.
        :param attachments: {document id: ir.attachment} to link.
        :param report: ir.actions.report (or id) that was printed.
        :param extra_values: more values of every entry (the email's
            mail_message_id and delivery_status...).
        :return: the new interaction.log.entry records.
        """
        # sudo: the documents were just printed or emailed by the user (Odoo
        # checked that): recorded on their behalf, whatever their
        # Interactions rights, with values from these documents only
        Entry = self.env["interaction.log.entry"].sudo()
        user_id = user.id if isinstance(user, models.BaseModel) else (user or self.env.uid)
        report_id = report.id if isinstance(report, models.BaseModel) else (report or False)
        attachments = attachments or {}
        # sudo: see Entry above
        documents = [(document, document._interaction_log_values()) for document in self.sudo()]
        # a document without contact has nobody the interaction was with
        documents = self._interaction_log_valid_partners(
            [(document, values) for document, values in documents
             if values and values.get("partner_id")])
        if not documents:
            return Entry
        kinds = {values["document_type"] for _document, values in documents}
        if correspondence_type == "email":
            kinds.add("email")
        # sudo: the template setup, which users without Interactions rights
        # cannot read
        setups = self.env["interaction.template.setup"].sudo()._get_setups(
            [values["company_id"] for _document, values in documents], kinds)
        by_template = OrderedDict()
        for document, values in documents:
            setup = setups.get((values["company_id"], values["document_type"]))
            if correspondence_type == "email":
                setup = setups.get((values["company_id"], "email"), setup)
            if setup and setup.log_on_print:
                by_template.setdefault(setup.template_id, []).append((document, values))
        entries = Entry
        for template, group in by_template.items():
            names = sorted({name for _document, values in group for name in values}
                           - {"partner_id"})
            per_document = {name: [values.get(name, False) for _document, values in group]
                            for name in names}
            entries |= Entry.log_interactions(
                [values["partner_id"] for _document, values in group],
                template,
                user_id=user_id,
                correspondence_type=correspondence_type,
                report_id=report_id if correspondence_type == "hard_copy" else False,
                description=["%s %s" % (template.name, values["document_name"])
                             for _document, values in group],
                document_ref=["%s,%d" % (document._name, document.id)
                              for document, _values in group],
                attachment_id=[attachments[document.id].id if document.id in attachments else False
                               for document, _values in group],
                **dict(per_document, **(extra_values or {}))
            )
        return entries

    @api.model
    def _interaction_log_valid_partners(self, documents):
        """Leave out, with a warning, the documents whose contact is archived
        or belongs to another company than the document: recording them
        would put an interaction where nobody looks for it."""
        # sudo: the contacts of the documents being recorded; their active
        # flag and company only, for the server log
        partners = self.env["res.partner"].sudo().with_context(
            active_test=False, prefetch_fields=False).browse(
                {values["partner_id"] for _document, values in documents})
        # one query per field for the whole batch (shared prefetch)
        facts = {partner.id: (partner.active, partner.company_id.id) for partner in partners}
        valid = []
        for document, values in documents:
            active, company_id = facts[values["partner_id"]]
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
