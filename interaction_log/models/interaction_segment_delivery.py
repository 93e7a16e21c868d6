# Copyright 2026 interaction_log authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import SUPERUSER_ID, _, api, fields, models, tools
from odoo.exceptions import AccessError, UserError

#: the ways a segment delivers its template's content, in the order tried
#: when the contact's own is not possible
DELIVERY_WAYS = ("email", "hard_copy")
#: the asset bundles of a printed report (web.report_layout and
#: web.minimal_layout of Odoo 11, the editor's included)
LETTER_ASSETS = ("web.assets_common", "web.report_assets_common", "web_editor.summernote",
                 "web_editor.assets_editor", "web.report_assets_editor", "web.report_assets_pdf")
#: what a delivery counts on its logged segment: set by the system only
DELIVERY_COUNTS = ("emailed_count", "printed_count", "skipped_opt_out_count",
                   "skipped_no_email_count")


class InteractionLoggedSegment(models.Model):
    """What Send and Log delivered: how many contacts were emailed, printed
    and skipped (and why), and the letters to print."""
    _inherit = "interaction.logged.segment"

    sent = fields.Boolean(
        string="Delivered", readonly=True,
        help="The segment was logged with Send and Log: its template's content was "
             "delivered to each contact in their correspondence type.")
    emailed_count = fields.Integer(
        string="Emailed", readonly=True,
        help="Contacts emailed through the mail queue.")
    printed_count = fields.Integer(
        string="Printed", readonly=True,
        help="Contacts who get a printed letter: the letters are in Letters to Print.")
    skipped_opt_out_count = fields.Integer(
        string="Skipped: Opted Out", readonly=True,
        help="Contacts skipped because they opted out (Opt-Out on the contact): they got "
             "nothing and have no entry.")
    skipped_no_email_count = fields.Integer(
        string="Skipped: No Email Address", readonly=True,
        help="Contacts to email without an email address, for whom the template has no "
             "letter either: they got nothing and have no entry. Enter their address and "
             "log them again in a new segment.")
    letter_attachment_ids = fields.Many2many(
        "ir.attachment", "interaction_logged_segment_letter_rel", "logged_segment_id",
        "attachment_id", string="Letters to Print", readonly=True, copy=False,
        help="The letters of the contacts who get a hard copy, in one document in "
             "contact order, ready to print (one per background job when the segment "
             "was logged in the background).")
    delivery_summary = fields.Char(
        compute="_compute_delivery_summary",
        help="How many contacts were emailed, printed and skipped, and why.")

    @api.depends("sent", *DELIVERY_COUNTS)
    def _compute_delivery_summary(self):
        for logged in self:
            if not logged.sent:
                logged.delivery_summary = False
                continue
            logged.delivery_summary = _(
                "%(emailed)d emailed, %(printed)d printed, %(skipped)d skipped "
                "(%(opt_out)d opted out, %(no_email)d without email address).") % {
                    "emailed": logged.emailed_count, "printed": logged.printed_count,
                    "skipped": logged.skipped_opt_out_count + logged.skipped_no_email_count,
                    "opt_out": logged.skipped_opt_out_count,
                    "no_email": logged.skipped_no_email_count}

    @api.multi
    def write(self, vals):
        """What a delivery did is the system's to say."""
        told = [name for name in DELIVERY_COUNTS + ("sent", "letter_attachment_ids")
                if name in vals]
        if told and self.env.uid != SUPERUSER_ID:
            raise AccessError(_(
                "The %s of a logged segment is set by its delivery: it cannot be changed.")
                % self._fields[told[0]].string)
        return super(InteractionLoggedSegment, self).write(vals)

    def _add_delivery_counts(self, counts):
        """Add ``counts`` ({field of DELIVERY_COUNTS: number}) to the logged
        segment in one UPDATE: background jobs delivering batches of the
        same logging at once add up instead of overwriting each other."""
        self.ensure_one()
        self.env.cr.execute(
            "UPDATE interaction_logged_segment SET sent = TRUE, %s WHERE id = %%s" % ", ".join(
                '"%s" = COALESCE("%s", 0) + %%s' % (name, name) for name in DELIVERY_COUNTS),
            [counts.get(name, 0) for name in DELIVERY_COUNTS] + [self.id])
        self.invalidate_cache(["sent"] + list(DELIVERY_COUNTS), self.ids)


