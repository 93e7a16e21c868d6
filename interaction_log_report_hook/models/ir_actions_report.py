# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Where a printed document becomes an interaction log entry.

No report is named here: printing any PDF report of a model that inherits
``interaction.log.document`` records the printed documents, so a company's
own layout of a quotation or an invoice records like the standard one."""
import functools
import time

from odoo import SUPERUSER_ID, api, models
from odoo.http import request
from odoo.tools.safe_eval import safe_eval

from odoo.addons.interaction_log.recording import recording_never_fails
from odoo.addons.interaction_log.sent_copies import MIMETYPES, store_copies

from .mail_template import is_rendering_for_email

#: the fields of the report that recording a print reads
REPORT_FIELDS = ("report_type", "model", "attachment")


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    @api.multi
    def render_qweb_pdf(self, res_ids=None, data=None):
        """Record the printed documents once they rendered (11.0 signature).

        Not recorded: a render that fails (nothing is printed), the HTML
        preview (render_qweb_html), and reports rendered for an email, which
        the mail composer records as an email instead (mail_template.py).
        """
        records_prints = res_ids and self._interaction_log_records_prints()
        if records_prints:
            # a document the user may not read is refused as such, not by a
            # traceback of the template's rendering
            documents = self.env[self.model].browse(res_ids)
            documents.check_access_rights("read")
            documents.check_access_rule("read")
        result = super(IrActionsReport, self).render_qweb_pdf(res_ids=res_ids, data=data)
        if records_prints and not is_rendering_for_email():
            self._interaction_log_print_safely(res_ids, result)
        return result

    def _interaction_log_records_prints(self):
        """A PDF report of a document model (one that inherits the
        interaction.log.document mixin)."""
        # the report's fields, read with all the others that the render reads
        # right after (one query, in the same cache)
        return (len(self) == 1 and self.report_type == "qweb-pdf" and self.model in self.env
                and hasattr(self.env[self.model], "_interaction_log_record"))

    def _interaction_log_print_safely(self, res_ids, rendered=None):
        """Record the print without ever failing it: all documents at once
        (a constant number of queries) and, if that fails, each on its own,
        so that a document that cannot be recorded (logged as a warning)
        does not cost the others their entries. ``rendered``: what the
        render returned, (content, format), of which each entry keeps a copy."""
        res_ids = [res_ids] if isinstance(res_ids, int) else list(res_ids)
        what = "the print of %s %s" % (self.model, res_ids)
        with recording_never_fails(self.env, what, warn=len(res_ids) == 1) as outcome:
            self._interaction_log_print(res_ids, rendered)
        if outcome.failed and len(res_ids) > 1:
            # sudo: the documents were just rendered for the user; their names
            # go to the server log only
            for document in self.env[self.model].sudo().browse(res_ids):
                what = "the print of %s %s" % (self.model, document.display_name)
                with recording_never_fails(self.env, what):
                    self._interaction_log_print([document.id], rendered)

    def _interaction_log_print(self, res_ids, rendered=None):
        user = self._interaction_log_printing_user()
        # has_group is cached (ormcache): a user is shared (portal, public)
        # exactly when not an employee (res.users._compute_share)
        if not user.has_group("base.group_user"):
            return  # a customer downloading from the portal is no interaction of ours
        if isinstance(res_ids, int):
            res_ids = [res_ids]
        if not all(name in self._cache for name in REPORT_FIELDS):
            self.read(list(REPORT_FIELDS))  # see _interaction_log_records_prints
        # sudo: recording needs no Interactions rights of the printing user
        # (log_by_kind), and these documents were just rendered for them;
        # the superuser's cache is not the printing user's, which the render
        # filled: read only the fields the entries need, not all of them
        documents = self.env[self.model].sudo().with_context(
            prefetch_fields=False).browse(res_ids)
        documents._interaction_log_record(
            "hard_copy", user, attachments=self._interaction_log_saved_pdfs,
            report=self, sent_copies=rendered and functools.partial(
                self._interaction_log_keep_copies, rendered, user))

    def _interaction_log_keep_copies(self, rendered, user, recorded, saved):
        """{document id: ir.attachment id} of the copies of this print that
        the entries of ``recorded`` ([(document, entry values)]) link, for
        the documents whose company keeps copies of prints: the PDF Odoo
        saved (``saved``: {document id: ir.attachment}, validated invoices),
        else the bytes the user got (``rendered``: (content, format)), kept
        once in the filestore and linked from one attachment per document,
        filed on that document so that only its readers may read it. One
        query for the whole batch (cached settings)."""
        content, file_format = rendered
        Company = self.env["res.company"]
        copies, new = {}, []
        for document, values in recorded:
            if not Company._interaction_log_keeps_copies(values["company_id"])[0]:
                continue
            if document.id in saved:
                copies[document.id] = saved[document.id].id
            elif document.id not in copies:
                new.append((document, values))
                copies[document.id] = None
        if new and content and file_format in MIMETYPES:
            copy_ids = store_copies(self.env, content, file_format, [
                (document._name, document.id, values["document_name"], values["company_id"])
                for document, values in new], user.id)
            copies.update((document.id, copy_id)
                          for (document, _values), copy_id in zip(new, copy_ids))
        return {document_id: copy_id for document_id, copy_id in copies.items() if copy_id}

    def _interaction_log_printing_user(self):
        """The user who prints: the web request's user when a controller
        renders as superuser on their behalf (portal downloads), else the
        environment's user."""
        uid = self.env.uid
        if uid == SUPERUSER_ID and request and request.uid:
            uid = request.uid
        # sudo: the user's share flag and id, whoever renders
        return self.env["res.users"].sudo().browse(uid)

    def _interaction_log_saved_pdfs(self, documents):
        """{document id: ir.attachment} of the PDFs Odoo saved (or reused)
        for this print ("Save as Attachment Prefix"): the entry links that
        attachment, never a copy. One query for the whole batch.

        ``documents``: the printed documents as the superuser read them for
        their entries (interaction.log.document._interaction_log_record),
        whose ``_interaction_log_fields`` hold what the expression reads. The
        name is evaluated as Odoo does it (ir.actions.report), on records
        the user just printed (render_qweb_pdf checked they may read them);
        it only finds the attachment Odoo saved under that name for the
        user, and is never shown."""
        if not self.attachment:
            return {}
        names = {}
        for document in documents:
            name = safe_eval(self.attachment, {"object": document, "time": time})
            if name:
                names[document.id] = name
        if not names:
            return {}
        # the PDFs Odoo itself just saved or reused for this print, in one
        # query (the ORM's read of an attachment checks its document again)
        self.env.cr.execute("""
            SELECT id, res_id, datas_fname FROM ir_attachment
             WHERE res_model = %s AND res_id IN %s AND datas_fname IN %s
               AND res_field IS NULL
             ORDER BY id DESC
        """, [self.model, tuple(names), tuple(set(names.values()))])
        saved = {}
        for attachment_id, res_id, file_name in self.env.cr.fetchall():
            if names.get(res_id) == file_name:
                saved.setdefault(res_id, attachment_id)
        # sudo: see above
        Attachment = self.env["ir.attachment"].sudo()
        return {res_id: Attachment.browse(attachment_id) for res_id, attachment_id in saved.items()}
