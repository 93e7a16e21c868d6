from . import interaction_log_entry
from . import mail_tracking_email
from . import mail_tracking_event
from . import mail_thread
