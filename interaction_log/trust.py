# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What an error built as superuser may show the user."""


def readable_name(record, env, field="display_name"):
    """``field`` of ``record`` (one record, read by any environment) when the
    user of ``env`` may read the record, else only its id (``#42``): checks
    that run as superuser to give a clear message name only what the user
    may read (access rights and record rules, in one query)."""
    if not record:
        return ""
    mine = record.with_env(env).with_context(active_test=False)
    if mine.check_access_rights("read", raise_exception=False) \
            and mine.search_count([("id", "=", record.id)]):
        return record[field]
    return "#%d" % record.id
