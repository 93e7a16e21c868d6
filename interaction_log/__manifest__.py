# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Interaction Log",
    "summary": "Record every letter, call, meeting, email and printed document "
               "sent to a contact, as in Business Central's Interactions",
    "version": "11.0.1.0.0",
    "category": "Sales",
    "website": "https://github.com/interaction-log/interaction_log",
    "author": "interaction_log authors",
    "license": "AGPL-3",
    "application": False,
    "installable": True,
    "depends": [
        "base",
        "mail",
        "contacts",
    ],
    "data": [
        "security/interaction_log_security.xml",
        "security/ir.model.access.csv",
    ],
    "demo": [
    ],
}
