# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Selection keys shared by templates, template setup and log entries.

The keys are part of the public API: other addons and the segments feature
store them, so never rename a key (extend with ``selection_add``)."""

INFORMATION_FLOWS = [("outbound", "Outbound"), ("inbound", "Inbound")]

INITIATED_BY = [("us", "Us"), ("them", "Them")]

CORRESPONDENCE_TYPES = [("hard_copy", "Hard Copy"), ("email", "Email")]

EVALUATIONS = [
    ("very_positive", "Very Positive"),
    ("positive", "Positive"),
    ("neutral", "Neutral"),
    ("negative", "Negative"),
    ("very_negative", "Very Negative"),
]

DELIVERY_STATUSES = [
    ("in_progress", "In Progress"),
    ("delivered", "Delivered"),
    ("error", "Error"),
    ("bounced", "Bounced"),
]

DOCUMENT_TYPES = [
    ("sale_quote", "Sales Quotation"),
    ("sale_order", "Sales Order Confirmation"),
    ("out_invoice", "Customer Invoice"),
    ("out_refund", "Customer Credit Note"),
    ("email", "Email"),
    ("email_inbound", "Inbound Email"),
    ("phone_call", "Phone Call"),
    ("meeting", "Meeting"),
]
