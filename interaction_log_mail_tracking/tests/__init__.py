from . import test_tracking_statuses
from . import test_tracked_email
