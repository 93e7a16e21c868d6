from . import test_segment_background
from . import test_delete_canceled_background
from . import test_statistics_rebuild
from . import test_settings
