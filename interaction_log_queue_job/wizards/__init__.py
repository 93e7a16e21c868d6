# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import interaction_delete_canceled_wizard
from . import interaction_job_settings
