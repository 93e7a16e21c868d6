from . import interaction_statistics_mixin
from . import interaction_group
from . import interaction_template
from . import interaction_template_setup
from . import interaction_log_entry
from . import res_partner
from . import interaction_segment
from . import interaction_logged_segment
