# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import OrderedDict

from odoo import api, models


class InteractionLogDocument(models.AbstractModel):
    """A document (quotation, order, invoice) whose printing or emailing
    records an interaction with its customer.

    Document models implement ``_interaction_log_values``; recording goes
    through ``interaction.log.entry.log_interactions``, one call per template,
    so a batch of documents costs a constant number of queries.
    """
    _name = "interaction.log.document"
    _description = "Document Recorded in the Interaction Log"

    @api.multi
    def _interaction_log_values(self):
        """Entry values of this one document: ``document_type`` (the key of
        the template setup), ``partner_id``, ``document_name``,
        ``salesperson_id``, ``company_id``, optionally ``version_no``...
        An empty dict when this document records nothing."""
        self.ensure_one()
        return {}

    @api.multi
    def _interaction_log_record(self, correspondence_type, user, attachments=None):
        """Record one entry per document of ``self`` that has a template set
        up (and automatic recording on) for its company and kind.

        :param correspondence_type: 'hard_copy' for a print, 'email' for an
            email: an email uses the 'email' kind's template when one is set
            up, else the document's own kind.
        :param user: res.users recorded as the entry's user (who printed).
        :param attachments: {document id: ir.attachment} to link.
        :return: the new interaction.log.entry records.
        """
        Entry = self.env["interaction.log.entry"].sudo()
        attachments = attachments or {}
        documents = [(document, document._interaction_log_values()) for document in self.sudo()]
        # a document without contact has nobody the interaction was with
        documents = [(document, values) for document, values in documents
                     if values and values.get("partner_id")]
        if not documents:
            return Entry
        kinds = {values["document_type"] for _document, values in documents}
        if correspondence_type == "email":
            kinds.add("email")
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
                user_id=user.id,
                correspondence_type=correspondence_type,
                description=["%s %s" % (template.name, values["document_name"])
                             for _document, values in group],
                document_ref=["%s,%d" % (document._name, document.id)
                              for document, _values in group],
                attachment_id=[attachments[document.id].id if document.id in attachments else False
                               for document, _values in group],
                **per_document
            )
        return entries
