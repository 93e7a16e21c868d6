# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Recording that never fails what is recorded (a print, an email, a post)."""
import logging
import uuid
from collections import OrderedDict
from contextlib import contextmanager

_logger = logging.getLogger(__name__)


class RecordingOutcome(object):
    """What recording_never_fails yields: ``failed`` tells the caller."""
    failed = False


@contextmanager
def recording_never_fails(env, what, warn=True):
    """Run the automatic recording of ``what`` (a print, an email, a post)
    so that it never fails it: any error, a concurrency error included, is
    logged as a warning, what was recorded is rolled back to a savepoint
    and the caller goes on with its transaction intact.

    Recording needs no row that another transaction may update (entry
    numbers come from a sequence, occurrences are numbered on read): a
    concurrent print cannot make it fail, so nothing here needs a retry.

    :param what: the print or email, for the warning, e.g. "the print of SO042"
    :param warn: False when the caller tries again another way (no warning)
    :return: (as the ``with`` target) a RecordingOutcome
    """
    outcome = RecordingOutcome()
    # a savepoint of our own, not cr.savepoint(): when its release fails (an
    # error the recording swallowed, the server going away), the recording
    # is still rolled back and the failure still logged with its cause
    savepoint = "interaction_log_%s" % uuid.uuid4().hex
    env.cr.execute('SAVEPOINT "%s"' % savepoint)
    try:
        yield outcome
        env.cr.execute('RELEASE SAVEPOINT "%s"' % savepoint)
    except Exception:  # pylint: disable=broad-except
        outcome.failed = True
        if warn:
            # inside the handler: the warning carries the cause
            _logger.warning("Could not record the interaction of %s", what, exc_info=True)
        env.cr.execute('ROLLBACK TO SAVEPOINT "%s"' % savepoint)
        env["interaction.log.entry"].invalidate_cache()


def log_by_kind(env, document_type, rows, user, partner_facts=None, links_exist=False,
                savepoint=True):
    """Record one entry per row with the template set up for
    ``document_type`` in the row's company (Template Setup), as superuser on
    behalf of ``user``: who sends an email or makes a call needs no
    Interactions rights to have it recorded. Rows of a company without a
    template record nothing.

    :param rows: dicts with ``partner_id``, ``company_id`` and any entry
        values (None takes the template's default); one
        ``log_interactions`` call per template, whatever the number of rows
    :param partner_facts: what the system just read of the rows' contacts
        (interaction.log.entry._log_partner_facts), not read again
    :param links_exist: the records the rows link were just read from the
        database (the email just posted, the record it was posted on)
    :param savepoint: False inside recording_never_fails, whose savepoint
        undoes a failed recording
    :return: the new interaction.log.entry records
    """
    # sudo: what is recorded is what the user just did (Odoo checked it);
    # the values come from server code, never from the caller
    Entry = env["interaction.log.entry"].sudo()
    Setup = env["interaction.template.setup"].sudo()
    templates, by_template = {}, OrderedDict()
    for row in rows:
        company_id = row["company_id"]
        if company_id not in templates:
            # cached: no query
            templates[company_id] = Setup._template_id_for(company_id, document_type)
        if templates[company_id]:
            by_template.setdefault(templates[company_id], []).append(row)
    entries = Entry
    for template_id, group in by_template.items():
        names = set().union(*group) - {"partner_id", "company_id"}
        values = {name: [row.get(name) for row in group] for name in names}
        entries |= Entry._log_interactions(
            [row["partner_id"] for row in group], env["interaction.template"].browse(template_id),
            dict(values, user_id=user.id, document_type=document_type),
            partner_facts=partner_facts, links_exist=links_exist, savepoint=savepoint)
    return entries
