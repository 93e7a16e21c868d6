# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import SUPERUSER_ID, _, api, models
from odoo.exceptions import AccessError

from ..sent_copies import COPY_FIELD


class IrAttachment(models.Model):
    """The kept copies of what was sent (sent_copies.py) are proof: nobody
    changes them, and one that holds a whole batch print is read only by
    who may read every document of the batch."""
    _inherit = "ir.attachment"

    @api.multi
    def check(self, mode, values=None):
        result = super(IrAttachment, self).check(mode, values=values)
        if self and self._uid != SUPERUSER_ID and mode in ("read", "write"):
            self._check_sent_copies(mode)
        return result

    def _check_sent_copies(self, mode):
        """Refuse a change of a copy; refuse reading a copy to who may not
        read every document it holds. The copies of one print (one file,
        one row per document, one INSERT) share their checksum, owner and
        creation time: those rows name the documents of the batch."""
        self.env.cr.execute("""
            SELECT DISTINCT batch.res_model, batch.res_id
              FROM ir_attachment copy
              JOIN ir_attachment batch
                ON batch.checksum = copy.checksum AND batch.res_field = copy.res_field
               AND batch.create_uid = copy.create_uid AND batch.create_date = copy.create_date
             WHERE copy.id IN %s AND copy.res_field = %s""", [tuple(self.ids), COPY_FIELD])
        documents = defaultdict(set)
        for res_model, res_id in self.env.cr.fetchall():
            documents[res_model].add(res_id)
        if not documents:
            return
        if mode == "write":
            raise AccessError(_(
                "A kept copy of what was sent is the proof of what the contact got: it "
                "cannot be changed."))
        for res_model, res_ids in documents.items():
            if res_model not in self.env:
                continue  # the copy's document model was uninstalled: Odoo's check decides
            records = self.env[res_model].browse(res_ids).exists()
            records.check_access_rights("read")
            try:
                records.check_access_rule("read")
            except AccessError:
                raise AccessError(_(
                    "This copy of what was sent holds documents printed together with "
                    "yours that you may not read: ask the person who printed them."))
