from . import interaction_log_document
from . import interaction_log_entry
from . import interaction_template_setup
from . import ir_actions_report
from . import sale_order
from . import account_invoice
from . import mail_template
from . import mail_compose_message
