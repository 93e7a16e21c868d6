# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Campaign targets and responses (Business Central's Campaign Target and
Campaign Response): which entries a campaign targeted, and which inbound
entries answered it, decided by the system when an entry is recorded."""
from odoo import api, fields, models, tools

from .interaction_log_pipeline import SYSTEM, FieldRule, as_set


def as_list(value, count):
    """One value per entry, from a column of _log_prepare_columns."""
    return list(value) if isinstance(value, list) else [value] * count


class InteractionTemplate(models.Model):
    _inherit = "interaction.template"

    campaign_target = fields.Boolean(
        help="The entries of this template recorded for an active campaign are its "
             "targets: their contacts' inbound interactions during the campaign are its "
             "responses.")

    @api.model
    @tools.ormcache("template_id")
    def _campaign_target_template(self, template_id):
        """Whether the template ``template_id`` makes campaign targets:
        asked by every recording for an active campaign, cached in each
        worker and dropped when a template changes (its create, write and
        unlink clear the caches)."""
        # sudo: a flag of the template, the same for every user; the
        # recording checked the caller may read the template
        return bool(self.sudo().with_context(active_test=False).browse(
            template_id).campaign_target)


class InteractionSegment(models.Model):
    _inherit = "interaction.segment"

    campaign_target = fields.Boolean(
        help="The entries logged with this segment for an active campaign are its "
             "targets, whatever their template says.")


class InteractionLogEntry(models.Model):
    # one file per feature (the entry's own fields are in interaction_log_entry.py)
    _inherit = "interaction.log.entry"  # pylint: disable=consider-merging-classes-inherited

    campaign_target = fields.Boolean(
        readonly=True, copy=False, index=True,
        help="Recorded for an active campaign with a Campaign Target template or "
             "segment: the contact is one of the campaign's targets.")
    campaign_response = fields.Boolean(
        readonly=True, copy=False, index=True,
        help="An inbound interaction of a contact targeted by an active campaign, "
             "within the campaign's period: a response to the campaign.")

    @api.model
    def _entry_field_rules(self):
        rules = super(InteractionLogEntry, self)._entry_field_rules()
        # decided by the system when the entry is recorded (_log_campaign_columns)
        rules["campaign_target"] = FieldRule(SYSTEM, fixed=True)
        rules["campaign_response"] = FieldRule(SYSTEM, fixed=True)
        return rules

    @api.model
    def _log_prepare_columns(self, template, partner_ids, values, trusted=False,
                             defaults=None, links_exist=False):
        columns = super(InteractionLogEntry, self)._log_prepare_columns(
            template, partner_ids, values, trusted=trusted, defaults=defaults,
            links_exist=links_exist)
        self._log_campaign_columns(template, partner_ids, columns)
        return columns

    @api.model
    def _log_campaign_columns(self, template, partner_ids, columns):
        """Set ``campaign_target`` and ``campaign_response`` in ``columns``
        (and the campaign of a response that had none). Without an active
        campaign, no query (the active campaigns are cached); with one, one
        query for the inbound entries of a recording, whatever their number."""
        active = self.env["utm.campaign"]._interaction_active_campaigns()
        if not active or columns.get("postponed"):
            return
        count = len(partner_ids)
        campaigns = as_list(columns.get("campaign_id"), count)
        if active.keys() & set(campaigns) and self._log_makes_targets(template, columns):
            columns["campaign_target"] = [campaign in active for campaign in campaigns]
        flows = as_list(columns["information_flow"], count)
        if "inbound" in flows:
            self._log_campaign_responses(partner_ids, columns, campaigns, flows, active)

    @api.model
    def _log_makes_targets(self, template, columns):
        """Whether the template or the segment of a recording is a Campaign
        Target one (the segment read from the cache of its logging)."""
        if self.env["interaction.template"]._campaign_target_template(template.id):
            return True
        segment_ids = as_set(columns.get("segment_id"))
        # as the user logging the segment: read from the cache of its logging
        return any(self.env["interaction.segment"].browse(segment_ids).mapped(
            "campaign_target"))

    @api.model
    def _log_campaign_responses(self, partner_ids, columns, campaigns, flows, active):
        """Mark the inbound entries of targeted contacts as responses of the
        active campaign that targeted them, when dated within its period
        and not before it targeted them; the campaign is set on a response
        that had none."""
        inbound_ids = {pid for pid, flow in zip(partner_ids, flows) if flow == "inbound"}
        # the system's own reading: which contacts the active campaigns targeted
        self.env.cr.execute("""
            SELECT partner_id, campaign_id, MIN(date)
              FROM interaction_log_entry
             WHERE campaign_target AND NOT canceled AND postponed IS NOT TRUE
               AND campaign_id = ANY(%s) AND partner_id = ANY(%s)
             GROUP BY partner_id, campaign_id
             ORDER BY MIN(date) DESC""", [list(active), list(inbound_ids)])
        targeted = {}
        for partner_id, campaign_id, first_date in self.env.cr.fetchall():
            # Odoo reads datetimes as strings (YYYY-MM-DD HH:MM:SS)
            targeted.setdefault(partner_id, []).append((campaign_id, first_date))
        if not targeted:
            return
        dates = as_list(columns["date"], len(partner_ids))
        responses, response_campaigns = [], []
        for partner_id, flow, campaign_id, date in zip(partner_ids, flows, campaigns, dates):
            found = flow == "inbound" and next((
                target_campaign for target_campaign, first_date in targeted.get(partner_id, [])
                if campaign_id in (None, target_campaign) and first_date <= date
                and within(date[:10], *active[target_campaign])), None)
            responses.append(bool(found))
            response_campaigns.append(found or campaign_id)
        if any(responses):
            columns["campaign_response"] = responses
            columns["campaign_id"] = response_campaigns


def within(day, date_start, date_end):
    """Whether ``day`` is within a campaign's period (open ends)."""
    return (not date_start or date_start <= day) and (not date_end or day <= date_end)
