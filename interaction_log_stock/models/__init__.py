from . import interaction_template_setup
from . import stock_picking
