# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class InteractionLogEntry(models.Model):
    _inherit = "interaction.log.entry"

    @api.model
    def _timeline_first(self, action):
        """``action`` (an entries action) opening on the timeline; its
        other views follow in their order."""
        timeline = self.env.ref(
            "interaction_log_web_timeline.interaction_log_entry_view_timeline")
        views = [(view_id, mode) for view_id, mode in action["views"] if mode != "timeline"]
        action["views"] = [(timeline.id, "timeline")] + views
        action["view_mode"] = ",".join(mode for _view_id, mode in action["views"])
        return action
