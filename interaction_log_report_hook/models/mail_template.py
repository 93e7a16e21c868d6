# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import threading
from contextlib import contextmanager

from odoo import api, models

#: the threads rendering reports for an email, now (not a cache: a marker
#: of the call in progress, in this thread only)
_rendering = threading.local()


@contextmanager
def rendering_for_email():
    """Mark the reports rendered inside as attachments of an email."""
    depth = getattr(_rendering, "depth", 0)
    _rendering.depth = depth + 1
    try:
        yield
    finally:
        _rendering.depth = depth


def is_rendering_for_email():
    """Whether a report is being rendered for an email, in this thread.
    Neither the context nor any argument says it: no client can."""
    return getattr(_rendering, "depth", 0) > 0


class MailTemplate(models.Model):
    _inherit = "mail.template"

    @api.multi
    def generate_email(self, res_ids, fields=None):
        """A report rendered to be attached to an email is no print: the
        email itself is recorded when it is sent (mail_compose_message.py)."""
        with rendering_for_email():
            return super(MailTemplate, self).generate_email(res_ids, fields=fields)
