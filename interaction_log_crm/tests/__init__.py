from . import test_opportunities
from . import test_contact_merge
from . import test_opportunity_interactions
from . import test_create_task_opportunity
