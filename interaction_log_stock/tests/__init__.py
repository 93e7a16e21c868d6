from . import test_print_picking
from . import test_demo_data
