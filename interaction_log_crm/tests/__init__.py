from . import test_opportunities
from . import test_contact_merge
from . import test_opportunity_interactions
