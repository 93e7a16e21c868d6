from . import interaction_template_setup
from . import purchase_order
