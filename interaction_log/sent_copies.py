# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The kept copies of what was sent (a printed PDF, an email as sent):
``ir.attachment`` rows written with one INSERT, their bytes in Odoo's
content-addressed filestore, so that identical bytes (a batch PDF linked
from each of its documents, a reprint giving the same PDF) are one file.

The calls that depend on Odoo 11's ir.attachment (``_storage``,
``_file_write``, its columns) are all here."""
import base64
import hashlib
import logging
import os

from psycopg2 import Binary
from psycopg2.extras import execute_values

_logger = logging.getLogger(__name__)

#: ``res_field`` of the copies: like the files of binary fields, they stay
#: out of their document's attachments (a thousand reprints would bury the
#: user's own files) while ir.attachment's rules still read ``res_model`` and
#: ``res_id``: only who may read the document may read its copy
COPY_FIELD = "interaction_log_sent_copy"

MIMETYPES = {"pdf": "application/pdf", "html": "text/html", "eml": "message/rfc822"}


def store_copies(env, content, extension, targets, uid):
    """Keep ``content`` (bytes) once in the filestore and return the ids of
    one new attachment per target, in the order of ``targets``.

    :param extension: 'pdf', 'html' or 'eml': the file type
    :param targets: [(res_model, res_id, file name without extension,
        company id)]: the record whose readers may read the copy
    :param uid: the user who sent it (the attachments' owner)
    :return: the new attachments' ids; none when the filestore cannot be
        written
    """
    # sudo: the filestore settings, whoever sends
    Attachment = env["ir.attachment"].sudo()
    checksum = hashlib.sha1(content).hexdigest()
    store_fname = db_datas = None
    if Attachment._storage() == "file":
        # ir.attachment._file_write without its base64 round trip (a PDF of
        # a batch is large): the file named by the SHA-1 of its bytes (Odoo's
        # path), written only when no such file exists, and marked for
        # Odoo's garbage collection in case the transaction rolls back
        try:
            store_fname, full_path = Attachment._get_path(content, checksum)
            if not os.path.exists(full_path):
                with open(full_path, "wb") as stored:
                    stored.write(content)
                Attachment._mark_for_gc(store_fname)
        except OSError:
            # what was sent is recorded all the same, without its copy
            _logger.warning("Could not keep the copy of what was sent in the filestore",
                            exc_info=True)
            return []
    else:
        db_datas = Binary(base64.b64encode(content))
    fixed = (store_fname, db_datas, len(content), checksum, MIMETYPES[extension], COPY_FIELD)
    rows = []
    for res_model, res_id, name, company_id in targets:
        file_name = "%s.%s" % (name.replace("/", "_"), extension)
        rows.append((file_name, file_name, res_model, res_id, name, company_id) + fixed)
    template = ("(%%s, %%s, %%s, %%s, %%s, %%s, 'binary', false, %%s, %%s, %%s, %%s, %%s, %%s, "
                "%(uid)d, (now() at time zone 'UTC'), %(uid)d, (now() at time zone 'UTC'))"
                % {"uid": uid})
    # one INSERT whatever the number of targets (the ORM's create costs
    # several queries per attachment, and reads the checksum back)
    query = """
        INSERT INTO ir_attachment (name, datas_fname, res_model, res_id, res_name, company_id,
                                   type, public, store_fname, db_datas, file_size, checksum,
                                   mimetype, res_field, create_uid, create_date, write_uid,
                                   write_date)
        VALUES %s RETURNING id"""
    return [row[0] for row in execute_values(
        env.cr, query, rows, template=template, page_size=max(len(rows), 1), fetch=True)]
