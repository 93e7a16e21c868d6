# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

import pytz

from odoo import _, api, fields, models
from odoo.exceptions import UserError


class InteractionStatisticsPeriodWizard(models.TransientModel):
    """Statistics for a Period: the number, cost and duration of the
    interactions of templates, groups, contacts or salespersons between two
    dates (the user's time zone), like Business Central's date filter."""
    _name = "interaction.statistics.period.wizard"
    _description = "Interaction Statistics for a Period"

    statistics_of = fields.Selection(
        [("template", "Interaction Templates"), ("group", "Interaction Groups"),
         ("contact", "Contacts"), ("salesperson", "Salespersons")],
        string="Statistics of", required=True, default="template",
        help="Which statistics to show for the period.")
    date_from = fields.Date(
        string="From", required=True,
        default=lambda self: fields.Date.context_today(self)[:8] + "01",
        help="First day of the period.")
    date_to = fields.Date(
        string="To", required=True, default=fields.Date.context_today,
        help="Last day of the period (included).")

    @api.multi
    def _period_context(self):
        """The context keys of the statistics: the UTC datetimes of the
        first moment of From and the last second of To, in the user's time
        zone."""
        self.ensure_one()
        if self.date_from > self.date_to:
            raise UserError(_("The period ends before it starts: choose a To date on or "
                              "after the From date."))
        zone = pytz.timezone(self.env.context.get("tz") or self.env.user.tz or "UTC")

        def utc(day):
            local = zone.localize(datetime.datetime.combine(day, datetime.time.min))
            return local.astimezone(pytz.utc).replace(tzinfo=None)

        start = utc(fields.Date.from_string(self.date_from))
        end = utc(fields.Date.from_string(self.date_to) + datetime.timedelta(days=1))
        return {
            "interaction_date_from": fields.Datetime.to_string(start),
            "interaction_date_to": fields.Datetime.to_string(
                end - datetime.timedelta(seconds=1)),
        }

    @api.model
    def _statistics_targets(self):
        """What the statistics can be of: {key: (model, list view, form view
        (None: the model's default), title)}."""
        return {
            "template": ("interaction.template",
                         "interaction_log.view_interaction_template_tree_statistics_period",
                         None, _("Interaction Template Statistics")),
            "group": ("interaction.group",
                      "interaction_log.view_interaction_group_tree_statistics_period",
                      None, _("Interaction Group Statistics")),
            "contact": ("res.partner", "interaction_log.view_partner_tree_statistics_period",
                        None, _("Contact Statistics")),
            "salesperson": ("res.users",
                            "interaction_log.view_users_tree_salesperson_statistics",
                            "base.view_users_form", _("Salesperson Statistics")),
        }

    @api.multi
    def action_open_statistics(self):
        """Open the list of the chosen records with their figures for the
        period: to users who may read the entries the figures count."""
        self.env["interaction.log.entry"].check_access_rights("read")
        context = self._period_context()
        model, view, form, title = self._statistics_targets()[self.statistics_of]
        if self.statistics_of == "salesperson":
            action = self.env["res.users"]._action_salesperson_statistics()
        else:
            action = {"type": "ir.actions.act_window", "res_model": model, "domain": []}
            if self.statistics_of == "contact":
                # contacts that were ever in touch: the others have no figures
                action["domain"] = [("last_attempt_date", "!=", False)]
        action.update({
            "name": _("%(title)s from %(from)s to %(to)s") % {
                "title": title, "from": self.date_from, "to": self.date_to},
            "view_mode": "tree,form",
            "views": [(self.env.ref(view).id, "tree"), (form and self.env.ref(form).id, "form")],
            "context": context, "target": "current",
        })
        return action
