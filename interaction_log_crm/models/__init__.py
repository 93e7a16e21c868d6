from . import interaction_log_entry
from . import crm_lead
from . import calendar_event
from . import interaction_create_wizard
from . import base_partner_merge
from . import interaction_create_task_wizard
