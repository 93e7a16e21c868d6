# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import interaction_log_entry
from . import interaction_logged_segment
from . import interaction_segment
from . import interaction_statistics_store
