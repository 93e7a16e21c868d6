# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.interaction_log.tests.common import InteractionCase
from odoo.addons.interaction_log.tests.common_merge import ContactMergeTests


class TestContactMerge(ContactMergeTests, InteractionCase):
    """crm's merge wizard (Contacts > Action > Merge), Odoo 11's own."""