class InteractionSegment(models.Model):
    """Send and Log delivers the template's content to each contact in their
    correspondence type: emails through the mail queue, rendered for many
    contacts at once, and the letters of the contacts who get a hard copy
    in one document to print, in contact order."""
    _inherit = "interaction.segment"

    delivery_summary = fields.Char(
        string="Delivery", compute="_compute_delivery",
        help="What Send and Log delivered: contacts emailed, printed and skipped.")
    letter_attachment_ids = fields.Many2many(
        "ir.attachment", string="Letters to Print", compute="_compute_delivery",
        help="The letters to print made by Send and Log, in contact order.")
    deliverable = fields.Boolean(
        compute="_compute_deliverable",
        help="The template has content to deliver: an email template or a letter.")

    def _compute_delivery(self):
        for segment in self:
            logged = segment._delivery_logged_segment()
            segment.delivery_summary = logged.delivery_summary
            segment.letter_attachment_ids = logged.letter_attachment_ids

    @api.depends("template_id")
    def _compute_deliverable(self):
        for segment in self:
            segment.deliverable = bool(segment.template_id) and (
                bool(segment.template_id.mail_template_id) or segment._has_letter())

    def _delivery_logged_segment(self):
        """The latest logged segment of the segment that delivered, if any."""
        self.ensure_one()
        return self.logged_segment_ids.filtered("sent").sorted("id", reverse=True)[:1]

    def _check_deliverable(self):
        """Refuse Send and Log, before anything is written, when the
        template has nothing to deliver."""
        self.ensure_one()
        if not self.template_id.mail_template_id and not self._has_letter():
            raise UserError(_(
                "The template of the segment \"%s\" has no email template: link one on the "
                "template (or write its letter), or log the segment without sending.")
                % self.name)

    def _has_letter(self):
        template = self.template_id
        try:
            template._check_has_letter()
        except UserError:
            return False
        return True

    def _deliver(self, partner_ids, logged_segment):
        """Deliver the template's content to the contacts of ``partner_ids``
        for the logging ``logged_segment``; return the ids of the contacts
        delivered (in the order given) and the entry values of each (lists):
        its correspondence type, its email and its delivery status, or the
        letters it is in.

        Each contact gets their correspondence type (the template's
        ``_delivery_type``), else the other way the template has: an email
        (they have an address) or a letter. Contacts who opted out get
        nothing, nor do contacts to email without address when the template
        has no letter: they are counted on the logged segment, with no entry.
        """
        template = self.template_id
        self.env.cr.execute(
            "SELECT id, opt_out IS TRUE, COALESCE(email, '') != '' FROM res_partner "
            "WHERE id IN %s", [tuple(partner_ids)])
        facts = {row[0]: row[1:] for row in self.env.cr.fetchall()}
        possible = {"email": bool(template.mail_template_id), "hard_copy": self._has_letter()}
        counts = dict.fromkeys(DELIVERY_COUNTS, 0)
        ways = {}
        partners = self.env["res.partner"].browse(partner_ids)
        # what _delivery_type reads, for all at once (not every field of
        # every contact, as the first access would)
        partners.read(["correspondence_type"])
        for partner in partners:
            opt_out, has_email = facts[partner.id]
            if opt_out:
                counts["skipped_opt_out_count"] += 1
                continue
            wanted = template._delivery_type(partner)
            if wanted and wanted not in DELIVERY_WAYS:
                ways[partner.id] = wanted  # recorded, nothing to deliver
                continue
            for way in sorted(DELIVERY_WAYS, key=lambda way: way != wanted):
                if possible[way] and (has_email or way != "email"):
                    ways[partner.id] = way
                    break
            else:
                counts["skipped_no_email_count"] += 1
        email_ids = [pid for pid in partner_ids if ways.get(pid) == "email"]
        letter_ids = [pid for pid in partner_ids if ways.get(pid) == "hard_copy"]
        # the letters first: nothing is queued yet if printing fails
        letters = self._make_letters(letter_ids, logged_segment) if letter_ids else False
        message_ids = dict(zip(email_ids, template._queue_emails(
            email_ids, template.mail_template_id,
            attachment_ids=template.attachment_ids.ids))) if email_ids else {}
        counts["emailed_count"] = len(email_ids)
        counts["printed_count"] = len(letter_ids)
        logged_segment._add_delivery_counts(counts)
        delivered = [pid for pid in partner_ids if pid in ways]
        return delivered, {
            "correspondence_type": [ways[pid] for pid in delivered],
            "mail_message_id": [message_ids.get(pid, False) for pid in delivered],
            "delivery_status": [pid in message_ids and "in_progress" for pid in delivered],
            "sent_copy_id": [ways[pid] == "hard_copy" and letters.id for pid in delivered],
        }

    def _prepare_letters(self):
        """Build the asset bundles of printed reports now, if they are not:
        Odoo 11 builds them at the first print after an update and commits
        them at once (``commit_assetsbundle``), which would end the savepoint
        a logging runs in. Called before it: the commit is then Odoo's
        usual one of a print. Nothing to do once they exist (cached)."""
        if not self._has_letter():
            return
        QWeb = self.env["ir.qweb"].with_context(
            commit_assetsbundle=not tools.config["test_enable"])
        for xmlid in LETTER_ASSETS:
            QWeb._get_asset_nodes(xmlid, {}, css=True, js=True)

    def _make_letters(self, partner_ids, logged_segment):
        """The letters to ``partner_ids`` in one document, in that order,
        kept as an attachment of ``logged_segment`` (its Letters to Print)."""
        template = self.template_id
        content, kind = template._letters_document(self.env["res.partner"].browse(partner_ids))
        name = "%s.%s" % (_("Letters - %s") % logged_segment.description, kind)
        # sudo: the letters were rendered just above with the user's rights;
        # they are kept on the logging the system is making (users may not
        # write the logged segment's delivery)
        attachment = self.env["ir.attachment"].sudo().create({
            "name": name, "datas_fname": name, "datas": base64.b64encode(content),
            "mimetype": "application/pdf" if kind == "pdf" else "text/html",
            "res_model": "interaction.logged.segment", "res_id": logged_segment.id})
        logged_segment.sudo().write({"letter_attachment_ids": [(4, attachment.id)]})
        return attachment
