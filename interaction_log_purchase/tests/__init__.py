from . import test_print_purchase_order
from . import test_demo_data
