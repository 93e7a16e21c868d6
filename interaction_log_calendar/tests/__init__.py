from . import test_meeting
