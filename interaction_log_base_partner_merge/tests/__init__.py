from . import test_contact_merge
