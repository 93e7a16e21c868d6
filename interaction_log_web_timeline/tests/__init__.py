from . import test_timeline_view
from . import test_partner_timeline
