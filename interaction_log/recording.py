# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Recording that never fails what is recorded (a print, an email, a post)."""
import logging
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
    try:
        with env.cr.savepoint():
            yield outcome
    except Exception:  # pylint: disable=broad-except
        outcome.failed = True
    if outcome.failed:
        if warn:
            _logger.warning("Could not record the interaction of %s", what, exc_info=True)
        env["interaction.log.entry"].invalidate_cache()
