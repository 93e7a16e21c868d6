from . import interaction_segment_add_partners
from . import interaction_create_wizard
from . import interaction_entry_selection
from . import interaction_switch_canceled_wizard
from . import interaction_delete_canceled_wizard
from . import interaction_evaluate_wizard
from . import interaction_schedule_activity_wizard
