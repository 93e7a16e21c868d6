# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The calls into the ORM's internals that differ between Odoo versions,
each in one place: a port to a newer Odoo changes this file."""


def cache_values(record, values):
    """Put ``values`` ({field name: value as read from the database}) of
    ``record`` into its environment's cache, as the ORM's own read does
    (Odoo 11: ``BaseModel._read_from_database``), so that reading the
    fields makes no query."""
    record._cache.update(record._convert_to_cache(values, validate=False))
