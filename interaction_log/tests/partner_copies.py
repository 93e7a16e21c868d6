# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Many contacts in one query, for tests and benchmarks at scale (the ORM
would take minutes to create 100,000 contacts)."""


def copy_partners(cr, source_ids, copies, name, contacts=False):
    """Insert ``copies`` copies of each partner of ``source_ids`` with SQL and
    return their ids, sorted. A copy has every column of its source but its
    name, "<name> 000001" and so on; with ``contacts``, the copies are
    contacts (``parent_id``) of their source, a company."""
    targets = ["name", "display_name"] + (["parent_id", "is_company", "type"] if contacts else [])
    cr.execute("""SELECT column_name FROM information_schema.columns
                   WHERE table_name = 'res_partner' AND NOT column_name = ANY(%s)""",
               [targets + ["id", "commercial_partner_id"]])
    columns = ['"%s"' % row[0] for row in cr.fetchall()]
    label = "%(name)s || ' ' || lpad(n::text, 6, '0')"
    if contacts:
        values = [label, "source.name || ', ' || " + label, "source.id", "false", "'contact'"]
    else:
        values = [label, label]
    cr.execute("""
        INSERT INTO res_partner ({targets})
        SELECT {values}
          FROM res_partner source, generate_series(1, %(copies)s) AS n
         WHERE source.id = ANY(%(sources)s)
     RETURNING id""".format(
        targets=", ".join(targets + columns),
        values=", ".join(values + ["source.%s" % column for column in columns])),
        {"name": name, "copies": copies, "sources": list(source_ids)})
    ids = sorted(row[0] for row in cr.fetchall())
    cr.execute("""UPDATE res_partner SET commercial_partner_id = COALESCE(parent_id, id)
                   WHERE id = ANY(%s)""", [ids])
    return ids
