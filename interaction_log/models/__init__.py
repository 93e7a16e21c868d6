from . import interaction_segment
from . import interaction_logged_segment
